package io.gossamer.sim.net;

/** A test message: a sequence number and the virtual time it was sent. */
public final class TestMessage extends Message {
    private final int seq;
    private final long sentAt;

    /** A datagram of {@code sizeBytes} bytes. */
    public TestMessage(Address source, Address destination, int sizeBytes, int seq, long sentAt) {
        super(source, destination, sizeBytes);
        this.seq = seq;
        this.sentAt = sentAt;
    }

    /** The sender's sequence number. */
    public int seq() {
        return seq;
    }

    /** When the sender triggered it (ns). */
    public long sentAt() {
        return sentAt;
    }
}

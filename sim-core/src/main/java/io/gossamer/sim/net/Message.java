package io.gossamer.sim.net;

/**
 * Base class of network messages: a header and a size in bytes, plus whatever a subclass
 * carries. Messages are immutable, so one object can be delivered to many nodes (see
 * {@link Multicast}); subclasses must keep their fields final and unshared-mutable-free.
 *
 * <p>The header is stored inline (no extra object per message); {@link #header()} builds a
 * record view of it.
 */
public abstract class Message {
    private final Address source;
    private final Address destination;
    private final Transport transport;
    private final int sizeBytes;

    /** A datagram from {@code source} to {@code destination} of {@code sizeBytes} bytes. */
    protected Message(Address source, Address destination, int sizeBytes) {
        this(source, destination, Transport.DATAGRAM, sizeBytes);
    }

    /** A message with an explicit transport. */
    protected Message(Address source, Address destination, Transport transport, int sizeBytes) {
        if (source == null || destination == null || transport == null) {
            throw new IllegalArgumentException("source, destination and transport are required");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative message size: " + sizeBytes);
        }
        this.source = source;
        this.destination = destination;
        this.transport = transport;
        this.sizeBytes = sizeBytes;
    }

    /** The sender. */
    public final Address source() {
        return source;
    }

    /** The receiver, or {@link Address#MULTICAST}. */
    public final Address destination() {
        return destination;
    }

    /** The transport. */
    public final Transport transport() {
        return transport;
    }

    /** Size on the wire in bytes (headers included), used by the bandwidth model. */
    public final int sizeBytes() {
        return sizeBytes;
    }

    /** The header as a value. */
    public final Header header() {
        return new Header(source, destination, transport);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + source + "->" + destination + ", " + sizeBytes + "B]";
    }
}

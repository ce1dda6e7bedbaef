package io.gossamer.sim.net;

/**
 * Base class of network messages: a header and a size in bytes, plus whatever a subclass
 * carries. Messages are immutable, so one object can be delivered to many nodes (see
 * {@link Multicast}); subclasses must keep their fields final and unshared-mutable-free.
 *
 * <p>The header is stored inline (no extra object per message); {@link #header()} builds a
 * record view of it. The two ends' node ids are kept beside their addresses: the network reads
 * them at each step of a copy's way, and a sender's address object, old and far away in a
 * large run's heap, would be a cache miss each time (the message itself is young and near).
 */
public abstract class Message {
    private static final Transport[] TRANSPORTS = Transport.values();

    private final Address source;
    private final Address destination;
    private final int sourceId;
    private final int destinationId;
    private final int sizeBytes;
    /** The transport's ordinal (a byte keeps a message with one field of its own at 40 bytes). */
    private final byte transport;

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
        this.sourceId = source.id();
        this.destinationId = destination.id();
        this.transport = (byte) transport.ordinal();
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

    /** The sender's node id: {@code source().id()}. */
    public final int sourceId() {
        return sourceId;
    }

    /** The receiver's node id: {@code destination().id()} (-1 for {@link Address#MULTICAST}). */
    public final int destinationId() {
        return destinationId;
    }

    /** The transport. */
    public final Transport transport() {
        return TRANSPORTS[transport];
    }

    /** Size on the wire in bytes (headers included), used by the bandwidth model. */
    public final int sizeBytes() {
        return sizeBytes;
    }

    /** The header as a value. */
    public final Header header() {
        return new Header(source, destination, transport());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + source + "->" + destination + ", " + sizeBytes + "B]";
    }
}

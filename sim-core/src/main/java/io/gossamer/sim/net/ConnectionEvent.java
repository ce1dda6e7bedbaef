package io.gossamer.sim.net;

/**
 * What the network tells a node about its connections (indications of {@link Network}).
 */
public sealed interface ConnectionEvent {
    /** The other end. */
    Address peer();

    /**
     * A connection this node asked for with {@link Connect} is open.
     *
     * @param peer the other end
     */
    record Opened(Address peer) implements ConnectionEvent {
    }

    /**
     * A connection could not be opened: the peer was dead, unreachable behind its NAT, or on
     * the other side of a partition. Reported a connect timeout after the attempt began.
     *
     * @param peer the node that was not reached
     * @param reason why
     */
    record Failed(Address peer, DropReason reason) implements ConnectionEvent {
    }

    /**
     * An open connection is gone: the peer closed it, failed or left (reported after the
     * failure-detection delay), or it stayed idle too long.
     *
     * @param peer the other end
     */
    record Closed(Address peer) implements ConnectionEvent {
    }
}

package io.gossamer.sim.net;

/** Why the network dropped a message. */
public enum DropReason {
    /** Lost by the loss model. */
    LOSS,
    /** Sender and receiver were in different partitions when it was sent. */
    PARTITION,
    /** The receiver had failed or left (or never existed) when it arrived. */
    DEAD_NODE,
    /** Refused by the receiver's NAT: unsolicited traffic or connection to a private node. */
    NAT,
    /** Sent over a connection that failed to open or was closed before it could be sent. */
    NOT_CONNECTED,
    /** The receiver was alive but no component of it listens to the network. */
    NO_RECEIVER
}

package io.gossamer.sim.net;

/**
 * Sends one message object to many nodes: the network treats it exactly as one unicast send
 * per target, in target order, but nothing is copied. The target array is read when the
 * network handles the request (after the triggering handler returns), so do not change it
 * afterwards.
 */
public final class Multicast {
    private final Message message;
    private final int[] targets;

    /** Sends {@code message} to each node id in {@code targets}. */
    public Multicast(Message message, int[] targets) {
        if (message == null || targets == null) {
            throw new IllegalArgumentException("message and targets are required");
        }
        this.message = message;
        this.targets = targets;
    }

    /** The message. */
    public Message message() {
        return message;
    }

    /** Number of targets. */
    public int size() {
        return targets.length;
    }

    /** The i-th target node id. */
    public int target(int i) {
        return targets[i];
    }

    @Override
    public String toString() {
        return "Multicast[" + message + " to " + targets.length + " nodes]";
    }
}

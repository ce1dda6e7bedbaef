package io.gossamer.sim.net;

/**
 * Sends one message object to many nodes: the network treats it exactly as one unicast send
 * per target, in target order, but nothing is copied. The targets are a slice of an int array
 * (for example a node's row of a shared overlay), optionally minus one excluded node (for
 * example the node the message came from). The array is read when the network handles the
 * request (after the triggering handler returns), so do not change it afterwards.
 */
public final class Multicast {
    /** Value of {@code excluded} when no target is excluded. */
    public static final int NONE_EXCLUDED = -1;

    private final Message message;
    private final int[] targets;
    private final int from;
    private final int to;
    private final int excluded;

    /** Sends {@code message} to each node id in {@code targets}. */
    public Multicast(Message message, int[] targets) {
        this(message, targets, 0, targets == null ? 0 : targets.length, NONE_EXCLUDED);
    }

    /**
     * Sends {@code message} to each node id in {@code targets[from..to)} except
     * {@code excluded} ({@link #NONE_EXCLUDED} for none).
     */
    public Multicast(Message message, int[] targets, int from, int to, int excluded) {
        if (message == null || targets == null) {
            throw new IllegalArgumentException("message and targets are required");
        }
        if (from < 0 || to > targets.length || from > to) {
            throw new IllegalArgumentException(
                    "target slice [" + from + ", " + to + ") is outside an array of " + targets.length);
        }
        this.message = message;
        this.targets = targets;
        this.from = from;
        this.to = to;
        this.excluded = excluded;
    }

    /** The message. */
    public Message message() {
        return message;
    }

    /** Calls {@code action} with each target node id, in order. */
    public void forEachTarget(java.util.function.IntConsumer action) {
        for (int i = from; i < to; i++) {
            if (targets[i] != excluded) {
                action.accept(targets[i]);
            }
        }
    }

    /** Start of the target slice (for the network's loop). */
    int from() {
        return from;
    }

    /** End of the target slice, exclusive. */
    int to() {
        return to;
    }

    /** The i-th entry of the target array (not of the slice). */
    int entry(int i) {
        return targets[i];
    }

    /** The excluded node id, or {@link #NONE_EXCLUDED}. */
    int excluded() {
        return excluded;
    }

    @Override
    public String toString() {
        return "Multicast[" + message + " to " + (to - from) + " nodes"
                + (excluded == NONE_EXCLUDED ? "" : " except " + excluded) + "]";
    }
}

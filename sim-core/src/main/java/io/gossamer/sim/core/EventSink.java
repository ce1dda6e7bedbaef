package io.gossamer.sim.core;

/**
 * Receives timed events of one kind from the kernel. Services (the network, the timer)
 * register a sink once and then schedule primitive entries for it, so that the hot path
 * allocates nothing per event.
 */
@FunctionalInterface
public interface EventSink {
    /** Called at the event's time with the target and payload it was scheduled with. */
    void fire(int target, Object payload) throws Exception;

    /**
     * Reads, and changes nothing, what {@link #fire} will read first for an event that is due
     * soon: the kernel calls it for the event a few places behind the one it is about to fire,
     * so that the cache misses of that later event (its node's state, its payload, its
     * component, far apart in a large run) are under way while this one runs, instead of
     * each waiting for the one before. The value is ignored; returning what was read keeps the
     * compiler from dropping the reads. It must not throw and must not change any state: a
     * run is the same with or without it, only faster. The default reads nothing.
     *
     * @param target the target the event was scheduled with
     * @param payload the payload it was scheduled with
     * @return anything computed from the values read
     */
    default long readAhead(int target, Object payload) {
        return 0;
    }
}

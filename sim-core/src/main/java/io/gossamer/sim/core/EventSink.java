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
}

package io.gossamer.sim.core;

/**
 * Takes the routing key out of an event (e.g. the destination node of a message). A provided
 * port with a selector routes each indication only to the channels connected with that key,
 * found in O(1).
 */
@FunctionalInterface
public interface ChannelSelector {
    /** The key of {@code event}. */
    int key(Object event);
}

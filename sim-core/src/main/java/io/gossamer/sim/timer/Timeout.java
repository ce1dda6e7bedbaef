package io.gossamer.sim.timer;

/**
 * Base class of timeout events. Subclass it per purpose ({@code class ShuffleTick extends
 * Timeout}) and subscribe a handler to the {@link Timer} port. The same instance is delivered
 * at every period of a periodic timeout; it is also the handle to cancel it.
 */
public abstract class Timeout {
}

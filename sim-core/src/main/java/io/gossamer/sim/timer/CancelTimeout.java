package io.gossamer.sim.timer;

/**
 * Cancels a one-shot or periodic timeout, identified by its {@link Timeout} instance. The
 * timeout will not be delivered again; cancelling one that already fired does nothing.
 *
 * @param timeout the timeout to cancel
 */
public record CancelTimeout(Timeout timeout) {
}

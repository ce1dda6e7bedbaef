package io.gossamer.sim.core;

/**
 * A request that remembers the port it was triggered on, so the provider can answer that
 * requester alone ({@link ComponentDefinition#answer(DirectRequest, Object)}) instead of
 * every component connected to it. Timer requests are direct requests.
 *
 * <p>The origin is set by the runtime when the request is triggered; apart from it, a direct
 * request is immutable.
 */
public abstract class DirectRequest {
    private RequiredPort<?> origin;

    /** The port the request was triggered on, or {@code null} before it is triggered. */
    public final RequiredPort<?> origin() {
        return origin;
    }

    final void setOrigin(RequiredPort<?> port) {
        origin = port;
    }
}

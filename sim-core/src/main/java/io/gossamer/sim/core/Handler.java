package io.gossamer.sim.core;

/**
 * An event handler. The component is passed in rather than captured, so a non-capturing
 * method reference such as {@code Flooding::onMessage} is one object shared by every instance
 * of the component class, and so are the handler tables built from it.
 *
 * @param <C> the component type
 * @param <E> the event type
 */
@FunctionalInterface
public interface Handler<C, E> {
    /** Handles {@code event} in {@code component}; an exception becomes a {@link Fault}. */
    void handle(C component, E event) throws Exception;
}

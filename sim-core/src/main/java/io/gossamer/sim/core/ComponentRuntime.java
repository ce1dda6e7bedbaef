package io.gossamer.sim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs components on top of the {@link Kernel}: delivers events to the handlers of a port,
 * holds what arrives before a component starts, walks component trees through start, stop
 * and destruction, and passes faults up the tree. It uses the kernel only to queue
 * zero-delay entries, to read the clock and the handler flag, and to stop the run.
 */
final class ComponentRuntime {
    /** Lifecycle steps queued as zero-delay deliveries. */
    enum Lifecycle {
        START, STOP, KILL
    }

    private final Kernel kernel;
    private final List<Consumer<Component>> destroyListeners = new ArrayList<>();
    private FaultHandler faultHandler;
    private long droppedDeliveries;

    ComponentRuntime(Kernel kernel) {
        this.kernel = kernel;
    }

    long droppedDeliveries() {
        return droppedDeliveries;
    }

    void onRootDestroyed(Consumer<Component> listener) {
        destroyListeners.add(listener);
    }

    void setFaultHandler(FaultHandler handler) {
        this.faultHandler = handler;
    }

    void enqueueLifecycle(ComponentDefinition c, Lifecycle step) {
        kernel.enqueue(c, step);
    }

    // ---------------------------------------------------------------- deliveries

    /** Runs one zero-delay entry of the kernel's FIFO: a delivery to a port or a lifecycle step. */
    void runLocal(Object target, Object event) {
        if (target instanceof Port<?> port) {
            dispatch(port, port.owner, event);
        } else {
            lifecycle((ComponentDefinition) target, (Lifecycle) event);
        }
    }

    /** {@link #runLocal} for {@link Kernel}'s backlog drain: a copy, so that each keeps a profile of its own. */
    void runBacklogEntry(Object target, Object event) {
        if (target instanceof Port<?> port) {
            dispatch(port, port.owner, event);
        } else {
            lifecycle((ComponentDefinition) target, (Lifecycle) event);
        }
    }

    /** Queues {@code event} for every port bound or connected to {@code provider} under {@code key}. */
    int deliverToKey(ProvidedPort<?> provider, int key, Object event) {
        checkIndication(provider, event);
        int count = 0;
        ComponentDefinition sole = provider.soleBoundOwner(key);
        if (sole != null) {
            kernel.enqueue(provider.soleBound(key), event);
            count++;
        } else {
            for (RequiredPort<?> bound : provider.bound(key)) {
                kernel.enqueue(bound, event);
                count++;
            }
        }
        for (Channel c = provider.keyedFirst(key); c != null; c = c.nextAtProvider) {
            kernel.enqueue(c.requirer, event);
            count++;
        }
        return count;
    }

    /**
     * Like {@link #deliverToKey}, but runs the handler at once when that cannot change the
     * order of execution: the kernel is idle at this instant and the key has one bound port
     * and no channel.
     */
    int deliverToKeyNow(ProvidedPort<?> provider, int key, Object event) {
        if (kernel.idle()) {
            ComponentDefinition owner = provider.soleBoundOwner(key);
            if (owner != null && provider.keyedFirst(key) == null) {
                checkIndication(provider, event);
                if (owner.state == ComponentState.ACTIVE && !kernel.tracing()) {
                    // The hot path: the binding holds the port's handler table, so the port
                    // object itself (another cache miss per delivery) is not read.
                    kernel.countImmediate(null, event);
                    runNow(provider.soleBoundTable(key), owner, event);
                } else {
                    RequiredPort<?> port = provider.soleBound(key);
                    kernel.countImmediate(port, event);
                    dispatch(port, owner, event);
                }
                return 1;
            }
        }
        return deliverToKey(provider, key, event);
    }

    private static void checkIndication(ProvidedPort<?> provider, Object event) {
        if (!provider.type().allowsIndication(event.getClass())) {
            throw new IllegalArgumentException(event.getClass().getName() + " is no indication of " + provider.type());
        }
    }

    private void dispatch(Port<?> port, ComponentDefinition owner, Object event) {
        if (owner.state != ComponentState.ACTIVE) {
            if (owner.state == ComponentState.CREATED) {
                if (owner.held == null) {
                    owner.held = new ArrayList<>();
                }
                owner.held.add(port);
                owner.held.add(event);
            } else {
                droppedDeliveries++;
            }
            return;
        }
        run(port.table, owner, event);
    }

    /**
     * Runs the handlers of {@code table} that match {@code event} on the active {@code owner}:
     * a delivery taken from the zero-delay FIFO (requests to services, timeouts, held events).
     */
    private void run(HandlerTable table, ComponentDefinition owner, Object event) {
        Handler<?, ?>[] handlers = table.resolve(event.getClass());
        boolean outer = kernel.inHandler;
        kernel.inHandler = true;
        try {
            if (handlers.length == 1) {
                runOne(handlers[0], owner, event);
            } else {
                runAll(handlers, owner, event);
            }
        } finally {
            kernel.inHandler = outer;
        }
    }

    /**
     * {@link #run} for a delivery made at once by {@link #deliverToKeyNow} (no handler is running).
     * A copy of its own, so that the handler call here (a node's protocol receiving a message)
     * and the one in {@link #run} (mostly services) each see few handler classes and the
     * compiler can inline them, instead of one call site that sees every class in the run.
     */
    private void runNow(HandlerTable table, ComponentDefinition owner, Object event) {
        Handler<?, ?>[] handlers = table.resolve(event.getClass());
        Kernel k = kernel;
        k.inHandler = true;
        try {
            if (handlers.length == 1) {
                runOneNow(handlers[0], owner, event);
            } else {
                runAll(handlers, owner, event);
            }
        } finally {
            k.inHandler = false;
        }
    }

    @SuppressWarnings("unchecked")
    private void runOne(Handler<?, ?> h, ComponentDefinition owner, Object event) {
        try {
            ((Handler<Object, Object>) h).handle(owner, event);
        } catch (Exception | AssertionError | StackOverflowError e) {
            raiseFault(owner, event, e);
        }
    }

    /** {@link #runOne} with a call site of its own (see {@link #runNow}). */
    @SuppressWarnings("unchecked")
    private void runOneNow(Handler<?, ?> h, ComponentDefinition owner, Object event) {
        try {
            ((Handler<Object, Object>) h).handle(owner, event);
        } catch (Exception | AssertionError | StackOverflowError e) {
            raiseFault(owner, event, e);
        }
    }

    /** Several handlers (or none) match: run them in subscription order while the owner stays active. */
    @SuppressWarnings("unchecked")
    private void runAll(Handler<?, ?>[] handlers, ComponentDefinition owner, Object event) {
        for (Handler<?, ?> h : handlers) {
            try {
                ((Handler<Object, Object>) h).handle(owner, event);
            } catch (Exception | AssertionError | StackOverflowError e) {
                raiseFault(owner, event, e);
            }
            if (owner.state != ComponentState.ACTIVE) {
                break;
            }
        }
    }

    // ---------------------------------------------------------------- lifecycle

    /** Destroys a tree at once with no hook (a silent crash). */
    void crash(ComponentDefinition c) {
        if (c.state != ComponentState.DESTROYED) {
            destroyTree(c);
            detachFromParent(c);
        }
    }

    private void lifecycle(ComponentDefinition c, Lifecycle step) {
        boolean outer = kernel.inHandler;
        kernel.inHandler = true;
        try {
            switch (step) {
                case START -> startTree(c);
                case STOP -> stopTree(c);
                case KILL -> {
                    if (c.state != ComponentState.DESTROYED) {
                        stopTree(c);
                        destroyTree(c);
                        detachFromParent(c);
                    }
                }
                default -> throw new IllegalStateException("unknown lifecycle step " + step);
            }
        } finally {
            kernel.inHandler = outer;
        }
    }

    private void startTree(ComponentDefinition c) {
        if (c.state != ComponentState.CREATED && c.state != ComponentState.PASSIVE) {
            return;
        }
        c.state = ComponentState.ACTIVE;
        try {
            c.onStart();
        } catch (Exception | AssertionError | StackOverflowError e) {
            raiseFault(c, "Start", e);
        }
        List<Object> held = c.held;
        if (held != null) {
            c.held = null;
            for (int i = 0; i < held.size() && c.state == ComponentState.ACTIVE; i += 2) {
                Port<?> port = (Port<?>) held.get(i);
                dispatch(port, port.owner, held.get(i + 1));
            }
        }
        if (c.children != null) {
            for (ComponentDefinition child : List.copyOf(c.children)) {
                startTree(child);
            }
        }
    }

    private void stopTree(ComponentDefinition c) {
        if (c.state != ComponentState.ACTIVE) {
            return;
        }
        if (c.children != null) {
            for (ComponentDefinition child : List.copyOf(c.children)) {
                stopTree(child);
            }
        }
        c.state = ComponentState.PASSIVE;
        try {
            c.onStop();
        } catch (Exception | AssertionError | StackOverflowError e) {
            raiseFault(c, "Stop", e);
        }
    }

    private void destroyTree(ComponentDefinition c) {
        if (c.children != null) {
            for (ComponentDefinition child : c.children) {
                destroyTree(child);
            }
        }
        for (Port<?> p = c.ports; p != null; p = p.nextOfOwner) {
            p.detach();
        }
        c.state = ComponentState.DESTROYED;
        c.held = null;
    }

    private void detachFromParent(ComponentDefinition c) {
        if (c.parent != null) {
            if (c.parent.children != null) {
                c.parent.children.remove(c);
            }
        } else {
            for (Consumer<Component> listener : destroyListeners) {
                listener.accept(c);
            }
        }
    }

    // ---------------------------------------------------------------- faults

    /**
     * Offers a fault to the ancestors of {@code where} (nearest first), then to the fault
     * handler; if nobody takes it, the run stops and reports it.
     */
    void raiseFault(ComponentDefinition where, int node, String path, Object event, Throwable cause) {
        Fault f = new Fault(node, path, event, kernel.now(), cause);
        for (ComponentDefinition a = where == null ? null : where.parent; a != null; a = a.parent) {
            if (a.state == ComponentState.ACTIVE && a.handleFault(f)) {
                return;
            }
        }
        if (faultHandler != null && faultHandler.handle(f)) {
            return;
        }
        kernel.fail(f);
    }

    private void raiseFault(ComponentDefinition where, Object event, Throwable cause) {
        raiseFault(where, where.node, where.path(), event, cause);
    }
}

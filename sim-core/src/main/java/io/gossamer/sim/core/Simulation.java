package io.gossamer.sim.core;

import io.gossamer.sim.random.RandomStreams;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One simulation: virtual clock, future-event list, zero-delay delivery queue, random streams
 * and the component runtime. Everything in it runs on the thread that calls a {@code run}
 * method; several simulations may run on different threads at once, since none of them
 * shares mutable state with another.
 *
 * <p>Order of execution. Zero-delay deliveries (events triggered by handlers, lifecycle steps)
 * run first, in FIFO order, each handler to completion. Only when none is left does the
 * kernel take the earliest timed event (ties in insertion order), advance the clock to it and
 * fire it; whatever that triggers is again drained before time moves on.
 *
 * <p>This class is the public face of three parts: the kernel (clock, future-event list,
 * sinks, zero-delay FIFO, run loop), the component runtime (handlers, lifecycle, faults) and
 * the port registry (port types, observers, services). Channels and ports unlink themselves.
 */
public final class Simulation {
    private final RandomStreams random;
    final Kernel kernel = new Kernel();
    final ComponentRuntime runtime = new ComponentRuntime(kernel);
    final PortRegistry registry = new PortRegistry();
    private final int actionSink;

    /** A simulation whose random streams all derive from {@code seed}. */
    public Simulation(long seed) {
        this.random = new RandomStreams(seed);
        kernel.attach(runtime);
        this.actionSink = registerSink("actions", (target, payload) -> {
            ScheduledAction a = (ScheduledAction) payload;
            if (!a.isCancelled()) {
                a.action.run();
            }
        });
    }

    // ================================================================ clock and randomness

    /** Current virtual time in nanoseconds. */
    public long now() {
        return kernel.now();
    }

    /** The random streams of this simulation. */
    public RandomStreams random() {
        return random;
    }

    /** The master seed. */
    public long seed() {
        return random.masterSeed();
    }

    // ================================================================ timed events

    /**
     * Registers a sink for timed events and returns its index, for use with
     * {@link #schedule(long, int, int, Object)}. Services register one sink each, once.
     */
    public int registerSink(String name, EventSink sink) {
        return kernel.registerSink(name, sink);
    }

    /** Name a sink was registered with. */
    public String sinkName(int sink) {
        return kernel.sinkName(sink);
    }

    /**
     * Schedules a primitive timed event: at {@code time}, {@code sink} fires with
     * {@code target} and {@code payload}. Allocates nothing.
     *
     * @throws IllegalArgumentException if {@code time} is before now
     */
    public void schedule(long time, int sink, int target, Object payload) {
        kernel.schedule(time, sink, target, payload);
    }

    /** Runs {@code action} after {@code delay} nanoseconds; the handle cancels it. */
    public ScheduledAction schedule(long delay, Runnable action) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        return scheduleAt(now() + delay, action);
    }

    /** Runs {@code action} at virtual time {@code time}; the handle cancels it. */
    public ScheduledAction scheduleAt(long time, Runnable action) {
        ScheduledAction a = new ScheduledAction(action, time);
        schedule(time, actionSink, 0, a);
        return a;
    }

    /** Timed events pending (cancelled ones included until their time comes). */
    public int pending() {
        return kernel.pending();
    }

    // ================================================================ running

    /** Runs until no event is left, a handler stops the run, or a fault stops it. */
    public RunResult run() {
        return run(RunLimits.none());
    }

    /** Runs the events up to and including {@code time}; the clock then reads {@code time}. */
    public RunResult runUntil(long time) {
        return run(RunLimits.none().until(time));
    }

    /** Runs for {@code duration} nanoseconds of virtual time from now. */
    public RunResult runFor(long duration) {
        return runUntil(now() + duration);
    }

    /** Runs until {@code predicate} holds (checked after each timed event and its cascade). */
    public RunResult runUntil(BooleanSupplier predicate) {
        return run(RunLimits.none().stopWhen(predicate));
    }

    /** Runs within the given limits. Not re-entrant: a handler cannot call it. */
    public RunResult run(RunLimits limits) {
        return kernel.run(limits);
    }

    /** Asks the run to return after the current handler; {@code why} appears in the result. */
    public void stop(String why) {
        kernel.stop(why);
    }

    /**
     * Virtual time (ns) at which the last event, timed or zero-delay, ran; 0 before any. The
     * clock ({@link #now()}) can be later: {@code runUntil} moves it to its limit even when no
     * event is left.
     */
    public long lastEventTime() {
        return kernel.lastEventTime();
    }

    /** Timed events processed since the simulation was created. */
    public long timedEvents() {
        return kernel.timedEvents();
    }

    /** Zero-delay deliveries processed since the simulation was created. */
    public long localEvents() {
        return kernel.localEvents();
    }

    /** Deliveries dropped because the receiving component was stopped or destroyed. */
    public long droppedDeliveries() {
        return runtime.droppedDeliveries();
    }

    /** Sets the observer of every processed event; {@code null} removes it. */
    public void setTracer(Tracer tracer) {
        kernel.setTracer(tracer);
    }

    /**
     * Sets the pacer that makes the run loop wait for another clock (see {@link Pacer}), as a
     * live runtime does with the wall clock; {@code null} (the default) runs as fast as possible.
     */
    public void setPacer(Pacer pacer) {
        kernel.setPacer(pacer);
    }

    /**
     * Sets what happens to faults no ancestor component handled. With none (the default) the
     * run stops and reports the fault in its {@link RunResult}.
     */
    public void setFaultHandler(FaultHandler handler) {
        runtime.setFaultHandler(handler);
    }

    // ================================================================ components

    /**
     * Creates a component with no parent (the root of a node's tree, or a simulator-level
     * service when {@code node} is -1). Start it with {@link #start(Component)}.
     */
    public <C extends ComponentDefinition> C createRoot(Class<C> type, Init<C> init, int node) {
        return ComponentDefinition.instantiate(this, null, node, type, init);
    }

    /** Starts a component and its subtree (after the current handler, if any). */
    public void start(Component component) {
        runtime.enqueueLifecycle((ComponentDefinition) component, ComponentRuntime.Lifecycle.START);
    }

    /** Stops a component and its subtree gracefully: {@code onStop} runs, children first. */
    public void stop(Component component) {
        runtime.enqueueLifecycle((ComponentDefinition) component, ComponentRuntime.Lifecycle.STOP);
    }

    /** Stops a component gracefully, then destroys it and its subtree. */
    public void kill(Component component) {
        runtime.enqueueLifecycle((ComponentDefinition) component, ComponentRuntime.Lifecycle.KILL);
    }

    /**
     * Destroys a component and its subtree at once, running no hook: a silent crash. Events
     * already under way to it are dropped when they arrive.
     */
    public void crash(Component component) {
        runtime.crash((ComponentDefinition) component);
    }

    /** Calls {@code listener} whenever a component without a parent is destroyed. */
    public void onRootDestroyed(Consumer<Component> listener) {
        runtime.onRootDestroyed(listener);
    }

    /** Connects two ends from outside any component (e.g. while assembling a node). */
    public <P extends PortType> Channel connect(ProvidedPort<P> provider, RequiredPort<P> requirer) {
        return Channel.open(provider, requirer, Channel.NO_KEY);
    }

    // ================================================================ observers

    /**
     * Shows {@code observer} every indication of {@code indicationType} (or a subtype) that
     * any component of this simulation triggers on a provided port of {@code portType}, or
     * answers to a {@link DirectRequest} of it: synchronously, in trigger order, whether or
     * not anything is connected to the port. Observing queues no event and changes nothing in
     * the run; an unobserved port type costs one null check per trigger. Several observers
     * may watch one port type; they are called in registration order. Indications that
     * services hand over with {@link #deliver} or {@link #deliverToKey} are not shown (watch
     * the network with its own observers).
     *
     * <pre>{@code
     * sim.observe(Broadcast.class, Deliver.class, (node, d) -> firstDelivery.putIfAbsent(node, sim.now()));
     * }</pre>
     *
     * @throws IllegalArgumentException if the port type declares no such indication
     */
    public <P extends PortType, E> void observe(
            Class<P> portType, Class<E> indicationType, IndicationObserver<? super E> observer) {
        registry.observe(portType, indicationType, observer);
    }

    // ================================================================ services

    /**
     * Makes {@code port} the provider of its port type for every node: a required port of
     * that type declared by a component of node n is bound to it under key n. A binding is a
     * keyed connection without a channel object: requests flow to the service, and
     * {@link #deliverToKey} with key n reaches the node's bound ports.
     */
    public <P extends PortType> void registerService(ProvidedPort<P> port) {
        registry.registerService(port);
    }

    /** Sizes the services' binding tables for node ids below {@code nodes} at once. */
    public void reserveNodes(int nodes) {
        registry.reserveNodes(nodes);
    }

    /**
     * Delivers {@code event} to the handlers of {@code port} as a zero-delay delivery: a
     * request into a provided port or an indication into a required port. For services.
     */
    public void deliver(Port<?> port, Object event) {
        if (!port.allowsIncoming(event.getClass())) {
            throw new IllegalArgumentException(event.getClass().getName() + " cannot arrive at the " + port);
        }
        kernel.enqueue(port, event);
    }

    /**
     * Delivers an indication from {@code provider} to the channels connected with
     * {@code key} (e.g. the destination node), in O(1). For services.
     *
     * @return the number of channels it was delivered over (0 if none has that key)
     */
    public int deliverToKey(ProvidedPort<?> provider, int key, Object event) {
        return runtime.deliverToKey(provider, key, event);
    }

    /**
     * Like {@link #deliverToKey}, for a timed sink that delivers one event per firing: when
     * nothing else is pending at this instant and no handler is running, the handler of a
     * node's single bound port runs at once instead of through the zero-delay queue. The
     * order of execution is the same as queueing it (it would be next anyway); it saves the
     * queue round trip.
     *
     * @return the number of ports it was delivered to (0 if none is bound or connected)
     */
    public int deliverToKeyNow(ProvidedPort<?> provider, int key, Object event) {
        return runtime.deliverToKeyNow(provider, key, event);
    }

    /**
     * For an {@link EventSink#readAhead} of a delivery to {@code key}: reads what
     * {@link #deliverToKeyNow} reads first (the binding under the key and the state of its
     * component) and changes nothing.
     *
     * @param provider the service port the delivery will come from
     * @param key the key it will be delivered under (the node id)
     * @return a value to be ignored
     */
    public long readAheadKey(ProvidedPort<?> provider, int key) {
        ComponentDefinition owner = provider.soleBoundOwner(key);
        return owner == null ? 0 : owner.state.ordinal();
    }

    /** True if some port is bound, or some channel connected, to {@code provider} under {@code key}. */
    public boolean hasKey(ProvidedPort<?> provider, int key) {
        return provider.isBound(key) || provider.keyedFirst(key) != null;
    }
}

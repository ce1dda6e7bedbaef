package io.gossamer.sim.core;

import io.gossamer.sim.Time;
import io.gossamer.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
public final class Simulation {
    /** Lifecycle steps queued as zero-delay deliveries. */
    enum Lifecycle {
        START, STOP, KILL
    }

    private final RandomStreams random;
    private final EventQueue queue = new EventQueue();
    private EventSink[] sinks = new EventSink[8];
    private String[] sinkNames = new String[8];
    private int sinkCount;
    private final int actionSink;

    private long now;
    private static final int FIFO_KEEP = 1 << 16;
    private Object[] fifoTargets = new Object[1024];
    private Object[] fifoEvents = new Object[1024];
    private int fifoHead;
    private int fifoTail;

    private long timedEvents;
    private long localEvents;
    private long droppedDeliveries;

    private boolean running;
    /** True while a handler runs: deliveries must then be queued, never run at once. */
    private boolean inHandler;
    private boolean stopRequested;
    private String stopMessage = "";
    private Fault fault;
    private FaultHandler faultHandler;
    private Tracer tracer;
    private final List<Consumer<Component>> destroyListeners = new ArrayList<>();

    private final Map<Class<?>, PortType> portTypes = new HashMap<>();
    private final HandlerTable.Registry handlerTables = new HandlerTable.Registry();
    private final Constructors constructors = new Constructors();
    private final Map<Class<?>, ProvidedPort<?>> services = new HashMap<>();

    /** A simulation whose random streams all derive from {@code seed}. */
    public Simulation(long seed) {
        this.random = new RandomStreams(seed);
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
        return now;
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
        if (sinkCount == sinks.length) {
            sinks = Arrays.copyOf(sinks, sinkCount * 2);
            sinkNames = Arrays.copyOf(sinkNames, sinkCount * 2);
        }
        sinks[sinkCount] = sink;
        sinkNames[sinkCount] = name;
        return sinkCount++;
    }

    /** Name a sink was registered with. */
    public String sinkName(int sink) {
        return sinkNames[sink];
    }

    /**
     * Schedules a primitive timed event: at {@code time}, {@code sink} fires with
     * {@code target} and {@code payload}. Allocates nothing.
     *
     * @throws IllegalArgumentException if {@code time} is before now
     */
    public void schedule(long time, int sink, int target, Object payload) {
        if (time < now) {
            throw new IllegalArgumentException("cannot schedule in the past: " + time + "ns < now " + now + "ns");
        }
        queue.push(time, sink, target, payload);
    }

    /** Runs {@code action} after {@code delay} nanoseconds; the handle cancels it. */
    public ScheduledAction schedule(long delay, Runnable action) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay: " + delay);
        }
        return scheduleAt(now + delay, action);
    }

    /** Runs {@code action} at virtual time {@code time}; the handle cancels it. */
    public ScheduledAction scheduleAt(long time, Runnable action) {
        ScheduledAction a = new ScheduledAction(action, time);
        schedule(time, actionSink, 0, a);
        return a;
    }

    /** Timed events pending (cancelled ones included until their time comes). */
    public int pending() {
        return queue.size();
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
        return runUntil(now + duration);
    }

    /** Runs until {@code predicate} holds (checked after each timed event and its cascade). */
    public RunResult runUntil(BooleanSupplier predicate) {
        return run(RunLimits.none().stopWhen(predicate));
    }

    /** Runs within the given limits. Not re-entrant: a handler cannot call it. */
    public RunResult run(RunLimits limits) {
        if (running) {
            throw new IllegalStateException("the simulation is already running (run() called from a handler?)");
        }
        running = true;
        stopRequested = false;
        stopMessage = "";
        fault = null;
        long timedAtStart = timedEvents;
        long localAtStart = localEvents;
        BooleanSupplier stopWhen = limits.stopWhen();
        StopReason reason;
        try {
            while (true) {
                drainLocal();
                if (fault != null) {
                    reason = StopReason.FAULT;
                    break;
                }
                if (stopRequested) {
                    reason = StopReason.STOPPED;
                    break;
                }
                if (stopWhen != null && stopWhen.getAsBoolean()) {
                    reason = StopReason.PREDICATE;
                    break;
                }
                if (queue.isEmpty()) {
                    if (limits.until() != Time.FOREVER) {
                        // runUntil/runFor: the clock reads the limit even when nothing is left.
                        now = Math.max(now, limits.until());
                    }
                    reason = StopReason.NO_EVENTS;
                    break;
                }
                if (queue.peekTime() > limits.until()) {
                    now = Math.max(now, limits.until());
                    reason = StopReason.TIME_LIMIT;
                    break;
                }
                if (timedEvents - timedAtStart >= limits.eventBudget()) {
                    reason = StopReason.EVENT_BUDGET;
                    break;
                }
                queue.pop();
                now = queue.time();
                timedEvents++;
                fire(queue.sink(), queue.target(), queue.payload());
            }
        } finally {
            running = false;
        }
        return new RunResult(reason, now, timedEvents - timedAtStart, localEvents - localAtStart, stopMessage, fault);
    }

    private void fire(int sink, int target, Object payload) {
        if (tracer != null) {
            tracer.timed(now, sink, target, payload);
        }
        try {
            sinks[sink].fire(target, payload);
        } catch (Exception | AssertionError | StackOverflowError e) {
            raiseFault(null, -1, sinkNames[sink], payload, e);
        }
    }

    /** Asks the run to return after the current handler; {@code why} appears in the result. */
    public void stop(String why) {
        stopRequested = true;
        stopMessage = why == null ? "" : why;
    }

    /** Timed events processed since the simulation was created. */
    public long timedEvents() {
        return timedEvents;
    }

    /** Zero-delay deliveries processed since the simulation was created. */
    public long localEvents() {
        return localEvents;
    }

    /** Deliveries dropped because the receiving component was stopped or destroyed. */
    public long droppedDeliveries() {
        return droppedDeliveries;
    }

    /** Sets the observer of every processed event; {@code null} removes it. */
    public void setTracer(Tracer tracer) {
        this.tracer = tracer;
    }

    // ================================================================ faults

    /**
     * Sets what happens to faults no ancestor component handled. With none (the default) the
     * run stops and reports the fault in its {@link RunResult}.
     */
    public void setFaultHandler(FaultHandler handler) {
        this.faultHandler = handler;
    }

    private void raiseFault(ComponentDefinition where, int node, String path, Object event, Throwable cause) {
        Fault f = new Fault(node, path, event, now, cause);
        for (ComponentDefinition a = where == null ? null : where.parent; a != null; a = a.parent) {
            if (a.state == ComponentState.ACTIVE && a.handleFault(f)) {
                return;
            }
        }
        if (faultHandler != null && faultHandler.handle(f)) {
            return;
        }
        if (fault == null) {
            fault = f;
        }
        stopRequested = true;
    }

    private void raiseFault(ComponentDefinition where, Object event, Throwable cause) {
        raiseFault(where, where.node, where.path(), event, cause);
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
        enqueueLifecycle((ComponentDefinition) component, Lifecycle.START);
    }

    /** Stops a component and its subtree gracefully: {@code onStop} runs, children first. */
    public void stop(Component component) {
        enqueueLifecycle((ComponentDefinition) component, Lifecycle.STOP);
    }

    /** Stops a component gracefully, then destroys it and its subtree. */
    public void kill(Component component) {
        enqueueLifecycle((ComponentDefinition) component, Lifecycle.KILL);
    }

    /**
     * Destroys a component and its subtree at once, running no hook: a silent crash. Events
     * already under way to it are dropped when they arrive.
     */
    public void crash(Component component) {
        ComponentDefinition c = (ComponentDefinition) component;
        if (c.state != ComponentState.DESTROYED) {
            destroyTree(c);
            detachFromParent(c);
        }
    }

    /** Calls {@code listener} whenever a component without a parent is destroyed. */
    public void onRootDestroyed(Consumer<Component> listener) {
        destroyListeners.add(listener);
    }

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
        if (observer == null) {
            throw new IllegalArgumentException("an observer is required");
        }
        PortType type = portType(portType);
        if (!type.canHandle(indicationType, true)) {
            throw new IllegalArgumentException("cannot observe " + indicationType.getName() + " on " + type
                    + ": it declares no such indication (declared: " + type.indications() + ")");
        }
        if (type.observers == null) {
            type.observers = new IndicationObservers();
        }
        type.observers.add(indicationType, observer);
    }

    /**
     * Makes {@code port} the provider of its port type for every node: a required port of
     * that type declared by a component of node n is bound to it under key n. A binding is a
     * keyed connection without a channel object: requests flow to the service, and
     * {@link #deliverToKey} with key n reaches the node's bound ports.
     */
    public <P extends PortType> void registerService(ProvidedPort<P> port) {
        if (services.putIfAbsent(port.type.getClass(), port) != null) {
            throw new IllegalStateException("a service for " + port.type + " is already registered");
        }
    }

    /** Sizes the services' binding tables for node ids below {@code nodes} at once. */
    public void reserveNodes(int nodes) {
        for (ProvidedPort<?> service : services.values()) {
            service.reserveBindings(nodes);
        }
    }

    void bindService(RequiredPort<?> port, int node) {
        if (node < 0) {
            return;
        }
        ProvidedPort<?> service = services.get(port.type.getClass());
        if (service != null) {
            service.bind(port, node);
        }
    }

    /**
     * Delivers {@code event} to the handlers of {@code port} as a zero-delay delivery: a
     * request into a provided port or an indication into a required port. For services.
     */
    public void deliver(Port<?> port, Object event) {
        if (!port.allowsIncoming(event.getClass())) {
            throw new IllegalArgumentException(event.getClass().getName() + " cannot arrive at the " + port);
        }
        enqueue(port, event);
    }

    /**
     * Delivers an indication from {@code provider} to the channels connected with
     * {@code key} (e.g. the destination node), in O(1). For services.
     *
     * @return the number of channels it was delivered over (0 if none has that key)
     */
    public int deliverToKey(ProvidedPort<?> provider, int key, Object event) {
        if (!provider.type.allowsIndication(event.getClass())) {
            throw new IllegalArgumentException(
                    event.getClass().getName() + " is no indication of " + provider.type);
        }
        int count = 0;
        for (RequiredPort<?> bound = provider.boundTo(key); bound != null; bound = bound.nextBound) {
            enqueue(bound, event);
            count++;
        }
        for (Channel c = provider.keyedFirst(key); c != null; c = c.nextAtProvider) {
            enqueue(c.requirer, event);
            count++;
        }
        return count;
    }

    /**
     * Like {@link #deliverToKey}, for a timed sink that delivers one event per firing: when
     * nothing else is pending at this instant and no handler is running, the handler of a
     * node's single bound port runs at once instead of through the zero-delay queue. The
     * order of execution is the same as queueing it (it would be next anyway); it saves the
     * queue round trip and loads the port and its component in parallel, from the binding
     * table, instead of one after the other.
     *
     * @return the number of ports it was delivered to (0 if none is bound or connected)
     */
    public int deliverToKeyNow(ProvidedPort<?> provider, int key, Object event) {
        Object[] bindings = provider.bindings;
        if (bindings != null && key >= 0 && key < (bindings.length >> 1) && fifoHead == fifoTail && !inHandler
                && !stopRequested) {
            Object owner = bindings[(key << 1) + 1];
            if (owner != null && provider.keyedFirst(key) == null) {
                if (!provider.type.allowsIndication(event.getClass())) {
                    throw new IllegalArgumentException(
                            event.getClass().getName() + " is no indication of " + provider.type);
                }
                localEvents++;
                RequiredPort<?> port = (RequiredPort<?>) bindings[key << 1];
                if (tracer != null) {
                    tracer.local(now, port, event);
                }
                dispatch(port, (ComponentDefinition) owner, event);
                return 1;
            }
        }
        return deliverToKey(provider, key, event);
    }

    /** True if some port is bound, or some channel connected, to {@code provider} under {@code key}. */
    public boolean hasKey(ProvidedPort<?> provider, int key) {
        return provider.boundTo(key) != null || provider.keyedFirst(key) != null;
    }

    /** Connects two ends from outside any component (e.g. while assembling a node). */
    public <P extends PortType> Channel connect(ProvidedPort<P> provider, RequiredPort<P> requirer) {
        return connect(provider, requirer, Channel.NO_KEY);
    }

    Channel connect(ProvidedPort<?> provider, RequiredPort<?> requirer, int key) {
        if (provider.type.getClass() != requirer.type.getClass()) {
            throw new IllegalArgumentException("cannot connect " + provider + " to " + requirer + ": different port types");
        }
        if (provider.owner.state == ComponentState.DESTROYED || requirer.owner.state == ComponentState.DESTROYED) {
            throw new IllegalStateException("cannot connect to a destroyed component");
        }
        Channel channel = new Channel(provider, requirer, key);
        if (key == Channel.NO_KEY) {
            provider.channels = appendAtProvider(provider.channels, channel);
        } else {
            provider.keyedChannels().add(channel);
        }
        requirer.channels = appendAtRequirer(requirer.channels, channel);
        return channel;
    }

    private static Channel appendAtProvider(Channel head, Channel c) {
        if (head == null) {
            return c;
        }
        Channel last = head;
        while (last.nextAtProvider != null) {
            last = last.nextAtProvider;
        }
        last.nextAtProvider = c;
        return head;
    }

    private static Channel appendAtRequirer(Channel head, Channel c) {
        if (head == null) {
            return c;
        }
        Channel last = head;
        while (last.nextAtRequirer != null) {
            last = last.nextAtRequirer;
        }
        last.nextAtRequirer = c;
        return head;
    }

    void disconnect(Channel channel) {
        if (!channel.isConnected()) {
            return;
        }
        ProvidedPort<?> p = channel.provider;
        if (channel.isKeyed()) {
            p.keyedChannels().remove(channel);
        } else {
            if (p.channels == channel) {
                p.channels = channel.nextAtProvider;
            } else {
                for (Channel c = p.channels; c != null; c = c.nextAtProvider) {
                    if (c.nextAtProvider == channel) {
                        c.nextAtProvider = channel.nextAtProvider;
                        break;
                    }
                }
            }
            channel.nextAtProvider = null;
        }
        RequiredPort<?> r = channel.requirer;
        if (r.channels == channel) {
            r.channels = channel.nextAtRequirer;
        } else {
            for (Channel c = r.channels; c != null; c = c.nextAtRequirer) {
                if (c.nextAtRequirer == channel) {
                    c.nextAtRequirer = channel.nextAtRequirer;
                    break;
                }
            }
        }
        channel.nextAtRequirer = null;
    }

    // ================================================================ zero-delay queue

    void enqueue(Object target, Object event) {
        if (fifoTail - fifoHead == fifoTargets.length) {
            growFifo();
        }
        int mask = fifoTargets.length - 1;
        fifoTargets[fifoTail & mask] = target;
        fifoEvents[fifoTail & mask] = event;
        fifoTail++;
    }

    void enqueueLifecycle(ComponentDefinition c, Lifecycle step) {
        enqueue(c, step);
    }

    private void growFifo() {
        int n = fifoTargets.length;
        Object[] targets = new Object[n * 2];
        Object[] events = new Object[n * 2];
        for (int i = 0; i < n; i++) {
            targets[i] = fifoTargets[(fifoHead + i) & (n - 1)];
            events[i] = fifoEvents[(fifoHead + i) & (n - 1)];
        }
        fifoTargets = targets;
        fifoEvents = events;
        fifoHead = 0;
        fifoTail = n;
    }

    private void drainLocal() {
        if (fifoHead == fifoTail) {
            return;
        }
        drainLocalQueue();
        if (fifoHead == fifoTail && fifoTargets.length > FIFO_KEEP) {
            // A burst (say a million nodes starting) grew the queue: give the memory back.
            fifoTargets = new Object[FIFO_KEEP];
            fifoEvents = new Object[FIFO_KEEP];
            fifoHead = 0;
            fifoTail = 0;
        }
    }

    private void drainLocalQueue() {
        while (fifoHead != fifoTail && !stopRequested) {
            int i = fifoHead & (fifoTargets.length - 1);
            Object target = fifoTargets[i];
            Object event = fifoEvents[i];
            fifoTargets[i] = null;
            fifoEvents[i] = null;
            fifoHead++;
            localEvents++;
            if (tracer != null) {
                tracer.local(now, target, event);
            }
            if (target instanceof Port<?> port) {
                dispatch(port, event);
            } else {
                lifecycle((ComponentDefinition) target, (Lifecycle) event);
            }
        }
    }

    private void dispatch(Port<?> port, Object event) {
        dispatch(port, port.owner, event);
    }

    @SuppressWarnings("unchecked")
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
        Handler<?, ?>[] handlers = port.table.resolve(event.getClass());
        boolean outer = inHandler;
        inHandler = true;
        try {
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
        } finally {
            inHandler = outer;
        }
    }

    private void lifecycle(ComponentDefinition c, Lifecycle step) {
        boolean outer = inHandler;
        inHandler = true;
        try {
            runLifecycle(c, step);
        } finally {
            inHandler = outer;
        }
    }

    private void runLifecycle(ComponentDefinition c, Lifecycle step) {
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
                dispatch((Port<?>) held.get(i), held.get(i + 1));
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
            while (p.channels != null) {
                disconnect(p.channels);
            }
            if (p instanceof RequiredPort<?> required && required.boundService != null) {
                required.boundService.unbind(required, c.node);
            }
            if (p instanceof ProvidedPort<?> provided && provided.bindings != null) {
                for (int n = 0; n < provided.bindingCapacity(); n++) {
                    RequiredPort<?> head = provided.boundTo(n);
                    while (head != null) {
                        RequiredPort<?> next = head.nextBound;
                        head.nextBound = null;
                        head.boundService = null;
                        head = next;
                    }
                }
                provided.bindings = null;
            }
            if (p instanceof ProvidedPort<?> provided) {
                // Keyed channels are indexed only in the provider's table, not in p.channels.
                List<Channel> keyed = new ArrayList<>();
                provided.collectKeyed(keyed);
                for (Channel channel : keyed) {
                    disconnect(channel);
                }
            }
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

    // ================================================================ internals for components

    @SuppressWarnings("unchecked")
    <P extends PortType> P portType(Class<P> type) {
        return (P) portTypes.computeIfAbsent(type, t -> {
            try {
                var ctor = t.getDeclaredConstructor();
                ctor.setAccessible(true);
                return (PortType) ctor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(
                        "port type " + t.getName() + " needs a public constructor without arguments", e);
            }
        });
    }

    HandlerTable.Registry handlerTables() {
        return handlerTables;
    }

    Constructors constructors() {
        return constructors;
    }
}

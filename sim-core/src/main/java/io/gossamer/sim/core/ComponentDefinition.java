package io.gossamer.sim.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Base class of every component, in the style of Kompics: a component declares the ports it
 * provides and requires (usually in field initializers), subscribes handlers to them, triggers
 * events on them, and may create, connect and destroy children.
 *
 * <pre>{@code
 * public final class Pinger extends ComponentDefinition {
 *     private final RequiredPort<Network> net = requires(Network.class);
 *
 *     public Pinger() {
 *         subscribe(net, Pong.class, Pinger::onPong);
 *     }
 *
 *     private void onPong(Pong pong) { ... trigger(new Ping(...), net); }
 * }
 * }</pre>
 *
 * <p>Components are created only through {@link #create(Class, Init)} or
 * {@link Simulation#createRoot(Class, Init, int)}, never with {@code new}. Everything runs on
 * the simulation's single thread: a handler runs to completion before the next event is
 * delivered, and events triggered by it are delivered in FIFO order at the same virtual time.
 *
 * <p>Lifecycle: a component starts with its parent (or at once if created under an active
 * parent); {@link #onStart()} runs before any held event is delivered. Stopping runs
 * {@link #onStop()} children first. A destroyed component is disconnected and silently drops
 * what still arrives.
 */
public abstract class ComponentDefinition implements Component {
    /**
     * Hands the simulation, parent and node to the constructor of the component being created
     * (the Kompics pattern). Armed and disarmed around each constructor call on the creating
     * thread only, so simulations on other threads never see it; one holder per thread is
     * reused, so creating a million components allocates nothing here.
     */
    private static final ThreadLocal<Construction> CONSTRUCTION = ThreadLocal.withInitial(Construction::new);

    /** What the next constructor on this thread takes (valid while {@code armed}). */
    private static final class Construction {
        Simulation sim;
        ComponentDefinition parent;
        int node;
        boolean armed;

        void set(Simulation sim, ComponentDefinition parent, int node, boolean armed) {
            this.sim = sim;
            this.parent = parent;
            this.node = node;
            this.armed = armed;
        }
    }

    final Simulation sim;
    final ComponentDefinition parent;
    final int node;
    ComponentState state = ComponentState.CREATED;
    Port<?> ports;
    /** Children in creation order; null until the first. */
    List<ComponentDefinition> children;
    /** Events that arrived before start: alternating port, event; null if none. */
    List<Object> held;

    /** Binds the new component to the simulation creating it (see the class comment). */
    protected ComponentDefinition() {
        Construction c = CONSTRUCTION.get();
        if (!c.armed) {
            throw new IllegalStateException(getClass().getName()
                    + " must be created with create(type, init) or Simulation.createRoot(...), not with new");
        }
        c.armed = false;
        this.sim = c.sim;
        this.parent = c.parent;
        this.node = c.node;
    }

    static <C extends ComponentDefinition> C instantiate(
            Simulation sim, ComponentDefinition parent, int node, Class<C> type, Init<C> init) {
        Construction c = CONSTRUCTION.get();
        // A constructor may create children: keep what an outer creation set and put it back.
        Simulation outerSim = c.sim;
        ComponentDefinition outerParent = c.parent;
        int outerNode = c.node;
        boolean outerArmed = c.armed;
        c.set(sim, parent, node, true);
        try {
            return sim.registry.constructors().newInstance(type, init);
        } finally {
            c.set(outerSim, outerParent, outerNode, outerArmed);
        }
    }

    // ---------------------------------------------------------------- ports

    /** Declares that this component provides the port type and returns its end. */
    protected final <P extends PortType> ProvidedPort<P> provides(Class<P> type) {
        ProvidedPort<P> port = new ProvidedPort<>(this, sim.registry.handlerTables().empty(sim.registry.portType(type)));
        link(port);
        return port;
    }

    /**
     * Declares that this component requires the port type and returns its end. If the node
     * host offers a service of that type (the network, the timer), the port is connected to it
     * at once.
     */
    protected final <P extends PortType> RequiredPort<P> requires(Class<P> type) {
        RequiredPort<P> port = new RequiredPort<>(this, sim.registry.handlerTables().empty(sim.registry.portType(type)));
        link(port);
        sim.registry.bindService(port, node);
        return port;
    }

    private void link(Port<?> port) {
        if (state == ComponentState.DESTROYED) {
            throw new IllegalStateException(path() + " is destroyed");
        }
        port.nextOfOwner = ports;
        ports = port;
    }

    @Override
    public final <P extends PortType> ProvidedPort<P> provided(Class<P> type) {
        return findPort(type, true);
    }

    @Override
    public final <P extends PortType> RequiredPort<P> required(Class<P> type) {
        return findPort(type, false);
    }

    /**
     * True if this component itself (not counting its children) provides the port type. See
     * {@link Ports} for a search of a whole tree.
     */
    public final boolean providesPort(Class<? extends PortType> type) {
        return portOrNull(type, true) != null;
    }

    private <P extends PortType, Q extends Port<P>> Q findPort(Class<P> type, boolean provided) {
        Q port = portOrNull(type, provided);
        if (port == null) {
            throw new IllegalArgumentException(
                    path() + " does not " + (provided ? "provide " : "require ") + type.getSimpleName());
        }
        return port;
    }

    /** The port of that type and direction (the last declared if several), or null. */
    @SuppressWarnings("unchecked")
    final <P extends PortType, Q extends Port<P>> Q portOrNull(Class<? extends PortType> type, boolean provided) {
        for (Port<?> p = ports; p != null; p = p.nextOfOwner) {
            if (p.type().getClass() == type && p.isProvided() == provided) {
                return (Q) p;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- handlers

    /**
     * Subscribes a handler for events of {@code eventType} (and subtypes) arriving at one of
     * this component's ports.
     *
     * @throws IllegalArgumentException if the port is not this component's or can never
     *     carry such events towards it
     */
    protected final <C extends ComponentDefinition, E> void subscribe(
            Port<?> port, Class<E> eventType, Handler<C, ? super E> handler) {
        checkOwnPort(port, "subscribe to");
        if (!port.type().canHandle(eventType, !port.isProvided())) {
            throw new IllegalArgumentException("cannot subscribe a handler of " + eventType.getName()
                    + " to the " + port + ": " + port.type() + " declares no such "
                    + (port.isProvided() ? "request" : "indication"));
        }
        port.table = sim.registry.handlerTables().with(port.table, eventType, handler);
        tableChanged(port);
    }

    /** Removes a subscription made with {@link #subscribe}; fails if there is none. */
    protected final <C extends ComponentDefinition, E> void unsubscribe(
            Port<?> port, Class<E> eventType, Handler<C, ? super E> handler) {
        checkOwnPort(port, "unsubscribe from");
        if (!port.table.contains(eventType, handler)) {
            throw new IllegalArgumentException("no such handler of " + eventType.getName() + " on the " + port);
        }
        port.table = sim.registry.handlerTables().without(port.table, eventType, handler);
        tableChanged(port);
    }

    /** A service binding keeps the bound port's handler table (see {@link PortRouting}): update it. */
    private void tableChanged(Port<?> port) {
        if (port instanceof RequiredPort<?> r && r.boundService != null) {
            r.boundService.tableChanged(r, node);
        }
    }

    // ---------------------------------------------------------------- events

    /**
     * Triggers {@code event} on one of this component's ports: a request on a required port,
     * an indication on a provided port. It is delivered over every channel of the port (by
     * key, for a provided port with a selector), after the current handler returns.
     *
     * <p>An indication is also shown to the run's observers of the port type
     * ({@link Simulation#observe}), at once, whether or not anything is connected.
     *
     * @throws IllegalArgumentException if the port type does not declare the event's class in
     *     that direction
     */
    protected final void trigger(Object event, Port<?> port) {
        checkOwnPort(port, "trigger on");
        Class<?> eventClass = event.getClass();
        if (!port.allowsOutgoing(eventClass)) {
            throw new IllegalArgumentException(path() + " triggered " + eventClass.getName() + " on its "
                    + (port.isProvided() ? "provided " : "required ") + port.type() + " port, but "
                    + port.type() + " declares it as no " + (port.isProvided() ? "indication" : "request")
                    + " (declared: requests " + names(port.type().requests()) + ", indications "
                    + names(port.type().indications()) + ")");
        }
        Kernel kernel = sim.kernel;
        if (port instanceof RequiredPort<?> required) {
            if (event instanceof DirectRequest direct) {
                direct.setOrigin(required);
            }
            if (required.boundService != null) {
                kernel.enqueue(required.boundService, event);
            }
            for (Channel c = required.channels; c != null; c = c.nextAtRequirer) {
                kernel.enqueue(c.provider, event);
            }
        } else {
            ProvidedPort<?> provided = (ProvidedPort<?>) port;
            for (Channel c = provided.channels; c != null; c = c.nextAtProvider) {
                kernel.enqueue(c.requirer, event);
            }
            ChannelSelector selector = provided.selector();
            if (selector != null) {
                int key = selector.key(event);
                for (Channel c = provided.keyedFirst(key); c != null; c = c.nextAtProvider) {
                    kernel.enqueue(c.requirer, event);
                }
            }
            IndicationObservers observers = provided.type().observers;
            if (observers != null) {
                observers.notify(node, event);
            }
        }
    }

    /**
     * Answers a direct request: delivers {@code response} only to the port the request came
     * from. The response must be an indication of that port's type; the run's observers of
     * that type see it too ({@link Simulation#observe}).
     */
    protected final void answer(DirectRequest request, Object response) {
        RequiredPort<?> origin = request.origin();
        if (origin == null) {
            throw new IllegalArgumentException("request " + request + " was never triggered");
        }
        sim.deliver(origin, response);
        IndicationObservers observers = origin.type().observers;
        if (observers != null) {
            observers.notify(node, response);
        }
    }

    private static String names(List<Class<?>> types) {
        List<String> names = new ArrayList<>();
        for (Class<?> t : types) {
            names.add(t.getSimpleName());
        }
        return names.toString();
    }

    private void checkOwnPort(Port<?> port, String what) {
        if (port.owner != this) {
            throw new IllegalArgumentException(path() + " cannot " + what + " the " + port
                    + ": components use their own ports");
        }
    }

    // ---------------------------------------------------------------- children

    /**
     * Creates a child component, passing {@code init} to its constructor. The child belongs
     * to this component's node, starts when this component starts, or at once if this
     * component is already active.
     */
    protected final <C extends ComponentDefinition> C create(Class<C> type, Init<C> init) {
        C child = instantiate(sim, this, node, type, init);
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(child);
        if (state == ComponentState.ACTIVE) {
            sim.runtime.enqueueLifecycle(child, ComponentRuntime.Lifecycle.START);
        }
        return child;
    }

    /** Connects a provided and a required end of the same port type. */
    protected final <P extends PortType> Channel connect(ProvidedPort<P> provider, RequiredPort<P> requirer) {
        return Channel.open(provider, requirer, Channel.NO_KEY);
    }

    /**
     * Connects the ends with a key: indications from the provider reach this channel only
     * when the provider's selector gives that key.
     */
    protected final <P extends PortType> Channel connect(ProvidedPort<P> provider, RequiredPort<P> requirer, int key) {
        return Channel.open(provider, requirer, key);
    }

    /** Disconnects a channel; events already under way still arrive. */
    protected final void disconnect(Channel channel) {
        channel.close();
    }

    /** Stops a child and destroys it (its subtree with it), after the current handler. */
    protected final void destroy(Component child) {
        if (!(child instanceof ComponentDefinition c) || c.parent != this) {
            throw new IllegalArgumentException(child.path() + " is not a child of " + path());
        }
        sim.runtime.enqueueLifecycle(c, ComponentRuntime.Lifecycle.KILL);
    }

    /** The children, in creation order. */
    public final List<Component> children() {
        return children == null ? List.of() : List.copyOf(children);
    }

    // ---------------------------------------------------------------- hooks

    /** Runs when the component starts, before any held event is delivered. */
    protected void onStart() throws Exception {
    }

    /** Runs when the component stops gracefully, after its children stopped. */
    protected void onStop() throws Exception {
    }

    /**
     * Offered a fault raised by one of this component's descendants (a component never sees
     * its own faults: its parent does); return true if handled, for example after destroying
     * the faulty child. The default passes it on to this component's parent.
     */
    protected boolean handleFault(Fault fault) {
        return false;
    }

    // ---------------------------------------------------------------- context

    /** The simulation this component lives in. */
    protected final Simulation simulation() {
        return sim;
    }

    /** Current virtual time in nanoseconds. */
    protected final long now() {
        return sim.now();
    }

    @Override
    public final int node() {
        return node;
    }

    @Override
    public final ComponentState state() {
        return state;
    }

    @Override
    public final String path() {
        String name = getClass().getSimpleName();
        if (name.isEmpty()) {
            name = getClass().getName();
        }
        return parent == null ? name : parent.path() + "/" + name;
    }

    @Override
    public String toString() {
        return path() + (node >= 0 ? "@" + node : "");
    }
}

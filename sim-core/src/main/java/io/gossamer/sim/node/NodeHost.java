package io.gossamer.sim.node;

import io.gossamer.sim.core.Component;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ComponentState;
import io.gossamer.sim.core.Fault;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.PortType;
import io.gossamer.sim.core.Ports;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.SimNetwork;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.timer.TimerService;
import java.util.Arrays;

/**
 * Hosts the nodes of a simulation: owns the simulated network and timer, starts nodes (a
 * component tree bound to an address), fails them (silent crash) and lets them leave
 * (graceful stop). Components of a node that require {@code Network} or {@code Timer} are
 * connected to the services automatically.
 */
public final class NodeHost {
    private final Simulation sim;
    private final SimNetwork network;
    private final TimerService timer;
    private ComponentDefinition[] roots = new ComponentDefinition[0];
    private Address[] addresses = new Address[0];
    /**
     * Ids of the running nodes, in no order; positions in {@link #livePosition}. Both are null
     * while the running nodes are exactly 0, 1, ..., live - 1, started in that order and none
     * stopped (every id is its own position): a million nodes started once need no 8 MB here.
     */
    private int[] liveIds;
    private int[] livePosition;
    private int live;
    /** The live ids in ascending order, or null until asked for after a change. */
    private int[] sortedLive;

    /** What to do with a fault that no component handled. */
    public enum FaultPolicy {
        /** Stop the run and report it (the default). */
        STOP_RUN,
        /** Fail the faulty node (silent crash) and go on; faults of no node still stop. */
        FAIL_NODE
    }

    /** Creates the services on {@code sim} with the given network model chain. */
    public NodeHost(Simulation sim, NetworkConfig config) {
        this.sim = sim;
        this.network = sim.createRoot(SimNetwork.class, new SimNetwork.Config(config), -1);
        this.timer = sim.createRoot(TimerService.class, Init.none(), -1);
        sim.start(network);
        sim.start(timer);
        sim.onRootDestroyed(this::rootDestroyed);
    }

    /** The simulation. */
    public Simulation simulation() {
        return sim;
    }

    /** The network service. */
    public SimNetwork network() {
        return network;
    }

    /** The timer service. */
    public TimerService timer() {
        return timer;
    }

    /** Sizes per-node tables for ids below {@code nodes} at once. */
    public void reserve(int nodes) {
        network.reserve(nodes);
        sim.reserveNodes(nodes);
        if (nodes > roots.length) {
            roots = Arrays.copyOf(roots, nodes);
            addresses = Arrays.copyOf(addresses, nodes);
        }
        if (liveIds != null && nodes > liveIds.length) {
            liveIds = Arrays.copyOf(liveIds, nodes);
        }
        if (livePosition != null && nodes > livePosition.length) {
            livePosition = Arrays.copyOf(livePosition, nodes);
        }
    }

    /** Sets the fault policy (see {@link FaultPolicy}). */
    public void setFaultPolicy(FaultPolicy policy) {
        sim.setFaultHandler(policy == FaultPolicy.STOP_RUN ? null : this::failFaultyNode);
    }

    private boolean failFaultyNode(Fault fault) {
        if (fault.node() >= 0 && isAlive(fault.node())) {
            fail(fault.node());
            return true;
        }
        return false;
    }

    /**
     * Starts a node: creates its root component of {@code type} with {@code init}, binds it to
     * the address and starts it (after the current handler, if any).
     *
     * @throws IllegalStateException if a live node already has that id
     */
    public <C extends ComponentDefinition> C start(Address address, Class<C> type, Init<C> init) {
        return start(address, null, type, init);
    }

    /** Starts a node with its own access link (see {@link #start(Address, Class, Init)}). */
    public <C extends ComponentDefinition> C start(
            Address address, LinkCapacity link, Class<C> type, Init<C> init) {
        int id = address.id();
        if (id < 0) {
            throw new IllegalArgumentException("node ids start at 0: " + address);
        }
        if (isAlive(id)) {
            throw new IllegalStateException("node " + id + " is already running");
        }
        if (id >= roots.length) {
            int n = Math.max(id + 1, roots.length + (roots.length >> 1) + 16);
            roots = Arrays.copyOf(roots, n);
            addresses = Arrays.copyOf(addresses, n);
        }
        network.setAlive(id, true);
        network.setNat(id, address.nat());
        if (link != null) {
            network.setCapacity(id, link);
        }
        addresses[id] = address;
        C root = sim.createRoot(type, init, id);
        roots[id] = root;
        addLive(id);
        sim.start(root);
        return root;
    }

    /**
     * Fails a node now: a silent crash. Its components are destroyed without running any
     * hook; messages under way to it are dropped when they arrive.
     */
    public void fail(int node) {
        ComponentDefinition root = liveRoot(node);
        network.setAlive(node, false);
        sim.crash(root);
    }

    /**
     * Lets a node leave gracefully: its components stop (their {@code onStop} hooks run and
     * may still send), then it is destroyed and counts as dead.
     */
    public void leave(int node) {
        sim.kill(liveRoot(node));
    }

    private ComponentDefinition liveRoot(int node) {
        if (!isAlive(node)) {
            throw new IllegalStateException("node " + node + " is not running");
        }
        return roots[node];
    }

    private void rootDestroyed(Component root) {
        int node = root.node();
        if (node >= 0 && node < roots.length && roots[node] == root) {
            network.setAlive(node, false);
            roots[node] = null;
            removeLive(node);
        }
    }

    private void addLive(int id) {
        if (liveIds == null) {
            if (id == live) {
                live++;
                sortedLive = null;
                return;
            }
            listLive();
        }
        if (live == liveIds.length) {
            liveIds = Arrays.copyOf(liveIds, live * 2);
        }
        if (id >= livePosition.length) {
            livePosition = Arrays.copyOf(livePosition, Math.max(id + 1, roots.length));
        }
        liveIds[live] = id;
        livePosition[id] = live;
        live++;
        sortedLive = null;
    }

    /** Leaves the compact form: lists the running nodes 0 .. live - 1 explicitly. */
    private void listLive() {
        liveIds = new int[Math.max(16, Math.max(live, roots.length))];
        livePosition = new int[Math.max(live, roots.length)];
        for (int i = 0; i < live; i++) {
            liveIds[i] = i;
            livePosition[i] = i;
        }
    }

    private void removeLive(int id) {
        if (liveIds == null) {
            listLive();
        }
        int at = livePosition[id];
        int last = liveIds[--live];
        liveIds[at] = last;
        livePosition[last] = at;
        sortedLive = null;
    }

    /**
     * A running node drawn uniformly with {@code random}, in O(1); -1 if none runs. Which id
     * a draw gives depends only on the order in which nodes started and stopped, so it is
     * deterministic.
     */
    public int randomLiveNode(RandomStream random) {
        if (live == 0) {
            return -1;
        }
        int at = random.nextInt(live);
        return liveIds == null ? at : liveIds[at];
    }

    /** The ids of the running nodes, in ascending order (a new array). */
    public int[] liveNodes() {
        return sortedLive().clone();
    }

    /**
     * The {@code i}-th running node in ascending id order, {@code 0 <= i < liveCount()}: O(1)
     * while nodes neither start nor stop (the sorted order is rebuilt once after a change).
     */
    public int liveNodeAt(int i) {
        return sortedLive()[i];
    }

    private int[] sortedLive() {
        if (sortedLive == null) {
            int[] ids = new int[live];
            if (liveIds == null) {
                Arrays.setAll(ids, i -> i);
            } else {
                System.arraycopy(liveIds, 0, ids, 0, live);
                Arrays.sort(ids);
            }
            sortedLive = ids;
        }
        return sortedLive;
    }

    /** True if the node is running. */
    public boolean isAlive(int node) {
        return node >= 0 && node < roots.length && roots[node] != null
                && roots[node].state() != ComponentState.DESTROYED;
    }

    /** Number of running nodes. */
    public int liveCount() {
        return live;
    }

    /** The address a node was started with, or {@code null}. */
    public Address address(int node) {
        return node >= 0 && node < addresses.length ? addresses[node] : null;
    }

    // ------------------------------------------------------------------ ports of a node

    /**
     * The provided port of {@code portType} in a running node's tree: the root's if it
     * provides it, else the first child that does, depth first in creation order.
     *
     * @throws IllegalStateException if the node is not running
     * @throws IllegalArgumentException if no component of the node provides the port type
     */
    public <P extends PortType> ProvidedPort<P> port(int node, Class<P> portType) {
        ProvidedPort<P> port = Ports.find(liveRoot(node), portType);
        if (port == null) {
            throw new IllegalArgumentException("node " + node + " (" + roots[node].path() + ") provides no "
                    + portType.getSimpleName() + " port; it provides " + names(Ports.providedTypes(roots[node])));
        }
        return port;
    }

    /**
     * Like {@link #port(int, Class)}, but null if the node is not running or provides no such
     * port.
     */
    public <P extends PortType> ProvidedPort<P> portOrNull(int node, Class<P> portType) {
        return isAlive(node) ? Ports.find(roots[node], portType) : null;
    }

    /** True if the node is running and some component of it provides {@code portType}. */
    public boolean provides(int node, Class<? extends PortType> portType) {
        return isAlive(node) && Ports.provides(roots[node], portType);
    }

    /**
     * The component of a running node that provides {@code portType} (see
     * {@link #port(int, Class)}), e.g. for a metric that reads a snapshot of protocol state
     * when it samples.
     *
     * @throws IllegalStateException if the node is not running
     * @throws IllegalArgumentException if no component of the node provides the port type
     */
    public ComponentDefinition provider(int node, Class<? extends PortType> portType) {
        return (ComponentDefinition) port(node, portType).owner();
    }

    /**
     * Delivers {@code request} to a running node's provided port of {@code portType}, as a
     * zero-delay delivery: the same as {@code simulation().deliver(port(node, portType),
     * request)}, so it runs after the current handler, in FIFO order with other deliveries.
     *
     * @throws IllegalStateException if the node is not running
     * @throws IllegalArgumentException if no component of the node provides the port type, or
     *     the port type declares no such request
     */
    public <P extends PortType> void inject(int node, Class<P> portType, Object request) {
        if (request == null) {
            throw new IllegalArgumentException("no request to inject into node " + node);
        }
        sim.deliver(port(node, portType), request);
    }

    private static String names(java.util.List<Class<? extends PortType>> types) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Class<?> t : types) {
            names.add(t.getSimpleName());
        }
        return names.toString();
    }

    /** The root component of a running node, or {@code null}. */
    public Component root(int node) {
        return isAlive(node) ? roots[node] : null;
    }
}

package io.gossamer.kompics.runtime;

import io.gossamer.kompics.BridgeRuntime;
import io.gossamer.kompics.spi.KompicsNodeFactory;
import io.gossamer.kompics.spi.NodeContext;
import io.gossamer.kompics.spi.NodeDefinition;
import io.gossamer.kompics.spi.SimAddress;
import io.gossamer.sim.core.Component;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.Transport;
import io.gossamer.sim.node.NodeHost;
import java.util.Map;
import se.sics.kompics.ComponentCore;
import se.sics.kompics.Fault;
import se.sics.kompics.Kompics;
import se.sics.kompics.network.Msg;

/**
 * The Kompics runtime of one run, loaded in the run's own class loader: it installs the
 * {@link SimScheduler} and the determinism hooks, creates Kompics' main component
 * ({@link BridgeRoot}) and makes, kills and destroys the Kompics tree of each node.
 */
public final class KompicsRuntime implements BridgeRuntime {
    private final NodeHost host;
    private final KompicsNodeFactory factory;
    private final SimScheduler scheduler = new SimScheduler();
    private final boolean streams;
    private BridgeRoot root;
    private Fault bridgeFault;
    private int nodesCreated;

    /** Called reflectively by {@code KompicsBridge.attach}. */
    public KompicsRuntime(NodeHost host, String factoryClass) {
        this.host = host;
        Determinism.install(host.simulation());
        this.factory = loadFactory(factoryClass);
        this.streams = factory.streamsOverConnections();
        Kompics.setScheduler(scheduler);
        Kompics.setFaultHandler(this::unhandled);
        Kompics.createAndStart(BridgeRoot.class, new BridgeRoot.Setup(this));
        scheduler.drain();
        if (root == null) {
            throw new IllegalStateException("Kompics did not create the bridge's root component");
        }
        host.simulation().onRootDestroyed(this::rootDestroyed);
    }

    private KompicsNodeFactory loadFactory(String name) {
        Class<?> type;
        try {
            type = Class.forName(name, true, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Kompics node factory " + name + " not found on the class path", e);
        }
        if (!KompicsNodeFactory.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(name + " does not implement " + KompicsNodeFactory.class.getName());
        }
        try {
            return (KompicsNodeFactory) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create Kompics node factory " + name
                    + " (it needs a public constructor without arguments): " + e, e);
        }
    }

    private Fault.ResolveAction unhandled(Fault fault) {
        // Faults of a node's components are handed to the node by BridgeRoot; one that gets
        // past it is the bridge's own and must stop the run.
        bridgeFault(fault);
        return Fault.ResolveAction.IGNORE;
    }

    void bridgeFault(Fault fault) {
        if (bridgeFault == null) {
            bridgeFault = fault;
        }
    }

    /** Throws a fault of no node's components, if one happened (after a drain). */
    void throwBridgeFault() {
        if (bridgeFault != null) {
            Fault f = bridgeFault;
            bridgeFault = null;
            throw new IllegalStateException("fault in the Kompics bridge: " + f, f.getCause());
        }
    }

    void rootCreated(BridgeRoot bridgeRoot) {
        this.root = bridgeRoot;
    }

    @Override
    public void start(Address address, LinkCapacity link, Map<String, Object> params) {
        host.start(address, link, KompicsNode.class, new KompicsNode.Config(address, this, params));
    }

    BridgeRoot.Tree createKompicsNode(KompicsNode node, Map<String, Object> params) {
        int id = node.address().id();
        NodeDefinition<?> definition = factory.define(new NodeContext(id, SimAddress.of(id), params));
        if (definition == null) {
            throw new IllegalStateException(factory.getClass().getName() + " defined no component for node " + id);
        }
        nodesCreated++;
        return root.createNode(node, definition);
    }

    void stopKompicsNode(BridgeRoot.Tree tree) {
        root.stopUser(tree);
    }

    void killKompicsNode(BridgeRoot.Tree tree) {
        root.kill(tree);
    }

    void destroyKompicsNode(BridgeRoot.Tree tree) {
        root.destroyNode(tree);
        drain();
    }

    private void rootDestroyed(Component component) {
        if (component instanceof KompicsNode node) {
            node.crashed();
        }
    }

    void drain() {
        scheduler.drain();
    }

    Address addressOf(int node) {
        Address known = host.address(node);
        return known != null ? known : Address.of(node);
    }

    int sizeOf(Msg<?, ?> message) {
        return factory.sizeOf(message);
    }

    Transport streamTransport() {
        return streams ? Transport.STREAM : Transport.DATAGRAM;
    }

    @Override
    public long executions() {
        return scheduler.executions();
    }

    @Override
    public int nodesCreated() {
        return nodesCreated;
    }

    @Override
    public void close() {
        // Thread-locals of this loader's classes would otherwise keep the loader alive.
        ComponentCore.parentThreadLocal.remove();
        ComponentCore.childUpdate.remove();
        scheduler.shutdown();
    }
}

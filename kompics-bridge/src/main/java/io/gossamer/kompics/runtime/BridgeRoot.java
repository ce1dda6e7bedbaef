package io.gossamer.kompics.runtime;

import io.gossamer.kompics.spi.NodeDefinition;
import java.util.IdentityHashMap;
import java.util.Map;
import se.sics.kompics.Channel;
import se.sics.kompics.Component;
import se.sics.kompics.ComponentCore;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Fault;
import se.sics.kompics.Init;
import se.sics.kompics.Kill;
import se.sics.kompics.Start;
import se.sics.kompics.Stop;
import se.sics.kompics.config.Config;
import se.sics.kompics.config.ConfigUpdate;
import se.sics.kompics.network.Network;
import se.sics.kompics.timer.Timer;

/**
 * Kompics' main component in a run. Each node is two of its children: the node's
 * {@link NodeAdapter} and the user's component, connected through the user's required
 * {@code Network} and {@code Timer} ports. Nodes are created, stopped and destroyed on the
 * simulation's thread, between handlers; faults of a node's components end here and are
 * handed to the node, which reports them to Gossamer.
 */
public final class BridgeRoot extends ComponentDefinition {
    /** The node of each user component (looked up, never iterated). */
    private final Map<ComponentCore, KompicsNode> nodes = new IdentityHashMap<>();

    /** A node's two components. */
    record Tree(Component adapter, Component user) {
    }

    /** Hands the runtime to the root Kompics creates. */
    public static final class Setup extends Init<BridgeRoot> {
        final KompicsRuntime runtime;

        Setup(KompicsRuntime runtime) {
            this.runtime = runtime;
        }
    }

    private final KompicsRuntime runtime;

    /** Called by Kompics (through {@code Kompics.createAndStart}). */
    public BridgeRoot(Setup setup) {
        this.runtime = setup.runtime;
        runtime.rootCreated(this);
    }

    Tree createNode(KompicsNode node, NodeDefinition<?> definition) {
        Component adapter = create(NodeAdapter.class, new NodeAdapter.Setup(node));
        node.adapter((NodeAdapter) adapter.getComponent());
        Component user = createUser(definition);
        if (requires(user, Network.class)) {
            connect(adapter.getPositive(Network.class), user.getNegative(Network.class), Channel.TWO_WAY);
        }
        if (requires(user, Timer.class)) {
            connect(adapter.getPositive(Timer.class), user.getNegative(Timer.class), Channel.TWO_WAY);
        }
        nodes.put((ComponentCore) user, node);
        trigger(Start.EVENT, adapter.control());
        trigger(Start.EVENT, user.control());
        return new Tree(adapter, user);
    }

    private Component createUser(NodeDefinition<?> definition) {
        ConfigUpdate update = null;
        if (!definition.config().isEmpty()) {
            Config.Builder builder = config().modify(id());
            for (Map.Entry<String, Object> e : definition.config().entrySet()) {
                builder.setValue(e.getKey(), e.getValue());
            }
            update = builder.finalise();
        }
        return createChild(definition.type(), definition.init(), update);
    }

    private <T extends ComponentDefinition> Component createChild(Class<T> type, Init<?> init, ConfigUpdate update) {
        if (init instanceof Init.None none) {
            return update == null ? create(type, none) : create(type, none, update);
        }
        @SuppressWarnings("unchecked")
        Init<T> typed = (Init<T>) init;
        return update == null ? create(type, typed) : create(type, typed, update);
    }

    private static boolean requires(Component c, Class<? extends se.sics.kompics.PortType> type) {
        try {
            return c.getNegative(type) != null;
        } catch (RuntimeException noSuchPort) {
            return false;
        }
    }

    /**
     * Graceful, in two steps the caller settles in between: first the user's component stops
     * (its Stop handlers run and may still send, since the adapter still runs), then both are
     * killed.
     */
    void stopUser(Tree tree) {
        trigger(Stop.EVENT, tree.user().control());
    }

    /** After {@link #stopUser}: the user's component is passive now, so it is destroyed. */
    void kill(Tree tree) {
        nodes.remove((ComponentCore) tree.user());
        destroy(tree.user());
        trigger(Kill.EVENT, tree.adapter().control());
    }

    /** Silent: destroys the node's components without running any handler. */
    void destroyNode(Tree tree) {
        nodes.remove((ComponentCore) tree.user());
        destroy(markPassive(tree.user()));
        destroy(markPassive(tree.adapter()));
    }

    /**
     * Kompics logs a warning for each active component destroyed; a crash destroys active
     * components on purpose, so mark them passive first (Kompics offers no public way).
     */
    private static Component markPassive(Component c) {
        try {
            java.lang.reflect.Field state = ComponentCore.class.getDeclaredField("state");
            state.setAccessible(true);
            state.set(c, Component.State.PASSIVE);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Only the warning is lost.
        }
        return c;
    }

    @Override
    public Fault.ResolveAction handleFault(Fault fault) {
        // Walk up from the failed component to the node's top component, a child of this root.
        ComponentCore self = getComponentCore();
        for (ComponentCore c = (ComponentCore) fault.getSourceCore(); c != null; c = c.getParent()) {
            if (c.getParent() == self) {
                KompicsNode node = nodes.get(c);
                if (node == null && c.getComponent() instanceof NodeAdapter adapter) {
                    node = adapter.node();
                }
                if (node != null) {
                    node.kompicsFault(fault);
                    return Fault.ResolveAction.IGNORE;
                }
            }
        }
        // Not a node's (or no longer one): the bridge's own fault; the run stops at once.
        runtime.bridgeFault(fault);
        return Fault.ResolveAction.IGNORE;
    }
}

package io.gossamer.kompics.runtime;

import io.gossamer.kompics.spi.NodeDefinition;
import java.util.Map;
import se.sics.kompics.Component;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Fault;
import se.sics.kompics.Init;
import se.sics.kompics.Stop;
import se.sics.kompics.config.Config;
import se.sics.kompics.config.ConfigUpdate;
import se.sics.kompics.network.Network;
import se.sics.kompics.timer.Timer;

/**
 * One node's Kompics tree: the user's component beside the node's {@link NetworkAdapter} and
 * {@link TimerAdapter}, connected to its required {@code Network} and {@code Timer} ports. It
 * catches the faults of its children and hands them to the node, which reports them to
 * Gossamer naming the node.
 */
public final class NodeShell extends ComponentDefinition {
    private final KompicsNode node;
    private final Component user;

    /** The node and what it runs. */
    public static final class Setup extends Init<NodeShell> {
        final KompicsNode node;
        final NodeDefinition<?> definition;

        Setup(KompicsNode node, NodeDefinition<?> definition) {
            this.node = node;
            this.definition = definition;
        }
    }

    /** Called by Kompics. */
    public NodeShell(Setup setup) {
        this.node = setup.node;
        NodeDefinition<?> definition = setup.definition;
        Component network = create(NetworkAdapter.class, new NetworkAdapter.Setup(node));
        Component timer = create(TimerAdapter.class, new TimerAdapter.Setup(node));
        node.adapters((NetworkAdapter) network.getComponent(), (TimerAdapter) timer.getComponent());
        user = createUser(definition);
        if (requires(user, Network.class)) {
            connect(network.getPositive(Network.class), user.getNegative(Network.class));
        }
        if (requires(user, Timer.class)) {
            connect(timer.getPositive(Timer.class), user.getNegative(Timer.class));
        }
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
     * Stops the user's component alone first, so that its Stop handlers still find the
     * node's network and timer running; the bridge kills the shell once that has settled.
     */
    void stopUser() {
        trigger(Stop.event, user.control());
    }

    @Override
    public Fault.ResolveAction handleFault(Fault fault) {
        node.kompicsFault(fault);
        return Fault.ResolveAction.IGNORE;
    }
}

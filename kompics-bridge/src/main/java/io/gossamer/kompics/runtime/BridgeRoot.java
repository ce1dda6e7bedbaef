package io.gossamer.kompics.runtime;

import io.gossamer.kompics.spi.NodeDefinition;
import se.sics.kompics.Component;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Init;
import se.sics.kompics.Kill;
import se.sics.kompics.Start;

/**
 * Kompics' main component in a run: the parent of one {@link NodeShell} per node. Nodes are
 * created, killed and destroyed on the simulation's thread, between handlers.
 */
public final class BridgeRoot extends ComponentDefinition {

    /** Hands the runtime to the root Kompics creates. */
    public static final class Setup extends Init<BridgeRoot> {
        final KompicsRuntime runtime;

        Setup(KompicsRuntime runtime) {
            this.runtime = runtime;
        }
    }

    /** Called by Kompics (through {@code Kompics.createAndStart}). */
    public BridgeRoot(Setup setup) {
        setup.runtime.rootCreated(this);
    }

    Component createNode(KompicsNode node, NodeDefinition<?> definition) {
        Component shell = create(NodeShell.class, new NodeShell.Setup(node, definition));
        trigger(Start.event, shell.control());
        return shell;
    }

    /**
     * Graceful, in two steps the caller settles in between: first the user's component
     * (its Stop handlers run and may still send), then the node's shell and adapters.
     */
    void stopUser(Component shell) {
        ((NodeShell) shell.getComponent()).stopUser();
    }

    void killShell(Component shell) {
        trigger(Kill.event, shell.control());
    }

    /** Silent: destroys the node's components without running any handler. */
    void destroyNode(Component shell) {
        destroy(shell);
    }
}

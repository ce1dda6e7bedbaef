package io.gossamer.cli;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.PortType;
import io.gossamer.sim.core.ProvidedPort;
import java.util.List;

/**
 * A protocol registered only on the test class path (as a library user would register theirs)
 * whose nodes throw when asked to broadcast: to see a fault inside a run end with status 1.
 */
public final class FaultyProtocol extends BaseProvider implements ProtocolProvider {
    /** Registered with ServiceLoader on the test class path. */
    public FaultyProtocol() {
        super("test-faulty", "throws on every broadcast (tests only)");
    }

    @Override
    public List<Class<? extends PortType>> provides() {
        return List.of(Broadcast.class);
    }

    @Override
    public NodeStack create(Params params, RunSetup setup) {
        return (address, link) -> setup.host().start(address, link, Node.class, new Node.Init());
    }

    /** A node that fails on broadcast requests. */
    public static final class Node extends ComponentDefinition {
        private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);

        /** No parameters. */
        public record Init() implements io.gossamer.sim.core.Init<Node> {
        }

        /** Creates it. */
        public Node(Init init) {
            subscribe(broadcast, BroadcastRequest.class, Node::onBroadcast);
        }

        private void onBroadcast(BroadcastRequest request) {
            throw new IllegalStateException("this node cannot broadcast " + request.sizeBytes() + " bytes");
        }
    }
}

package io.gossamer.cli;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;

/**
 * A protocol registered only on the test class path (as a library user would register theirs)
 * whose nodes throw when asked to broadcast: to see a fault inside a run end with status 1.
 */
public final class FaultyProtocol implements ProtocolProvider {
    @Override
    public String name() {
        return "test-faulty";
    }

    @Override
    public String description() {
        return "throws on every broadcast (tests only)";
    }

    @Override
    public List<Param> parameters() {
        return List.of();
    }

    @Override
    public boolean broadcasts() {
        return true;
    }

    @Override
    public boolean needsOverlay(Params params) {
        return false;
    }

    @Override
    public NodeStack create(Params params, RunSetup setup) {
        return new NodeStack() {
            @Override
            public void start(Address address, LinkCapacity link) {
                setup.host().start(address, link, Node.class, new Node.Init());
            }

            @Override
            public void broadcast(int node, int sizeBytes) {
                ComponentDefinition root = (ComponentDefinition) setup.host().root(node);
                setup.simulation().deliver(root.provided(Broadcast.class), new BroadcastRequest(sizeBytes));
            }
        };
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

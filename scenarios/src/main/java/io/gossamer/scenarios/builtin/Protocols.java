package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.flood.Flooding;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;

/** The protocol stacks a scenario can name ({@code nodes[].protocol}). */
public final class Protocols {
    private Protocols() {
    }

    /** Flooding gossip over the scenario's overlay. */
    public static final class Flood implements ProtocolProvider {
        @Override
        public String name() {
            return "flood";
        }

        @Override
        public String description() {
            return "flooding gossip over the overlay: forward each new message to all neighbours but the sender";
        }

        @Override
        public List<Param> parameters() {
            return List.of(Param.optional("ttl", Kind.INTEGER, "0", "largest number of hops a message travels (0: no limit)"));
        }

        @Override
        public boolean broadcasts() {
            return true;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return true;
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            int ttl = params.intValue("ttl", 0);
            Flooding.Setup shared = new Flooding.Setup(new io.gossamer.protocols.neighbours.OverlayNeighbours(setup.overlay()), setup.dissemination(), ttl == 0 ? Integer.MAX_VALUE : ttl,
                    setup.headerBytes());
            return new NodeStack() {
                @Override
                public void start(Address address, LinkCapacity link) {
                    setup.host().start(address, link, Flooding.class, new Flooding.Init(address, shared));
                }

                @Override
                public void broadcast(int node, int sizeBytes) {
                    ComponentDefinition root = (ComponentDefinition) setup.host().root(node);
                    setup.simulation().deliver(root.provided(Broadcast.class), new BroadcastRequest(sizeBytes));
                }
            };
        }
    }

    /** Nodes that run nothing: for scenarios about membership only (joins, churn). */
    public static final class Idle implements ProtocolProvider {
        @Override
        public String name() {
            return "idle";
        }

        @Override
        public String description() {
            return "nodes that run no protocol (for scenarios about joins, churn and failures alone)";
        }

        @Override
        public List<Param> parameters() {
            return List.of();
        }

        @Override
        public boolean broadcasts() {
            return false;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return false;
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            return (address, link) -> setup.host().start(address, link, IdleNode.class, new IdleNode.Init());
        }
    }

    /** A node with no behaviour. */
    public static final class IdleNode extends ComponentDefinition {
        /** No parameters. */
        public record Init() implements io.gossamer.sim.core.Init<IdleNode> {
        }

        /** Creates it. */
        public IdleNode(Init init) {
            // Nothing to do: the node only exists.
        }
    }
}

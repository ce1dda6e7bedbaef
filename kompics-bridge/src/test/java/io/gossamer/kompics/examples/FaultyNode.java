package io.gossamer.kompics.examples;

import java.util.List;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Handler;
import se.sics.kompics.Init;
import se.sics.kompics.Positive;
import se.sics.kompics.Start;
import se.sics.kompics.network.Address;
import se.sics.kompics.network.Network;

/**
 * Sends a ping to its peers at start and throws when it receives one; it reads its fault
 * message from its Kompics config ({@code faulty.message}).
 */
public final class FaultyNode extends ComponentDefinition {
    private final Positive<Network> net = requires(Network.class);
    private final Setup setup;

    /** The node's address and peers. */
    public static final class Setup extends Init<FaultyNode> {
        final Address self;
        final List<Address> peers;

        public Setup(Address self, List<Address> peers) {
            this.self = self;
            this.peers = peers;
        }
    }

    public FaultyNode(Setup setup) {
        this.setup = setup;
        subscribe(onStart, control);
        subscribe(onPing, net);
    }

    private final Handler<Start> onStart = new Handler<>() {
        @Override
        public void handle(Start event) {
            for (Address peer : setup.peers) {
                trigger(new Message.Ping(setup.self, peer, 1, 0), net);
            }
        }
    };

    private final Handler<Message.Ping> onPing = new Handler<>() {
        @Override
        public void handle(Message.Ping ping) {
            throw new IllegalStateException(config().getValueOrDefault("faulty.message", "no message configured"));
        }
    };
}

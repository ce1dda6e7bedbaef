package io.gossamer.kompics.runtime;

import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Init;
import se.sics.kompics.Negative;
import se.sics.kompics.network.MessageNotify;
import se.sics.kompics.network.Msg;
import se.sics.kompics.network.Network;

/**
 * Provides Kompics' {@code Network} port to one node's components over Gossamer's simulated
 * network: a {@code Msg} triggered on it is sent by the node's {@link KompicsNode}, and a
 * message arriving there is triggered here. {@code MessageNotify.Req} is answered as soon as
 * the message is handed to the network (a delivery notification is not supported).
 */
public final class NetworkAdapter extends ComponentDefinition {
    private final Negative<Network> network = provides(Network.class);
    private final KompicsNode node;

    /** The node whose network this is. */
    public static final class Setup extends Init<NetworkAdapter> {
        final KompicsNode node;

        Setup(KompicsNode node) {
            this.node = node;
        }
    }

    /** Called by Kompics. */
    public NetworkAdapter(Setup setup) {
        this.node = setup.node;
        handle(network, Msg.class, this::send);
        handle(network, MessageNotify.Req.class, this::sendAndNotify);
    }

    private void send(Msg<?, ?> message) {
        node.send(message);
    }

    private void sendAndNotify(MessageNotify.Req request) {
        node.send(request.msg);
        long now = System.currentTimeMillis();
        request.prepareResponse(now, true, System.nanoTime());
        answer(request);
    }

    /** Hands a message that arrived at the node to its components. */
    void deliver(Msg<?, ?> message) {
        trigger(message, network);
    }
}

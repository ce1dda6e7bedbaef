package io.gossamer.kompics.runtime;

import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Init;
import se.sics.kompics.Negative;
import se.sics.kompics.network.MessageNotify;
import se.sics.kompics.network.Msg;
import se.sics.kompics.network.Network;
import se.sics.kompics.timer.CancelPeriodicTimeout;
import se.sics.kompics.timer.CancelTimeout;
import se.sics.kompics.timer.SchedulePeriodicTimeout;
import se.sics.kompics.timer.ScheduleTimeout;
import se.sics.kompics.timer.Timeout;
import se.sics.kompics.timer.Timer;

/**
 * Provides Kompics' {@code Network} and {@code Timer} ports to one node's components, over
 * Gossamer's network and timer (through the node's {@link KompicsNode}). One component for
 * both keeps a node at two Kompics components (this and the user's).
 *
 * <p>Network: a {@code Msg} triggered here is sent; a message that arrives is triggered here.
 * {@code MessageNotify.Req} is answered as soon as the message is handed to the network (a
 * delivery notification is not supported). Timer: delays and periods are Kompics
 * milliseconds; a periodic timeout is delivered as a fresh clone at each period, as Kompics'
 * own timers do.
 */
public final class NodeAdapter extends ComponentDefinition {
    private final Negative<Network> network = provides(Network.class);
    private final Negative<Timer> timer = provides(Timer.class);
    private final KompicsNode node;

    /** The node whose network and timer this is. */
    public static final class Setup extends Init<NodeAdapter> {
        final KompicsNode node;

        Setup(KompicsNode node) {
            this.node = node;
        }
    }

    /** Called by Kompics. */
    public NodeAdapter(Setup setup) {
        this.node = setup.node;
        handle(network, Msg.class, node::send);
        handle(network, MessageNotify.Req.class, this::sendAndNotify);
        handle(timer, ScheduleTimeout.class,
                s -> node.schedule(checked(s.getTimeoutEvent(), "ScheduleTimeout"), s.getDelay(), 0));
        handle(timer, SchedulePeriodicTimeout.class,
                s -> node.schedule(checked(s.getTimeoutEvent(), "SchedulePeriodicTimeout"), s.getDelay(), s.getPeriod()));
        handle(timer, CancelTimeout.class, c -> node.cancel(c.getTimeoutId()));
        handle(timer, CancelPeriodicTimeout.class, c -> node.cancel(c.getTimeoutId()));
    }

    private void sendAndNotify(MessageNotify.Req request) {
        node.send(request.msg);
        request.prepareResponse(System.currentTimeMillis(), true, System.nanoTime());
        answer(request);
    }

    private static Timeout checked(Timeout timeout, String request) {
        if (timeout == null) {
            throw new IllegalArgumentException(request + " without a timeout event (call setTimeoutEvent first)");
        }
        return timeout;
    }

    KompicsNode node() {
        return node;
    }

    /** Hands a message that arrived at the node to its components. */
    void deliver(Msg<?, ?> message) {
        trigger(message, network);
    }

    /** Fires a timeout at the component that asked for it. */
    void fire(Timeout timeout, boolean periodic) {
        Timeout event = timeout;
        if (periodic) {
            try {
                event = (Timeout) timeout.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("periodic timeout " + timeout + " cannot be cloned", e);
            }
        }
        trigger(event, timer);
    }
}

package io.gossamer.protocols.pubsub;

import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Connect;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.timer.ScheduleTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;

/**
 * A client of centralized pub/sub:
 * <pre>
 * on start:               open a connection to the broker (retry every second until it is
 *                         known); send Subscribe over it
 * on broadcast(payload):  deliver locally; send Publish(payload) to the broker
 * on Notification(m):     deliver m
 * on leave:               send Unsubscribe
 * </pre>
 * Every message travels over the connection to the broker, as over ZeroMQ's TCP sockets:
 * loss on the network delays a subscription or a notification (the network resends the lost
 * copy) but never loses it. If the broker is dead, the connection fails and nothing arrives.
 */
public final class Subscriber extends ComponentDefinition {
    private static final long RETRY = Time.SECOND;

    private final RequiredPort<Network> net = requires(Network.class);
    private final RequiredPort<Timer> timer = requires(Timer.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    private final Address self;
    private final Setup setup;
    private Address broker;

    /**
     * What all subscribers of a run share.
     *
     * @param directory where the broker's address is found
     * @param headerBytes bytes every message adds to its payload
     */
    public record Setup(WellKnownAddress directory, int headerBytes) {
    }

    /**
     * One subscriber's parameters.
     *
     * @param self its address
     * @param setup the shared part
     */
    public record Init(Address self, Setup setup) implements io.gossamer.sim.core.Init<Subscriber> {
    }

    /** Timer tick to look for the broker again. */
    static final class Retry extends Timeout {
    }

    /** Creates the client. */
    public Subscriber(Init init) {
        this.self = init.self();
        this.setup = init.setup();
        subscribe(broadcast, BroadcastRequest.class, Subscriber::onBroadcast);
        subscribe(net, PubSubMessages.Notification.class, Subscriber::onNotification);
        subscribe(timer, Retry.class, Subscriber::onRetry);
    }

    @Override
    protected void onStart() {
        onRetry(null);
    }

    @Override
    protected void onStop() {
        if (broker != null) {
            trigger(new PubSubMessages.Unsubscribe(self, broker, setup.headerBytes()), net);
        }
    }

    private void onRetry(Retry tick) {
        broker = setup.directory().get();
        if (broker == null) {
            trigger(new ScheduleTimeout(RETRY, new Retry()), timer);
        } else if (broker.id() != self.id()) {
            trigger(new Connect(self, broker), net);
            trigger(new PubSubMessages.Subscribe(self, broker, setup.headerBytes()), net);
        }
    }

    private void onBroadcast(BroadcastRequest request) {
        int id = request.message();
        trigger(new BroadcastDelivery(id, self.id(), now(), 0), broadcast);
        Address to = broker != null ? broker : setup.directory().get();
        if (to != null) {
            trigger(new PubSubMessages.Publish(self, to, id, now(), request.sizeBytes() + setup.headerBytes()), net);
        }
    }

    private void onNotification(PubSubMessages.Notification m) {
        // Two hops: publisher to broker, broker to here.
        trigger(new BroadcastDelivery(m.id, m.origin, m.createdAt, 2), broadcast);
    }
}

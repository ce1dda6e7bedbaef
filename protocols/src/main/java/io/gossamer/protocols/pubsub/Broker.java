package io.gossamer.protocols.pubsub;

import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The broker of centralized pub/sub:
 * <pre>
 * on Subscribe from s:     subscribers += s
 * on Unsubscribe from s:   subscribers -= s
 * on Publish(m) from p:    send m to every subscriber but p
 * </pre>
 * Every notification leaves through the broker's own uplink, so with uplink B, N subscribers
 * and messages of s bytes the last one leaves about N*s/B after the first; when the broker
 * fails, nothing is delivered any more. Subscribers hold a connection to the broker and
 * every message travels over those connections (see {@link Subscriber}).
 */
public final class Broker extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final Address self;
    private final BitSet subscribed = new BitSet();
    private int[] subscribers = new int[16];
    private int count;

    /**
     * The broker's parameters.
     *
     * @param self its address
     * @param directory where subscribers look it up
     */
    public record Init(Address self, WellKnownAddress directory)
            implements io.gossamer.sim.core.Init<Broker> {
    }

    /** Creates the broker and makes its address known. */
    public Broker(Init init) {
        this.self = init.self();
        init.directory().register(self);
        subscribe(net, PubSubMessages.Subscribe.class, Broker::onSubscribe);
        subscribe(net, PubSubMessages.Unsubscribe.class, Broker::onUnsubscribe);
        subscribe(net, PubSubMessages.Publish.class, Broker::onPublish);
    }

    private void onSubscribe(PubSubMessages.Subscribe m) {
        int s = m.source().id();
        if (!subscribed.get(s)) {
            subscribed.set(s);
            if (count == subscribers.length) {
                subscribers = Arrays.copyOf(subscribers, count * 2);
            }
            subscribers[count++] = s;
        }
    }

    private void onUnsubscribe(PubSubMessages.Unsubscribe m) {
        int s = m.source().id();
        if (subscribed.get(s)) {
            subscribed.clear(s);
            for (int i = 0; i < count; i++) {
                if (subscribers[i] == s) {
                    System.arraycopy(subscribers, i + 1, subscribers, i, count - i - 1);
                    count--;
                    break;
                }
            }
        }
    }

    private void onPublish(PubSubMessages.Publish m) {
        int origin = m.source().id();
        int copies = count - (subscribed.get(origin) ? 1 : 0);
        if (copies == 0) {
            return;
        }
        // Subscribers are served in the order they subscribed, through the broker's uplink queue.
        // A copy: the list may change before the network has walked it.
        trigger(new Multicast(new PubSubMessages.Notification(self, m.id, origin, m.createdAt, m.sizeBytes()),
                Arrays.copyOf(subscribers, count), 0, count, origin), net);
    }

    /** Current subscribers (for tests and metrics). */
    public int subscriberCount() {
        return count;
    }
}

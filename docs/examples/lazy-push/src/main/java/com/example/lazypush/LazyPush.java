package com.example.lazypush;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lazy push: announce, then send the payload only to those who ask.
 * <pre>
 * on broadcast(m):        keep m; deliver m; send IHAVE(m) to all neighbours
 * on IHAVE(m) from q:     if m unknown and not asked for: send IWANT(m) to q
 * on IWANT(m) from q:     send PAYLOAD(m) to q
 * on PAYLOAD(m) from q:   if m new: keep m; deliver m; send IHAVE(m) to all neighbours but q
 * </pre>
 */
public final class LazyPush extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    private final Address self;
    private final Neighbours neighbours;
    private final int headerBytes;
    private final Map<Integer, LazyPushMessages.Payload> kept = new HashMap<>(); // lookups only
    private final Set<Integer> asked = new HashSet<>(); // lookups only

    /** The scenario parameters (none yet besides neighbours, which every dissemination protocol takes). */
    public record Config(@Parameter(doc = "bytes an IHAVE or IWANT carries besides the header", defaultValue = "8", min = 0)
            int controlBytes) {
    }

    /** One node's parameters and wiring. */
    public record Init(Address self, Neighbours neighbours, Config config, int headerBytes)
            implements io.gossamer.sim.core.Init<LazyPush> {
    }

    /** Creates the component. */
    public LazyPush(Init init) {
        self = init.self();
        neighbours = init.neighbours();
        headerBytes = init.headerBytes() + init.config().controlBytes();
        subscribe(broadcast, BroadcastRequest.class, LazyPush::onBroadcast);
        subscribe(net, LazyPushMessages.IHave.class, LazyPush::onIHave);
        subscribe(net, LazyPushMessages.IWant.class, LazyPush::onIWant);
        subscribe(net, LazyPushMessages.Payload.class, LazyPush::onPayload);
    }

    private void onBroadcast(BroadcastRequest r) {
        keep(new LazyPushMessages.Payload(self, self, r.message(), self.id(), now(), 0, r.sizeBytes() + headerBytes), -1);
    }

    private void onIHave(LazyPushMessages.IHave m) {
        if (!kept.containsKey(m.id) && asked.add(m.id)) {
            trigger(new LazyPushMessages.IWant(self, m.source(), m.id, headerBytes), net);
        }
    }

    private void onIWant(LazyPushMessages.IWant m) {
        LazyPushMessages.Payload p = kept.get(m.id);
        if (p != null) {
            trigger(p.copyTo(self, m.source()), net);
        }
    }

    private void onPayload(LazyPushMessages.Payload m) {
        if (!kept.containsKey(m.id)) {
            keep(m, m.source().id());
        }
    }

    private void keep(LazyPushMessages.Payload m, int from) {
        kept.put(m.id, m);
        trigger(new BroadcastDelivery(m.id, m.origin, m.createdAt, m.hops), broadcast);
        int excluded = from < 0 ? Multicast.NONE_EXCLUDED : from;
        if (neighbours.count(self.id()) > 0) {
            trigger(neighbours.multicast(new LazyPushMessages.IHave(self, m.id, headerBytes), self.id(), excluded), net);
        }
    }
}

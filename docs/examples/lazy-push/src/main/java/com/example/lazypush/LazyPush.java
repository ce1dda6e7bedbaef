package com.example.lazypush;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
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
    private final Map<Integer, Payload> kept = new HashMap<>(); // lookups only
    private final Set<Integer> asked = new HashSet<>(); // lookups only

    /** The scenario parameters besides neighbours, which every dissemination protocol takes. */
    public record Config(@Parameter(doc = "bytes an IHAVE or IWANT carries besides the header", defaultValue = "8", min = 0)
            int controlBytes) {
    }

    /** One node's parameters and wiring. */
    public record Init(Address self, Neighbours neighbours, Config config, int headerBytes)
            implements io.gossamer.sim.core.Init<LazyPush> {
    }

    /** "I have message id" (to every neighbour). Messages are immutable: one object may go to many peers. */
    static final class IHave extends Message {
        final int id;

        IHave(Address from, int id, int sizeBytes) {
            super(from, Address.MULTICAST, sizeBytes);
            this.id = id;
        }
    }

    /** "Send me message id". */
    static final class IWant extends Message {
        final int id;

        IWant(Address from, Address to, int id, int sizeBytes) {
            super(from, to, sizeBytes);
            this.id = id;
        }
    }

    /** The payload, with the delivery its receiver makes; a BroadcastPayload, so measurement counts its copies. */
    static final class Payload extends Message implements BroadcastPayload {
        final BroadcastDelivery delivery;

        Payload(Address from, Address to, BroadcastDelivery delivery, int sizeBytes) {
            super(from, to, sizeBytes);
            this.delivery = delivery;
        }

        @Override
        public int payloadId(int i) {
            return delivery.message();
        }
    }

    /** Creates the component. */
    public LazyPush(Init init) {
        self = init.self();
        neighbours = init.neighbours();
        headerBytes = init.headerBytes() + init.config().controlBytes();
        subscribe(broadcast, BroadcastRequest.class, LazyPush::onBroadcast);
        subscribe(net, IHave.class, LazyPush::onIHave);
        subscribe(net, IWant.class, LazyPush::onIWant);
        subscribe(net, Payload.class, LazyPush::onPayload);
    }

    private void onBroadcast(BroadcastRequest r) {
        keep(new Payload(self, self, new BroadcastDelivery(r.message(), self.id(), now(), 0),
                r.sizeBytes() + headerBytes), Multicast.NONE_EXCLUDED);
    }

    private void onIHave(IHave m) {
        if (!kept.containsKey(m.id) && asked.add(m.id)) {
            trigger(new IWant(self, m.source(), m.id, headerBytes), net);
        }
    }

    private void onIWant(IWant m) {
        Payload p = kept.get(m.id);
        if (p != null) {
            BroadcastDelivery d = p.delivery; // the asker delivers it one hop further
            trigger(new Payload(self, m.source(), new BroadcastDelivery(d.message(), d.origin(), d.createdAt(), d.hops() + 1),
                    p.sizeBytes()), net);
        }
    }

    private void onPayload(Payload m) {
        if (!kept.containsKey(m.delivery.message())) {
            keep(m, m.source().id());
        }
    }

    private void keep(Payload m, int excluded) {
        int id = m.delivery.message();
        kept.put(id, m);
        trigger(m.delivery, broadcast);
        if (neighbours.count(self.id()) > 0) {
            trigger(neighbours.multicast(new IHave(self, id, headerBytes), self.id(), excluded), net);
        }
    }
}

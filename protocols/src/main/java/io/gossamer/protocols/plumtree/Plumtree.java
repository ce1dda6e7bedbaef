package io.gossamer.protocols.plumtree;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.hyparview.Membership;
import io.gossamer.protocols.hyparview.Membership.NeighbourDown;
import io.gossamer.protocols.hyparview.Membership.NeighbourUp;
import io.gossamer.protocols.plumtree.PlumtreeMessages.Gossip;
import io.gossamer.protocols.plumtree.PlumtreeMessages.Graft;
import io.gossamer.protocols.plumtree.PlumtreeMessages.IHave;
import io.gossamer.protocols.plumtree.PlumtreeMessages.Prune;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.timer.CancelTimeout;
import io.gossamer.sim.timer.ScheduleTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * Plumtree, epidemic broadcast trees (Leitão, Pereira, Rodrigues, SRDS 2007), over the
 * links a membership protocol reports ({@link Membership}: HyParView's active view).
 * <pre>
 * on neighbour up(q):     eager += q
 * on neighbour down(q):   eager -= q; lazy -= q
 * on broadcast(payload):  m = new message; deliver(m); push(m, none)
 * on GOSSIP(m) from s:    if m new: deliver(m); cancel m's timer; push(m, s); eager += s; lazy -= s
 *                         else:     eager -= s; lazy += s; send PRUNE to s
 * push(m, s):             send GOSSIP(m, hops + 1) to eager - s; send IHAVE(m) to lazy - s
 * on PRUNE from q:        eager -= q; lazy += q
 * on IHAVE(m) from q:     if m not received: remember q as an announcer of m;
 *                                            start m's timer (ihave-timeout) unless running
 * on m's timer:           q = first announcer not yet asked; eager += q; lazy -= q; send GRAFT(m) to q;
 *                         start m's timer again (graft-timeout) for the next announcer
 * on GRAFT(m) from q:     eager += q; lazy -= q; if m received: send GOSSIP(m) to q
 * </pre>
 * IHAVEs go out at once (no batching), one per message and lazy peer. Eager links are made
 * symmetric by PRUNE, so after the first broadcast has pruned the overlay the eager links
 * form a spanning tree and later broadcasts, from any origin, cost about N - 1 payload copies.
 * GOSSIP messages carry the payload ({@link io.gossamer.protocols.broadcast.BroadcastPayload}); the
 * control messages (IHAVE, GRAFT, PRUNE) only count as network traffic.
 *
 * <p><b>Under loss.</b> All messages are datagrams. A lost GOSSIP is recovered through a lazy
 * peer's IHAVE and a GRAFT; a lost IHAVE is covered by the other lazy peers'; a lost GRAFT is
 * followed, graft-timeout later, by one to the next announcer; a lost PRUNE leaves a
 * redundant eager link, pruned again at its next duplicate. A message whose every copy and
 * announcement to a node is lost misses that node (there is no anti-entropy), but the node
 * keeps its links (HyParView's) and gets the next messages.
 */
public final class Plumtree extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final RequiredPort<Timer> timer = requires(Timer.class);
    private final RequiredPort<Membership> membership = requires(Membership.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    private final Address self;
    private final Config setup;
    private final int headerBytes;
    private final IntArrayList eager = new IntArrayList();
    private final IntArrayList lazy = new IntArrayList();
    /** This node's copy of every message it has, as it would forward it (lookups only). */
    private final Int2ObjectOpenHashMap<Gossip> received = new Int2ObjectOpenHashMap<>();
    /** Messages announced by IHAVE and not received yet (lookups only). */
    private final Int2ObjectOpenHashMap<Missing> missing = new Int2ObjectOpenHashMap<>();

    /**
     * Plumtree's parameters.
     *
     * @param ihaveTimeout ns from the first IHAVE of a missing message to its first GRAFT
     * @param graftTimeout ns from a GRAFT to the next one, to another announcer, if the message is still missing
     */
    public record Config(
            @Parameter(doc = "wait from the first IHAVE of a missing message to the GRAFT that asks for it",
                    defaultValue = "500ms", unit = Parameter.Unit.DURATION, min = 1) long ihaveTimeout,
            @Parameter(doc = "wait from a GRAFT to the next one, to another announcer, while the message is still missing",
                    defaultValue = "250ms", unit = Parameter.Unit.DURATION, min = 1) long graftTimeout) {
        /** Checks the values. */
        public Config {
            if (ihaveTimeout <= 0 || graftTimeout <= 0) {
                throw new InvalidParameter(ihaveTimeout <= 0 ? "ihave-timeout" : "graft-timeout", "must be positive");
            }
        }
    }

    /**
     * One node's parameters and wiring.
     *
     * @param self this node's address
     * @param config the parameters
     * @param headerBytes bytes every message carries besides its payload
     */
    public record Init(Address self, Config config, int headerBytes) implements io.gossamer.sim.core.Init<Plumtree> {
    }

    /** A message announced but not received: who announced it, and its timer. */
    private static final class Missing extends Timeout {
        final int id;
        final IntArrayList announcers = new IntArrayList();
        boolean timerRunning;

        Missing(int id) {
            this.id = id;
        }
    }

    /** Creates the component. */
    public Plumtree(Init init) {
        this.self = init.self();
        this.setup = init.config();
        this.headerBytes = init.headerBytes();
        subscribe(broadcast, BroadcastRequest.class, Plumtree::onBroadcast);
        subscribe(membership, NeighbourUp.class, Plumtree::onNeighbourUp);
        subscribe(membership, NeighbourDown.class, Plumtree::onNeighbourDown);
        subscribe(net, Gossip.class, Plumtree::onGossip);
        subscribe(net, IHave.class, Plumtree::onIHave);
        subscribe(net, Prune.class, Plumtree::onPrune);
        subscribe(net, Graft.class, Plumtree::onGraft);
        subscribe(timer, Missing.class, Plumtree::onMissingTimer);
    }

    /** The eager push peers (a copy). */
    public int[] eagerPeers() {
        return eager.toIntArray();
    }

    /** The lazy push peers (a copy). */
    public int[] lazyPeers() {
        return lazy.toIntArray();
    }

    // ------------------------------------------------------------------ links

    private void onNeighbourUp(NeighbourUp e) {
        lazy.rem(e.node());
        if (!eager.contains(e.node())) {
            eager.add(e.node());
        }
    }

    private void onNeighbourDown(NeighbourDown e) {
        eager.rem(e.node());
        lazy.rem(e.node());
    }

    private boolean isNeighbour(int q) {
        return eager.contains(q) || lazy.contains(q);
    }

    private void makeEager(int q) {
        if (lazy.rem(q)) {
            eager.add(q);
        }
    }

    private void makeLazy(int q) {
        if (eager.rem(q)) {
            lazy.add(q);
        }
    }

    // ------------------------------------------------------------------ eager and lazy push

    private void onBroadcast(BroadcastRequest request) {
        int id = request.message();
        Gossip mine = new Gossip(self, Address.MULTICAST, id, self.id(), now(), 0, request.sizeBytes(), headerBytes);
        received.put(id, mine);
        trigger(new BroadcastDelivery(id, self.id(), now(), 0), broadcast);
        push(mine, -1);
    }

    private void onGossip(Gossip m) {
        int s = m.source().id();
        if (received.containsKey(m.id)) {
            if (eager.contains(s)) {
                makeLazy(s);
                trigger(new Prune(self, m.source(), headerBytes), net);
            }
            return;
        }
        Gossip mine = new Gossip(self, Address.MULTICAST, m.id, m.origin, m.createdAt, m.hops, m.payloadBytes,
                headerBytes);
        received.put(m.id, mine);
        Missing wanted = missing.remove(m.id);
        if (wanted != null && wanted.timerRunning) {
            trigger(new CancelTimeout(wanted), timer);
        }
        trigger(new BroadcastDelivery(m.id, m.origin, m.createdAt, m.hops), broadcast);
        push(mine, s);
        makeEager(s);
    }

    /** GOSSIP to the eager peers and IHAVE to the lazy ones, except {@code from}. */
    private void push(Gossip mine, int from) {
        Gossip copy = new Gossip(self, Address.MULTICAST, mine.id, mine.origin, mine.createdAt, mine.hops + 1,
                mine.payloadBytes, headerBytes);
        multicast(copy, eager, from);
        multicast(new IHave(self, mine.id, headerBytes), lazy, from);
    }

    private int multicast(io.gossamer.sim.net.Message m, IntArrayList peers, int excluded) {
        int count = peers.size() - (peers.contains(excluded) ? 1 : 0);
        if (count > 0) {
            // A copy of the list: the network reads the targets later in the cascade.
            int[] targets = peers.toIntArray();
            trigger(new Multicast(m, targets, 0, targets.length, excluded < 0 ? Multicast.NONE_EXCLUDED : excluded), net);
        }
        return count;
    }

    private void onPrune(Prune m) {
        makeLazy(m.source().id());
    }

    // ------------------------------------------------------------------ repair

    private void onIHave(IHave m) {
        if (received.containsKey(m.id)) {
            return;
        }
        Missing wanted = missing.get(m.id);
        if (wanted == null) {
            wanted = new Missing(m.id);
            missing.put(m.id, wanted);
        }
        int q = m.source().id();
        if (!wanted.announcers.contains(q)) {
            wanted.announcers.add(q);
        }
        if (!wanted.timerRunning) {
            wanted.timerRunning = true;
            trigger(new ScheduleTimeout(setup.ihaveTimeout(), wanted), timer);
        }
    }

    private void onMissingTimer(Missing wanted) {
        wanted.timerRunning = false;
        if (received.containsKey(wanted.id) || wanted.announcers.isEmpty()) {
            return;
        }
        int q = wanted.announcers.removeInt(0);
        makeEager(q);
        trigger(new Graft(self, Address.of(q), wanted.id, headerBytes), net);
        // If q does not answer in time (it may have failed), the next announcer is asked.
        wanted.timerRunning = true;
        trigger(new ScheduleTimeout(setup.graftTimeout(), wanted), timer);
    }

    private void onGraft(Graft m) {
        int q = m.source().id();
        makeEager(q);
        Gossip mine = received.get(m.id);
        if (mine != null) {
            trigger(new Gossip(self, m.source(), mine.id, mine.origin, mine.createdAt, mine.hops + 1, mine.payloadBytes,
                    headerBytes), net);
        }
    }
}

package io.gossamer.protocols.gossip;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.neighbours.TransportChoice;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.net.Transport;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;
import java.util.BitSet;

/**
 * Push-pull gossip in rounds (anti-entropy with rumour payloads): every node, informed or
 * not, contacts random peers each round; it pushes what it holds, and the ids it pushes are
 * also its digest, so the peer answers with what the node is missing.
 * <pre>
 * every round:
 *     for each of f neighbours q drawn at random: send q OFFER(every rumour held)
 * on OFFER(rs) from q:   for each r in rs: receive(r)
 *                        missing = rumours held whose id is not in rs
 *                        if missing is not empty: send q REPLY(missing)
 * on REPLY(rs):          for each r in rs: receive(r)
 * on broadcast(payload): r = new rumour; deliver(r); hold r
 * receive(r):            if r seen: drop (duplicate) else deliver(r); hold r
 * </pre>
 * An empty offer is a pure pull request (a header only). Rumours are held and offered as
 * long as the run lasts, so a run ends by its stop condition or time limit. On the complete
 * graph with f = 1 all N nodes hold a rumour after about log3 N + O(ln ln N) rounds
 * (Karp et al. 2000), far fewer than push alone.
 */
public final class PushPullGossip extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final RequiredPort<Timer> timer = requires(Timer.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    private final Address self;
    private final Neighbours neighbours;
    private final Config setup;
    private final Transport transport;
    private final int headerBytes;
    private final RandomStream random;
    private final RoundClock clock;
    private final HeldRumours held = new HeldRumours();
    /** Ids of the offer being answered; cleared after each answer. */
    private final BitSet offered = new BitSet();

    /**
     * The protocol's parameters.
     *
     * @param period round length in ns
     * @param fanout peers each node contacts per round
     * @param phase "aligned" to line up every node's rounds (at multiples of the period), "random" to give each node a phase drawn uniformly in [0, period)
     * @param transport what copies travel over
     */
    public record Config(
            @Parameter(doc = "length of a gossip round", defaultValue = "100ms", unit = Parameter.Unit.DURATION, min = 1)
            long period,
            @Parameter(doc = "neighbours each node contacts per round", defaultValue = "1", min = 1) int fanout,
            @Parameter(doc = "when rounds fall: aligned (every node at multiples of the period, the synchronous rounds of"
                    + " the theory) or random (a phase per node)", defaultValue = "aligned", choices = {"aligned", "random"})
            String phase,
            @Parameter(doc = TransportChoice.DOC, defaultValue = "auto") TransportChoice transport) {
        /** Checks the values. */
        public Config {
            if (transport == null) {
                transport = TransportChoice.AUTO;
            }
            if (fanout < 1) {
                throw new InvalidParameter("fanout", "must be at least 1, got " + fanout);
            }
            if (period <= 0) {
                throw new InvalidParameter("period", "must be positive");
            }
        }

        /** The given values, {@code transport: auto}. */
        public Config(long period, int fanout, String phase) {
            this(period, fanout, phase, TransportChoice.AUTO);
        }

        /** True if each node's rounds have a phase of their own. */
        boolean randomPhase() {
            return phase.equals("random");
        }
    }

    /**
     * One node's parameters and wiring.
     *
     * @param self this node's address
     * @param neighbours where the node's peers are drawn from
     * @param config the parameters
     * @param headerBytes bytes a network message adds to the payloads it carries
     */
    public record Init(Address self, Neighbours neighbours, Config config, int headerBytes)
            implements io.gossamer.sim.core.Init<PushPullGossip> {
    }

    /** The tick of this node's rounds. */
    static final class Round extends Timeout {
    }

    /** A node's push to a peer: the rumours it holds, whose ids are also its digest. */
    static final class Offer extends RumourBundle {
        Offer(Address source, Transport transport, Outgoing content, int headerBytes) {
            super(source, Address.MULTICAST, transport, content, headerBytes);
        }
    }

    /** The peer's answer: the rumours the offer lacked. */
    static final class Reply extends RumourBundle {
        Reply(Address source, Address destination, Transport transport, Outgoing content, int headerBytes) {
            super(source, destination, transport, content, headerBytes);
        }
    }

    /** Creates the component. */
    public PushPullGossip(Init init) {
        this.self = init.self();
        this.neighbours = init.neighbours();
        this.setup = init.config();
        this.transport = setup.transport().over(neighbours);
        this.headerBytes = init.headerBytes();
        this.random = simulation().random().stream(Streams.PEERS, self.id());
        long phase = setup.randomPhase() ? simulation().random().stream(Streams.PHASE, self.id()).nextLong(setup.period()) : 0;
        this.clock = new RoundClock(setup.period(), phase);
        subscribe(broadcast, BroadcastRequest.class, PushPullGossip::onBroadcast);
        subscribe(net, Offer.class, PushPullGossip::onOffer);
        subscribe(net, Reply.class, PushPullGossip::onReply);
        subscribe(timer, Round.class, PushPullGossip::onRound);
    }

    @Override
    protected void onStart() {
        trigger(new SchedulePeriodicTimeout(clock.delayToNextRound(now()), clock.period(), new Round()), timer);
    }

    private void onBroadcast(BroadcastRequest request) {
        Rumour r = new Rumour(request.message(), self.id(), now(), request.sizeBytes());
        held.add(r, 0);
        trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), 0), broadcast);
    }

    private void onRound(Round tick) {
        int[] peers = new int[setup.fanout()];
        int k = neighbours.sample(self.id(), setup.fanout(), Multicast.NONE_EXCLUDED, random, peers);
        if (k > 0) {
            Outgoing out = held.all();
            trigger(new Multicast(new Offer(self, transport, out, headerBytes), peers, 0, k, Multicast.NONE_EXCLUDED), net);
        }
    }

    private void onOffer(Offer m) {
        receiveAll(m);
        for (int i = 0; i < m.count(); i++) {
            offered.set(m.rumour(i).id());
        }
        Outgoing missing = held.missingFrom(offered);
        offered.clear();
        if (missing.size() > 0) {
            trigger(new Reply(self, m.source(), transport, missing, headerBytes), net);
        }
    }

    private void onReply(Reply m) {
        receiveAll(m);
    }

    private void receiveAll(RumourBundle m) {
        for (int i = 0; i < m.count(); i++) {
            Rumour r = m.rumour(i);
            if (!held.seen(r.id())) { // else a duplicate
                held.add(r, m.hops(i));
                trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), m.hops(i)), broadcast);
            }
        }
    }
}

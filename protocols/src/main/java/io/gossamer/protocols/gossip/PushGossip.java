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
import io.gossamer.sim.timer.CancelTimeout;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;

/**
 * Push gossip in rounds ("infect forever", or for a limited number of rounds per rumour):
 * <pre>
 * every round, while holding rumours:
 *     peers = f neighbours drawn at random
 *     send every rumour held to each of peers        (one bundle per peer)
 *     forget a rumour once pushed in max-rounds rounds (0: never)
 * on broadcast(payload):   r = new rumour; deliver(r); hold r
 * on receive(bundle):      for each r in it: if r seen: drop (duplicate) else deliver(r); hold r
 * </pre>
 * A node takes part in rounds only while it holds a rumour to push, so with max-rounds the
 * run can fall silent; rounds fall at {@code phase + k * period} ({@link RoundClock}). With
 * f = 1, aligned rounds and all nodes as neighbours this is the epidemic model of Frieze and
 * Grimmett and of Pittel: all N nodes hold the rumour after about log2 N + ln N rounds.
 * A rumour received during a round is pushed from the next round on.
 */
public final class PushGossip extends ComponentDefinition {
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
    private final Round round = new Round();
    private boolean inRounds;

    /**
     * The protocol's parameters.
     *
     * @param period round length in ns
     * @param fanout peers each node pushes to per round
     * @param maxRounds rounds in which a node pushes a rumour it holds (0: as long as the run lasts)
     * @param phase "aligned" to line up every node's rounds (at multiples of the period), "random" to give each node a phase drawn uniformly in [0, period)
     * @param transport what copies travel over
     */
    public record Config(
            @Parameter(doc = "length of a gossip round", defaultValue = "100ms", unit = Parameter.Unit.DURATION, min = 1)
            long period,
            @Parameter(doc = "neighbours each informed node pushes to per round", defaultValue = "1", min = 1) int fanout,
            @Parameter(doc = "rounds in which a node pushes a message it holds (0: as long as the run lasts; stop it with"
                    + " stop-when: all-delivered or the duration)", defaultValue = "0", min = 0) int maxRounds,
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
            if (maxRounds < 0) {
                throw new InvalidParameter("max-rounds", "must be 0 (no limit) or more, got " + maxRounds);
            }
        }

        /** The given values, {@code transport: auto}. */
        public Config(long period, int fanout, int maxRounds, String phase) {
            this(period, fanout, maxRounds, phase, TransportChoice.AUTO);
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
            implements io.gossamer.sim.core.Init<PushGossip> {
    }

    /** The tick of this node's rounds. */
    static final class Round extends Timeout {
    }

    /** The rumours one node pushes to one peer in one round. */
    static final class Pushed extends RumourBundle {
        Pushed(Address source, Transport transport, Outgoing content, int headerBytes) {
            super(source, Address.MULTICAST, transport, content, headerBytes);
        }
    }

    /** Creates the component. */
    public PushGossip(Init init) {
        this.self = init.self();
        this.neighbours = init.neighbours();
        this.setup = init.config();
        this.transport = setup.transport().over(neighbours);
        this.headerBytes = init.headerBytes();
        this.random = simulation().random().stream(Streams.PEERS, self.id());
        long phase = setup.randomPhase() ? simulation().random().stream(Streams.PHASE, self.id()).nextLong(setup.period()) : 0;
        this.clock = new RoundClock(setup.period(), phase);
        subscribe(broadcast, BroadcastRequest.class, PushGossip::onBroadcast);
        subscribe(net, Pushed.class, PushGossip::onPushed);
        subscribe(timer, Round.class, PushGossip::onRound);
    }

    private void onBroadcast(BroadcastRequest request) {
        Rumour r = new Rumour(request.message(), self.id(), now(), request.sizeBytes());
        trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), 0), broadcast);
        hold(r, 0);
    }

    private void onPushed(Pushed m) {
        for (int i = 0; i < m.count(); i++) {
            Rumour r = m.rumour(i);
            if (!held.seen(r.id())) { // else a duplicate
                trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), m.hops(i)), broadcast);
                hold(r, m.hops(i));
            }
        }
    }

    private void hold(Rumour r, int hops) {
        held.add(r, hops);
        if (!inRounds) {
            inRounds = true;
            trigger(new SchedulePeriodicTimeout(clock.delayToNextRound(now()), clock.period(), round), timer);
        }
    }

    private void onRound(Round tick) {
        int[] peers = new int[setup.fanout()];
        int k = neighbours.sample(self.id(), setup.fanout(), Multicast.NONE_EXCLUDED, random, peers);
        if (k > 0) {
            Outgoing out = held.all();
            trigger(new Multicast(new Pushed(self, transport, out, headerBytes), peers, 0, k, Multicast.NONE_EXCLUDED), net);
        }
        held.endRound(setup.maxRounds());
        if (held.size() == 0) {
            // Nothing left to push: stop ticking until a new rumour arrives.
            trigger(new CancelTimeout(round), timer);
            inRounds = false;
        }
    }
}

package io.gossamer.protocols.gossip;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.metrics.DisseminationProbe;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;
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
    private final Setup setup;
    private final RandomStream random;
    private final RoundClock clock;
    private final HeldRumours held = new HeldRumours();
    private final Round round = new Round();
    private boolean inRounds;

    /**
     * What all nodes of one run share.
     *
     * @param neighbours where each node's peers are drawn from
     * @param probe where sends and receipts are reported (it also hands out message ids)
     * @param fanout peers each node pushes to per round
     * @param period round length in ns
     * @param maxRounds rounds in which a node pushes a rumour it holds (0: as long as the run lasts)
     * @param randomPhase false to line up every node's rounds (at multiples of the period),
     *     true to give each node a phase drawn uniformly in [0, period)
     * @param headerBytes bytes a network message adds to the payloads it carries
     */
    public record Setup(Neighbours neighbours, DisseminationProbe probe, int fanout, long period, int maxRounds,
            boolean randomPhase, int headerBytes) {
        /** Checks the values. */
        public Setup {
            if (fanout < 1) {
                throw new IllegalArgumentException("fanout must be at least 1, got " + fanout);
            }
            if (period <= 0) {
                throw new IllegalArgumentException("period must be positive, got " + period + "ns");
            }
            if (maxRounds < 0) {
                throw new IllegalArgumentException("max-rounds must be 0 (no limit) or more, got " + maxRounds);
            }
        }
    }

    /**
     * One node's parameters.
     *
     * @param self this node's address
     * @param setup the shared part
     */
    public record Init(Address self, Setup setup) implements io.gossamer.sim.core.Init<PushGossip> {
    }

    /** The tick of this node's rounds. */
    static final class Round extends Timeout {
    }

    /** The rumours one node pushes to one peer in one round. */
    static final class Pushed extends RumourBundle {
        Pushed(Address source, Outgoing content, int headerBytes) {
            super(source, Address.MULTICAST, content, headerBytes);
        }
    }

    /** Creates the component. */
    public PushGossip(Init init) {
        this.self = init.self();
        this.setup = init.setup();
        this.random = simulation().random().stream(Streams.PEERS, self.id());
        long phase = setup.randomPhase() ? simulation().random().stream(Streams.PHASE, self.id()).nextLong(setup.period()) : 0;
        this.clock = new RoundClock(setup.period(), phase);
        subscribe(broadcast, BroadcastRequest.class, PushGossip::onBroadcast);
        subscribe(net, Pushed.class, PushGossip::onPushed);
        subscribe(timer, Round.class, PushGossip::onRound);
    }

    private void onBroadcast(BroadcastRequest request) {
        Rumour r = new Rumour(setup.probe().injected(self.id(), now(), request.sizeBytes()), self.id(), now(),
                request.sizeBytes());
        trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), 0), broadcast);
        hold(r, 0);
    }

    private void onPushed(Pushed m) {
        for (int i = 0; i < m.count(); i++) {
            Rumour r = m.rumour(i);
            if (held.seen(r.id())) {
                setup.probe().duplicate(r.id(), self.id());
            } else {
                setup.probe().delivered(r.id(), self.id(), now(), m.hops(i));
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
        int k = setup.neighbours().sample(self.id(), setup.fanout(), Multicast.NONE_EXCLUDED, random, peers);
        if (k > 0) {
            Outgoing out = held.all();
            for (Rumour r : out.rumours()) {
                setup.probe().sent(r.id(), k);
            }
            trigger(new Multicast(new Pushed(self, out, setup.headerBytes()), peers, 0, k, Multicast.NONE_EXCLUDED), net);
        }
        held.endRound(setup.maxRounds());
        if (held.size() == 0) {
            // Nothing left to push: stop ticking until a new rumour arrives.
            trigger(new CancelTimeout(round), timer);
            inRounds = false;
        }
    }
}

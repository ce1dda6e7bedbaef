package io.gossamer.sim;

import static io.gossamer.sim.Time.ms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.core.Component;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.Port;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.core.Tracer;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.ScheduleTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;
import io.gossamer.testing.Hashing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same run, event for event; another seed another run; and runs on
 * several threads at once do not disturb each other.
 */
class DeterminismTest {
    static final int NODES = 200;

    /** A rumor travelling between nodes. */
    static final class Rumor extends Message {
        final int id;
        final int hops;

        Rumor(Address src, Address dst, int id, int hops) {
            super(src, dst, 40 + 4 * hops);
            this.id = id;
            this.hops = hops;
        }
    }

    static final class Tick extends Timeout {
    }

    static final class Nap extends Timeout {
    }

    record GossipInit(int id, int nodes) implements Init<Gossiper> {
    }

    /** Push gossip: rumors are started by a few nodes and pushed to random peers. */
    static final class Gossiper extends ComponentDefinition {
        final RequiredPort<Network> net = requires(Network.class);
        final RequiredPort<Timer> timer = requires(Timer.class);
        final Address self;
        final int nodes;
        final RandomStream rng;
        final LinkedHashSet<Integer> known = new LinkedHashSet<>();
        final List<Integer> knownList = new ArrayList<>();
        int ticks;
        int naps;

        Gossiper(GossipInit init) {
            self = Address.of(init.id());
            nodes = init.nodes();
            rng = simulation().random().stream("gossip", init.id());
            subscribe(net, Rumor.class, Gossiper::onRumor);
            subscribe(timer, Tick.class, Gossiper::onTick);
            subscribe(timer, Nap.class, Gossiper::onNap);
        }

        @Override
        protected void onStart() {
            trigger(new SchedulePeriodicTimeout(1 + rng.nextLong(ms(100)), ms(100), new Tick()), timer);
        }

        private void learn(int rumor) {
            if (known.add(rumor)) {
                knownList.add(rumor);
            }
        }

        private Address randomPeer() {
            int p = rng.nextInt(nodes - 1);
            return Address.of(p >= self.id() ? p + 1 : p);
        }

        private void onTick(Tick t) {
            ticks++;
            if (self.id() % 40 == 0 && ticks <= 3) {
                learn(self.id() * 1000 + ticks);
            }
            if (!knownList.isEmpty()) {
                int rumor = knownList.get(rng.nextInt(knownList.size()));
                trigger(new Rumor(self, randomPeer(), rumor, 0), net);
            }
            if (rng.nextInt(8) == 0) {
                trigger(new ScheduleTimeout(rng.nextLong(ms(30)), new Nap()), timer);
            }
        }

        private void onNap(Nap n) {
            naps++;
        }

        private void onRumor(Rumor r) {
            boolean fresh = !known.contains(r.id);
            learn(r.id);
            if (fresh && r.hops < 5) {
                for (int i = 0; i < 2; i++) {
                    trigger(new Rumor(self, randomPeer(), r.id, r.hops + 1), net);
                }
            }
        }
    }

    /** What a run produced; equal outcomes mean equal runs. */
    record Outcome(long traceHash, long tracedEvents, long timedEvents, long localEvents, long delivered,
            long knowledgeHash, StopReason reason, long endTime) {
    }

    /** Hashes every event the kernel processes. */
    static final class TraceHasher implements Tracer {
        final Hashing hash = new Hashing();
        long events;

        @Override
        public void timed(long time, int sink, int target, Object payload) {
            events++;
            hash.add(1).add(time).add(sink).add(target);
            addPayload(payload);
        }

        @Override
        public void local(long time, Object target, Object event) {
            events++;
            hash.add(2).add(time);
            if (target instanceof Port<?> port) {
                Component owner = port.owner();
                hash.add(owner.node()).add(owner.path()).add(port.type().getClass().getName()).add(port.isProvided());
            } else if (target instanceof Component c) {
                hash.add(c.node()).add(c.path());
            } else {
                hash.add(String.valueOf(target));
            }
            addPayload(event);
        }

        private void addPayload(Object payload) {
            if (payload == null) {
                hash.add("null");
                return;
            }
            hash.add(payload.getClass().getName());
            if (payload instanceof Message m) {
                hash.add(m.source().id()).add(m.destination().id()).add(m.sizeBytes());
            }
            if (payload instanceof Rumor r) {
                hash.add(r.id).add(r.hops);
            } else if (payload instanceof Enum<?> e) {
                hash.add(e.name());
            }
        }
    }

    static Outcome simulate(long seed) {
        Simulation sim = new Simulation(seed);
        TraceHasher tracer = new TraceHasher();
        sim.setTracer(tracer);
        NodeHost host = new NodeHost(sim, NetworkConfig.ideal().withLatency(new UniformLatency(ms(1), ms(80))));
        List<Gossiper> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(host.start(Address.of(i), Gossiper.class, new GossipInit(i, NODES)));
        }
        // Some churn: two crashes, one graceful leave, one restart.
        sim.scheduleAt(ms(1000), () -> {
            host.fail(7);
            host.fail(13);
        });
        sim.scheduleAt(ms(1500), () -> host.leave(21));
        sim.scheduleAt(ms(2000), () -> nodes.set(7, host.start(Address.of(7), Gossiper.class, new GossipInit(7, NODES))));
        RunResult r = sim.runUntil(ms(3000));
        Hashing knowledge = new Hashing();
        for (Gossiper g : nodes) {
            knowledge.add(g.known.size()).add(g.ticks).add(g.naps);
            for (int rumor : g.knownList) {
                knowledge.add(rumor);
            }
        }
        return new Outcome(tracer.hash.value(), tracer.events, sim.timedEvents(), sim.localEvents(),
                host.network().totalDelivered(), knowledge.value(), r.reason(), r.time());
    }

    @Test
    void theSameSeedGivesTheSameTrace() {
        Outcome a = simulate(2024);
        Outcome b = simulate(2024);
        assertEquals(a, b);
        // The run is not trivial: thousands of events, rumors reached most nodes, faults did not stop it.
        assertEquals(StopReason.TIME_LIMIT, a.reason());
        assertEquals(ms(3000), a.endTime());
        assertTrue(a.timedEvents() > 10_000, "timed events: " + a.timedEvents());
        assertTrue(a.delivered() > 5_000, "delivered messages: " + a.delivered());
        assertEquals(a.tracedEvents(), a.timedEvents() + a.localEvents(), "the tracer sees every event");
    }

    @Test
    void aDifferentSeedGivesADifferentTrace() {
        Outcome a = simulate(2024);
        Outcome b = simulate(2025);
        assertNotEquals(a.traceHash(), b.traceHash());
        assertNotEquals(a.knowledgeHash(), b.knowledgeHash());
    }

    @Test
    void simulationsOnSeveralThreadsAtOnceGiveWhatTheyGiveAlone() throws Exception {
        Outcome aloneA = simulate(1);
        Outcome aloneB = simulate(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (long[] pair : new long[][] {{1, 2}, {1, 1}, {2, 1}}) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Outcome>> futures = new ArrayList<>();
                for (long seed : pair) {
                    futures.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return simulate(seed);
                    }));
                }
                for (int i = 0; i < 2; i++) {
                    Outcome expected = pair[i] == 1 ? aloneA : aloneB;
                    assertEquals(expected, futures.get(i).get(60, TimeUnit.SECONDS),
                            "seed " + pair[i] + " run concurrently with seed " + pair[1 - i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

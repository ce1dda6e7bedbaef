package io.gossamer.protocols.plumtree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.protocols.broadcast.BroadcastObservers;
import io.gossamer.protocols.hyparview.Contacts;
import io.gossamer.protocols.hyparview.HyParView;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.RunLimits;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.metrics.MessageStats;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HyParView's overlay and Plumtree's tree on 500 nodes, with random latency. */
class PlumtreeTest {
    static final int N = 500;

    /** 500 nodes started at time 0, each joining through a random earlier node. */
    static final class Run {
        final Simulation sim;
        final NodeHost host;
        final DisseminationLog log;

        Run(long seed) {
            sim = new Simulation(seed);
            host = new NodeHost(sim, NetworkConfig.ideal().withLatency(new UniformLatency(Time.ms(5), Time.ms(50))));
            host.reserve(N);
            log = BroadcastObservers.attach(host, id -> true);
            Contacts contacts = new Contacts(host::isAlive);
            HyParView.Config membership = HyParView.Config.defaults();
            Plumtree.Config broadcast = new Plumtree.Config(Time.ms(500), Time.ms(250));
            for (int id = 0; id < N; id++) {
                Address a = Address.of(id);
                host.start(a, PlumtreeNode.class, new PlumtreeNode.Init(new HyParView.Init(a, contacts, membership, 20),
                        new Plumtree.Init(a, broadcast, 20)));
            }
        }

        PlumtreeNode node(int id) {
            return (PlumtreeNode) host.root(id);
        }

        int[] active(int id) {
            return node(id).hyParView().activeView();
        }

        /** Broadcasts from {@code origin} and runs until every live node has it (or 20 s). */
        MessageStats broadcast(int origin) {
            int id = BroadcastObservers.broadcast(host, log, origin, 1000);
            assertEquals(StopReason.PREDICATE, sim.run(RunLimits.none().until(sim.now() + Time.seconds(20))
                    .stopWhen(log::allDelivered)).reason(), "message " + id + " did not reach every live node");
            // Let the duplicates and PRUNEs under way arrive before the next broadcast.
            sim.runFor(Time.seconds(1));
            return log.stats(id);
        }

        /** Nodes reachable from {@code from} over live nodes' active views. */
        int reachable(int from) {
            boolean[] seen = new boolean[N];
            ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(from));
            seen[from] = true;
            int count = 1;
            while (!todo.isEmpty()) {
                for (int q : active(todo.poll())) {
                    if (!seen[q] && host.isAlive(q)) {
                        seen[q] = true;
                        count++;
                        todo.add(q);
                    }
                }
            }
            return count;
        }

        String summary() {
            List<String> rows = new ArrayList<>();
            for (MessageStats m : log.stats()) {
                rows.add(m.reached() + "/" + m.sent() + "/" + m.duplicates() + "/" + m.t100());
            }
            return String.join(" ", rows);
        }
    }

    @Test
    void activeViewsBecomeSymmetricAndConnected() {
        Run run = new Run(1);
        run.sim.runUntil(Time.seconds(10));
        int asymmetric = 0;
        int degrees = 0;
        for (int p = 0; p < N; p++) {
            int[] view = run.active(p);
            degrees += view.length;
            assertTrue(view.length >= 1 && view.length <= 5, "node " + p + " has " + Arrays.toString(view));
            for (int q : view) {
                if (!contains(run.active(q), p)) {
                    asymmetric++;
                }
            }
        }
        assertEquals(0, asymmetric);
        assertEquals(N, run.reachable(0));
        assertTrue(degrees / (double) N > 4, "mean active view " + degrees / (double) N);
        // Passive views filled by joins and shuffles.
        assertTrue(run.node(7).hyParView().passiveView().length >= 10);
    }

    @Test
    void theFirstBroadcastPrunesTheOverlayIntoATreeThatLaterBroadcastsFollow() {
        Run run = new Run(2);
        run.sim.runUntil(Time.seconds(10));
        MessageStats first = run.broadcast(0);
        assertEquals(1.0, first.coverage());
        List<MessageStats> later = new ArrayList<>();
        for (int origin : new int[] {17, 250, 499}) {
            later.add(run.broadcast(origin));
        }
        for (MessageStats m : later) {
            assertEquals(1.0, m.coverage());
            assertTrue(m.redundancy() < 1.2, "redundancy " + m.redundancy() + " in " + run.summary());
            // Flooding over the same views sends one copy per directed link less the tree's own.
            assertTrue(m.sent() < first.sent() / 2, run.summary());
        }
    }

    @Test
    void afterOneFifthOfTheNodesFailTheTreeRepairsAndReachesEveryLiveNode() {
        Run run = new Run(3);
        run.sim.runUntil(Time.seconds(10));
        run.broadcast(0);
        RandomStream random = new RandomStream(99);
        int failed = 0;
        while (failed < N / 5) {
            int q = 1 + random.nextInt(N - 1);
            if (run.host.isAlive(q)) {
                run.host.fail(q);
                failed++;
            }
        }
        // At once, before any failure is detected: IHAVE/GRAFT route around the dead nodes.
        MessageStats atOnce = run.broadcast(0);
        assertEquals(N - failed, atOnce.reached());
        // Once the failures are detected and the views refilled, the tree is cheap again.
        run.sim.runFor(Time.seconds(10));
        assertEquals(N - failed, run.reachable(0));
        // The first broadcast after the repair prunes the links HyParView added.
        run.broadcast(0);
        MessageStats settled = run.broadcast(0);
        assertEquals(N - failed, settled.reached());
        assertTrue(settled.redundancy() < 1.2, run.summary());
    }

    private static boolean contains(int[] view, int node) {
        for (int q : view) {
            if (q == node) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sameSeedSameRun() {
        String[] summaries = new String[2];
        for (int i = 0; i < 2; i++) {
            Run run = new Run(4);
            run.sim.runUntil(Time.seconds(5));
            run.broadcast(3);
            run.broadcast(9);
            summaries[i] = run.summary() + " " + run.host.network().totalSent();
        }
        assertEquals(summaries[0], summaries[1]);
    }
}

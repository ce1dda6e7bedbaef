package io.gossamer.protocols.pss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.protocols.overlay.OverlayMetrics;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cyclon against T6 and the basic properties of a peer sampling overlay. */
class CyclonTest {
    static final int N = 1000;

    /** A Cyclon run: N nodes, each starting with c random others. */
    static final class Run {
        final Simulation sim;
        final NodeHost host;
        final Views views = new Views();
        final List<Cyclon> nodes = new ArrayList<>();

        Run(long seed, int c, int l) {
            sim = new Simulation(seed);
            host = new NodeHost(sim, NetworkConfig.ideal().withLatency(new UniformLatency(Time.ms(10), Time.ms(50))));
            host.reserve(N);
            views.bind(host);
            Cyclon.Config setup = new Cyclon.Config(c, l, Time.seconds(1));
            RandomStream r = sim.random().stream("test.introducers");
            for (int id = 0; id < N; id++) {
                List<Address> intro = new ArrayList<>();
                while (intro.size() < c) {
                    int peer = r.nextInt(N);
                    if (peer != id && intro.stream().noneMatch(a -> a.id() == peer)) {
                        intro.add(Address.of(peer));
                    }
                }
                Address a = Address.of(id);
                nodes.add(host.start(a, Cyclon.class, new Cyclon.Init(a, setup, intro, 20)));
            }
        }

        double meanAge() {
            long sum = 0;
            long count = 0;
            for (int id = 0; id < N; id++) {
                for (int i = 0; i < views.size(id); i++) {
                    sum += views.age(id, i);
                    count++;
                }
            }
            return (double) sum / count;
        }

        StaticGraph graph() {
            int[] offsets = new int[N + 1];
            List<Integer> targets = new ArrayList<>();
            for (int id = 0; id < N; id++) {
                for (int i = 0; i < views.size(id); i++) {
                    targets.add(views.id(id, i));
                }
                offsets[id + 1] = targets.size();
            }
            return new StaticGraph(offsets, targets.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void meanDescriptorAgeIsAboutHalfTheViewSizeT6() {
        for (int[] cl : new int[][] {{20, 10}, {20, 5}, {50, 25}}) {
            double c = cl[0];
            Run run = new Run(7, cl[0], cl[1]);
            run.sim.runFor(Time.seconds(100));
            double age = run.meanAge();
            assertTrue(Math.abs(age - c / 2) <= 0.1 * c / 2,
                    "c=" + cl[0] + " l=" + cl[1] + ": mean age " + age + " rounds, expected about " + c / 2);
        }
    }

    @Test
    void viewsStayFullAndTheOverlayLooksRandomT5() {
        Run run = new Run(11, 50, 25);
        run.sim.runFor(Time.seconds(100));
        for (int id = 0; id < N; id++) {
            // A node waiting for a shuffle reply has given up its oldest entry meanwhile.
            assertTrue(run.views.size(id) >= 49, "view of node " + id + ": " + run.views.size(id));
        }
        StaticGraph g = run.graph();
        // T5: a random 50-out graph of 1000 nodes has clustering 0.098 and path length 2.02.
        assertEquals(0.098, OverlayMetrics.clustering(g), 0.02);
        assertEquals(2.02, OverlayMetrics.pathLengths(g, N, 0, null).average(), 0.1);
    }
}

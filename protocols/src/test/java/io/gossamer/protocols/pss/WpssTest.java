package io.gossamer.protocols.pss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import org.junit.jupiter.api.Test;

/** WPSS at N = 1000, 20 % public: connection rate set by Delta_W, views, freshness, NAT-friendliness. */
class WpssTest {
    static final int N = NatRun.N;

    static NatRun<Wpss> run(long seed, Wpss.Config setup) {
        return new NatRun<>(seed, Wpss.class, new Views(), (a, intro) -> new Wpss.Init(a, setup, intro, 20));
    }

    @Test
    void aboutOneNewConnectionPerNodePerWormholePeriod() {
        for (int deltaW : new int[] {5, 20}) {
            Wpss.Config setup = Wpss.Config.defaults().withWormholePeriod(Time.seconds(deltaW));
            NatRun<Wpss> run = run(13, setup);
            // Warm-up: the base overlay is built in the first seconds.
            run.sim.runFor(Time.seconds(30));
            long[] before = run.opened();
            int seconds = 80;
            run.sim.runFor(Time.seconds(seconds));
            long[] after = run.opened();
            long opened = 0;
            long failed = 0;
            for (int id = 0; id < N; id++) {
                opened += after[id] - before[id];
                failed += run.host.network().connections(id).failed();
            }
            double rate = (double) opened / N / seconds;
            int full = 0;
            for (int id = 0; id < N; id++) {
                full += run.views.size(id) == setup.viewSize() ? 1 : 0;
                if (!NatRun.isPublic(id)) {
                    assertEquals(0, run.host.network().connections(id).accepted(), "private node " + id);
                }
            }
            double age = run.meanAge();
            System.out.printf("WPSS Delta_W=%d s: new connections per node per second %.4f (expected %.4f),"
                    + " failed handshakes %d, full views %d of %d, mean age %.2f rounds%n",
                    deltaW, rate, 1.0 / deltaW, failed, full, N, age);
            assertEquals(1.0 / deltaW, rate, 0.2 / deltaW);
            assertEquals(N, full, "views not full");
            assertTrue(age > 0 && age < setup.viewSize(), "mean age " + age);
        }
    }

    @Test
    void walksEndUniformlyAndTheBaseOverlayHasDegreeK() {
        Wpss.Config setup = Wpss.Config.defaults();
        NatRun<Wpss> run = run(17, setup);
        run.sim.runFor(Time.seconds(60));
        long publicEnds = 0;
        long privateEnds = 0;
        int minDegree = Integer.MAX_VALUE;
        double publicDegree = 0;
        for (int id = 0; id < N; id++) {
            Wpss node = run.nodes.get(id);
            if (NatRun.isPublic(id)) {
                publicEnds += node.walksEnded();
                publicDegree += node.baseNeighbours().size();
            } else {
                privateEnds += node.walksEnded();
                assertEquals(setup.baseDegree(), node.baseNeighbours().size(), "base links of private node " + id);
            }
            minDegree = Math.min(minDegree, node.baseNeighbours().size());
            for (var a : node.baseNeighbours()) {
                if (!NatRun.isPublic(id)) {
                    assertTrue(a.isPublic(), "private node " + id + " linked to private " + a);
                }
            }
        }
        double perPublic = (double) publicEnds / (N / 5);
        double perPrivate = (double) privateEnds / (N - N / 5);
        System.out.printf("WPSS: walks ended per public node %.1f, per private node %.1f; mean public degree %.1f;"
                + " min degree %d; mean age %.2f%n", perPublic, perPrivate, publicDegree / (N / 5), minDegree,
                run.meanAge());
        // Metropolis-Hastings: walks end about as often on both kinds of nodes.
        assertEquals(1.0, perPublic / perPrivate, 0.25);
    }

    @Test
    void theBaseOverlayIsRepairedAndDeadDescriptorsFadeAfterAMassiveFailure() {
        Wpss.Config setup = Wpss.Config.defaults();
        NatRun<Wpss> run = run(29, setup);
        run.sim.runFor(Time.seconds(40));
        // A third of the nodes, public and private, fail at once.
        for (int id = 0; id < N; id += 3) {
            run.host.fail(id);
        }
        run.sim.runFor(Time.seconds(80));
        long dead = 0;
        long entries = 0;
        for (int id = 0; id < N; id++) {
            if (!run.host.isAlive(id)) {
                continue;
            }
            Wpss node = run.nodes.get(id);
            int links = 0;
            for (var a : node.baseNeighbours()) {
                assertTrue(run.host.isAlive(a.id()), "node " + id + " keeps a dead base neighbour " + a);
                links++;
            }
            assertTrue(links >= setup.baseDegree(), "node " + id + " has " + links + " base links");
            for (Descriptor d : node.view()) {
                entries++;
                dead += run.host.isAlive(d.address().id()) ? 0 : 1;
            }
        }
        double deadShare = (double) dead / entries;
        System.out.printf("WPSS: 80 s after a third of the nodes failed, dead descriptors %.4f of the views%n", deadShare);
        assertTrue(deadShare < 0.02, "dead share " + deadShare);
    }

    @Test
    void sameSeedSameViews() {
        String[] snapshots = new String[2];
        for (int i = 0; i < 2; i++) {
            NatRun<Wpss> run = run(19, Wpss.Config.defaults());
            run.sim.runFor(Time.seconds(20));
            snapshots[i] = run.snapshot();
        }
        assertEquals(snapshots[0], snapshots[1]);
    }
}

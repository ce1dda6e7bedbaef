package io.gossamer.protocols.pss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import org.junit.jupiter.api.Test;

/** Croupier at N = 1000, 20 % public: load on public nodes, views, estimate, NAT-friendliness. */
class CroupierTest {
    static final int N = NatRun.N;

    static NatRun<Croupier> run(long seed) {
        Views views = new Views();
        Croupier.Config setup = Croupier.Config.defaults();
        return new NatRun<>(seed, Croupier.class, views, (a, intro) -> new Croupier.Init(a, setup, intro, 20));
    }

    @Test
    void publicNodesCarryTheShufflesAndPrivateNodesAcceptNothing() {
        NatRun<Croupier> run = run(3);
        run.sim.runFor(Time.seconds(30));
        long[] before = new long[N];
        for (int id = 0; id < N; id += 5) {
            before[id] = run.nodes.get(id).requestsReceived();
        }
        long[] openedBefore = run.opened();
        int seconds = 100;
        run.sim.runFor(Time.seconds(seconds));
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int id = 0; id < N; id += 5) {
            double perPeriod = (double) (run.nodes.get(id).requestsReceived() - before[id]) / seconds;
            sum += perPeriod;
            min = Math.min(min, perPeriod);
            max = Math.max(max, perPeriod);
        }
        double mean = sum / (N / 5);
        long[] openedAfter = run.opened();
        long opened = 0;
        for (int id = 0; id < N; id++) {
            opened += openedAfter[id] - openedBefore[id];
        }
        double connectionRate = (double) opened / N / seconds;
        System.out.printf("Croupier: shuffle requests per public node per period %.3f (min %.2f, max %.2f);"
                + " new connections per node per second %.3f%n", mean, min, max, connectionRate);
        // 1 / (public share) = 5.
        assertEquals(5.0, mean, 0.15 * 5.0);
        assertTrue(max < 3 * 5.0, "a public node is overloaded: " + max);
        // One connection per shuffle, one shuffle per node per period.
        assertEquals(1.0, connectionRate, 0.1);
        for (int id = 0; id < N; id++) {
            if (!NatRun.isPublic(id)) {
                assertEquals(0, run.host.network().connections(id).accepted(), "private node " + id);
            }
        }
    }

    @Test
    void viewsFillAndThePublicShareIsEstimated() {
        NatRun<Croupier> run = run(5);
        run.sim.runFor(Time.seconds(60));
        int c = 15;
        int fullPublic = 0;
        int fullPrivate = 0;
        double sum = 0;
        double worst = 0;
        for (int id = 0; id < N; id++) {
            Croupier node = run.nodes.get(id);
            // A node waiting for an answer has given up its oldest public entry meanwhile.
            assertTrue(node.publicView().size() >= c - 1, "public view of " + id + ": " + node.publicView().size());
            assertTrue(node.privateView().size() >= c - 5, "private view of " + id + ": " + node.privateView().size());
            fullPublic += node.publicView().size() >= c - 1 ? 1 : 0;
            fullPrivate += node.privateView().size() == c ? 1 : 0;
            for (Descriptor d : node.publicView()) {
                assertTrue(d.address().isPublic());
            }
            for (Descriptor d : node.privateView()) {
                assertTrue(!d.address().isPublic());
            }
            double e = node.publicShareEstimate();
            assertTrue(!Double.isNaN(e), "node " + id + " has no estimate");
            sum += e;
            worst = Math.max(worst, Math.abs(e - 0.2));
        }
        double mean = sum / N;
        System.out.printf("Croupier: public-share estimate mean %.4f, worst node off by %.4f; mean age %.2f rounds;"
                + " full views: public %d, private %d of %d%n", mean, worst, run.meanAge(), fullPublic, fullPrivate, N);
        assertEquals(0.2, mean, 0.05);
        assertTrue(worst < 0.1, "worst estimate off by " + worst);
        // Samples mix the views by the estimate: about 20 % public.
        int publicInSamples = 0;
        int sampled = 0;
        for (int id = 0; id < N; id++) {
            for (Descriptor d : run.nodes.get(id).sample(c)) {
                sampled++;
                publicInSamples += d.address().isPublic() ? 1 : 0;
            }
        }
        System.out.printf("Croupier: public share of samples %.4f%n", (double) publicInSamples / sampled);
        assertEquals(0.2, (double) publicInSamples / sampled, 0.03);
    }

    @Test
    void sameSeedSameViews() {
        String[] snapshots = new String[2];
        for (int i = 0; i < 2; i++) {
            NatRun<Croupier> run = run(9);
            run.sim.runFor(Time.seconds(20));
            snapshots[i] = run.snapshot();
        }
        assertEquals(snapshots[0], snapshots[1]);
    }
}

package io.gossamer.protocols.pss;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Mean descriptor age (rounds of a 1 s period) and connection rate of the three services at
 * N = 1000, c = 50, 20 % public for the NAT-aware ones (Cyclon, NAT-unaware, on all-public
 * nodes), after 100 s.
 */
class FreshnessComparisonTest {
    static final int N = NatRun.N;

    @Test
    void agesOfTheThreeServices() {
        double cyclon = cyclonAge();
        Views cv = new Views();
        Croupier.Config cs = new Croupier.Config(50, 25, Time.seconds(1), 25);
        NatRun<Croupier> croupier = new NatRun<>(23, Croupier.class, cv, (a, i) -> new Croupier.Init(a, cs, i, 20));
        croupier.sim.runFor(Time.seconds(100));
        double[] croupierAges = viewAges(croupier);
        Views wv = new Views();
        Wpss.Config ws = Wpss.Config.defaults();
        NatRun<Wpss> wpss = new NatRun<>(23, Wpss.class, wv, (a, i) -> new Wpss.Init(a, ws, i, 20));
        wpss.sim.runFor(Time.seconds(100));
        System.out.printf("Mean age, rounds of 1 s, c=50: Cyclon (all public, l=25) %.2f; Croupier (c=50 per view,"
                + " l=25) %.2f (public view %.2f, private view %.2f); WPSS (Delta_W=10 s, TTL=5, k=5) %.2f%n",
                cyclon, croupier.meanAge(), croupierAges[0], croupierAges[1], wpss.meanAge());
        assertTrue(wpss.meanAge() < croupier.meanAge(), "WPSS is not fresher than Croupier");
        assertTrue(Math.abs(wpss.meanAge() - ws.viewSize() / 2.0) < 0.2 * ws.viewSize() / 2.0,
                "WPSS mean age " + wpss.meanAge());
    }

    /** Mean age of the public and of the private descriptors. */
    static double[] viewAges(NatRun<?> run) {
        long[] sum = new long[2];
        long[] count = new long[2];
        for (int id = 0; id < N; id++) {
            for (int i = 0; i < run.views.size(id); i++) {
                int k = NatRun.isPublic(run.views.id(id, i)) ? 0 : 1;
                sum[k] += run.views.age(id, i);
                count[k]++;
            }
        }
        return new double[] {(double) sum[0] / count[0], (double) sum[1] / count[1]};
    }

    static double cyclonAge() {
        Simulation sim = new Simulation(23);
        NodeHost host = new NodeHost(sim, NetworkConfig.ideal().withLatency(new UniformLatency(Time.ms(10), Time.ms(50))));
        host.reserve(N);
        Views views = new Views().bind(host);
        Cyclon.Config setup = new Cyclon.Config(50, 25, Time.seconds(1));
        RandomStream r = sim.random().stream("test.introducers");
        for (int id = 0; id < N; id++) {
            List<Address> intro = new ArrayList<>();
            while (intro.size() < NatRun.INTRODUCERS) {
                int peer = r.nextInt(N);
                if (peer != id && intro.stream().noneMatch(a -> a.id() == peer)) {
                    intro.add(Address.of(peer));
                }
            }
            host.start(Address.of(id), Cyclon.class, new Cyclon.Init(Address.of(id), setup, intro, 20));
        }
        sim.runFor(Time.seconds(100));
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
}

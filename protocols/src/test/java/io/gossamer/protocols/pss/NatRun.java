package io.gossamer.protocols.pss;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A run of a NAT-aware peer sampling service: N nodes, every fifth public (20 %), the others
 * behind port-restricted NATs, uniform 10-50 ms latency, each node given a few random public
 * introducers.
 */
final class NatRun<C extends ComponentDefinition> {
    static final int N = 1000;
    static final int INTRODUCERS = 5;

    final Simulation sim;
    final NodeHost host;
    final Views views;
    final List<C> nodes = new ArrayList<>();

    /** {@code init} makes a node's Init from its address and its introducers. */
    NatRun(long seed, Class<C> type, Views views,
            BiFunction<Address, List<Address>, io.gossamer.sim.core.Init<C>> init) {
        this.views = views;
        sim = new Simulation(seed);
        host = new NodeHost(sim, NetworkConfig.ideal().withLatency(new UniformLatency(Time.ms(10), Time.ms(50))));
        host.reserve(N);
        views.bind(host);
        RandomStream r = sim.random().stream("test.introducers");
        for (int id = 0; id < N; id++) {
            List<Address> intro = new ArrayList<>();
            while (intro.size() < INTRODUCERS) {
                int peer = 5 * r.nextInt(N / 5);
                if (peer != id && intro.stream().noneMatch(a -> a.id() == peer)) {
                    intro.add(address(peer));
                }
            }
            Address a = address(id);
            nodes.add(host.start(a, type, init.apply(a, intro)));
        }
    }

    static Address address(int id) {
        return new Address(id, id % 5 == 0 ? NatType.OPEN : NatType.PORT_RESTRICTED);
    }

    static boolean isPublic(int id) {
        return id % 5 == 0;
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

    /** Every node's view as "id:age" lists, to compare runs. */
    String snapshot() {
        StringBuilder b = new StringBuilder();
        for (int id = 0; id < N; id++) {
            b.append(id).append('[');
            for (int i = 0; i < views.size(id); i++) {
                b.append(views.id(id, i)).append(':').append(views.age(id, i)).append(' ');
            }
            b.append("]\n");
        }
        return b.toString();
    }

    long[] opened() {
        long[] r = new long[N];
        for (int id = 0; id < N; id++) {
            r[id] = host.network().connections(id).opened();
        }
        return r;
    }
}

package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.node.NodeHost;

/** A simulation with a node host and {@link Endpoint} nodes, for network tests. */
final class NetHarness {
    final Simulation sim;
    final NodeHost host;

    NetHarness(long seed, NetworkConfig config) {
        this(new Simulation(seed), config);
    }

    /** For models that need the simulation (its random streams) before the host exists. */
    NetHarness(Simulation sim, NetworkConfig config) {
        this.sim = sim;
        this.host = new NodeHost(sim, config);
    }

    /** Starts an endpoint with the default access link. */
    Endpoint node(int id) {
        return host.start(Address.of(id), Endpoint.class, new Endpoint.Init(Address.of(id)));
    }

    /** Starts an endpoint with its own access link. */
    Endpoint node(int id, LinkCapacity link) {
        return host.start(Address.of(id), link, Endpoint.class, new Endpoint.Init(Address.of(id)));
    }

    SimNetwork net() {
        return host.network();
    }

    /** Runs {@code action} at virtual time {@code time}. */
    void at(long time, Runnable action) {
        sim.scheduleAt(time, action);
    }

    /** Runs until no event is left and checks that nothing failed. */
    RunResult runToEnd() {
        RunResult r = sim.run();
        assertNull(r.fault(), () -> "run failed: " + r);
        assertEquals(StopReason.NO_EVENTS, r.reason(), () -> "run did not drain: " + r);
        return r;
    }
}

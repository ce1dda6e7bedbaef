package io.gossamer.experiments.bench;

import io.gossamer.experiments.memory.RunWatch;
import io.gossamer.protocols.broadcast.BroadcastObservers;
import io.gossamer.protocols.broadcast.SeenMessages;
import io.gossamer.protocols.flood.Flooding;
import io.gossamer.protocols.neighbours.OverlayNeighbours;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.protocols.overlay.RandomGraphs;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.node.NodeHost;

/**
 * Workload F of the reference anchors: one flooding broadcast from node 0 over a random 8-out
 * digraph with uniform [10, 100) ms latency, on the real kernel, component model and network,
 * with the {@link Flooding} module (a broadcast request at node 0 at time 0). A
 * {@link Workload} changes the degree, makes the links undirected or changes the latency range.
 */
public final class FloodBenchmark {
    /** Out-degree of the overlay. */
    public static final int DEGREE = 8;
    /** Message size in bytes (no bandwidth limit, so it only feeds the byte counters). */
    public static final int MESSAGE_BYTES = 64;

    private FloodBenchmark() {
    }

    /**
     * The overlay and latency of a run: workload F itself ({@link #F}), or a variant of it to
     * match another simulator's set-up.
     *
     * @param degree out-degree of the random overlay (distinct out-neighbours, no self links)
     * @param undirected every link usable both ways (PeerSim's {@code init.wire.undir})
     * @param minLatencyNanos smallest one-way delay
     * @param maxLatencyNanos the delay is uniform in [min, max), or exactly min when they are equal
     */
    public record Workload(int degree, boolean undirected, long minLatencyNanos, long maxLatencyNanos) {
        /** Workload F: 8-out, directed, uniform [10, 100) ms. */
        public static final Workload F = new Workload(DEGREE, false, Time.ms(10), Time.ms(100));

        /** Checks the values. */
        public Workload {
            if (degree < 1) {
                throw new IllegalArgumentException("the degree must be at least 1, got " + degree);
            }
            if (minLatencyNanos < 0 || maxLatencyNanos < minLatencyNanos) {
                throw new IllegalArgumentException("the latency needs 0 <= min <= max, got " + minLatencyNanos + "ns.."
                        + maxLatencyNanos + "ns");
            }
        }

        /** Nodes needed for {@code degree} distinct out-neighbours. */
        public int minNodes() {
            return degree + 1;
        }

        // Equality written out: a record's generated one is linked through method handles at
        // its first use (the bench command compares with F), classes spun for the JIT to compile.
        @Override
        public boolean equals(Object o) {
            return o instanceof Workload w && w.degree == degree && w.undirected == undirected
                    && w.minLatencyNanos == minLatencyNanos && w.maxLatencyNanos == maxLatencyNanos;
        }

        @Override
        public int hashCode() {
            return ((degree * 31 + Boolean.hashCode(undirected)) * 31 + Long.hashCode(minLatencyNanos)) * 31
                    + Long.hashCode(maxLatencyNanos);
        }
    }

    /**
     * One run's figures.
     *
     * @param nodes nodes in the overlay
     * @param seed master seed
     * @param reached nodes that got the message
     * @param t50Ms time when half of all nodes held it
     * @param t90Ms time when 90 % held it
     * @param t99Ms time when 99 % held it
     * @param lastMs time of the last first receipt
     * @param messages messages sent
     * @param events kernel events processed (timed plus zero-delay)
     * @param cpuSeconds process CPU time, set-up included
     * @param peakHeapMib peak heap in use
     * @param peakRssMib peak resident set size, or -1
     */
    public record Result(int nodes, long seed, int reached, double t50Ms, double t90Ms, double t99Ms,
            double lastMs, long messages, long events, double cpuSeconds, double peakHeapMib, double peakRssMib) {

        /** Messages per CPU second. */
        public double messagesPerCpuSecond() {
            return messages / cpuSeconds;
        }
    }

    /** Runs workload F with {@code nodes} nodes under {@code seed}. */
    public static Result run(int nodes, long seed) {
        return run(nodes, seed, Workload.F);
    }

    /** Runs {@code workload} with {@code nodes} nodes under {@code seed}. */
    public static Result run(int nodes, long seed, Workload workload) {
        RunWatch watch = new RunWatch("bench flood (seed " + seed + ")", nodes, "");
        try {
            return run(nodes, seed, workload, watch);
        } catch (OutOfMemoryError e) {
            // Here the run's own references are gone: only the watch still holds its host.
            throw watch.outOfMemory(e);
        }
    }

    private static Result run(int nodes, long seed, Workload workload, RunWatch watch) {
        if (nodes < workload.minNodes()) {
            throw new IllegalArgumentException("a " + workload.degree() + "-out overlay needs at least " + workload.minNodes()
                    + " nodes, got " + nodes);
        }
        long cpuStart = ProcessStats.processCpuNanos();
        Simulation sim = new Simulation(seed);
        NetworkConfig network = new NetworkConfig(new UniformLatency(workload.minLatencyNanos(), workload.maxLatencyNanos()),
                LossModel.NONE, LinkCapacity.UNLIMITED);
        NodeHost host = new NodeHost(sim, network);
        watch.attach(host);
        host.reserve(nodes);
        StaticGraph drawn = RandomGraphs.dOut(nodes, workload.degree(), sim.random().stream("overlay"));
        StaticGraph overlay = workload.undirected() ? drawn.undirected() : drawn;
        DisseminationLog log = BroadcastObservers.attach(host, id -> true);
        OverlayNeighbours neighbours = new OverlayNeighbours(overlay);
        Flooding.Shared shared = new Flooding.Shared(neighbours, new Flooding.Config(0), 0, new SeenMessages(nodes));
        for (int id = 0; id < nodes; id++) {
            Address address = Address.of(id);
            host.start(address, Flooding.class, new Flooding.Init(address, shared));
        }
        BroadcastObservers.broadcast(host, log, 0, MESSAGE_BYTES);
        RunResult result = sim.run();
        if (result.reason() != StopReason.NO_EVENTS) {
            throw new IllegalStateException("flood run ended early: " + result);
        }
        watch.detach();
        // The first-receipt delays of the nodes reached, sorted; the others never got it. One
        // array of the reached nodes' delays and no copies: after a million-node run the heap is
        // at its fullest, and every extra array here raises the run's peak.
        long[] delays = log.targetDelays(0);
        int reached = delays.length;
        long cpu = ProcessStats.processCpuNanos() - cpuStart;
        return new Result(nodes, seed, reached,
                percentileMs(delays, nodes, 0.50), percentileMs(delays, nodes, 0.90), percentileMs(delays, nodes, 0.99),
                Time.toMillis(delays[reached - 1]), host.network().totalSent(),
                sim.timedEvents() + sim.localEvents(), cpu / 1e9, ProcessStats.peakHeapMib(), ProcessStats.peakRssMib());
    }

    /**
     * Time at which a fraction {@code q} of all {@code nodes} held the message (NaN if never):
     * the {@code ceil(q * nodes)}-th smallest first-receipt time, from the sorted times of the
     * nodes reached (the others count as never).
     */
    static double percentileMs(long[] sortedReached, int nodes, double q) {
        int k = Math.max(0, (int) Math.ceil(q * nodes) - 1);
        return k < sortedReached.length ? Time.toMillis(sortedReached[k]) : Double.NaN;
    }
}

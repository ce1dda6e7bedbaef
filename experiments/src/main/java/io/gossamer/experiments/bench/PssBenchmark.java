package io.gossamer.experiments.bench;

import io.gossamer.experiments.memory.MemoryBudget;
import io.gossamer.experiments.memory.RunWatch;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.RunProgress;
import io.gossamer.scenarios.run.ScenarioRunner;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.TrafficObserver;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The peer-sampling scale workloads of issue 12, on the full simulator (latency, connections,
 * NATs): Cyclon with N public nodes all there at time 0 (the bundled {@code cyclon-scale}:
 * c = 20, l = 10, 1 s rounds, 60 s, uniform 10-100 ms), and WPSS or Croupier with one public
 * node at time 0 and N - 1 more joining as a Poisson process over 100 s, 20 % public (the
 * {@code wpss-scale} sweep point: c = 50, 1 s rounds, 300 s; Croupier with c = 25, l = 10).
 * A shuffle is an exchange a node starts: Cyclon's and Croupier's shuffle requests, and WPSS's
 * self-advertisements (one a node a round), counted by watching the network from outside.
 */
public final class PssBenchmark {
    /** The protocols the benchmark runs. */
    public static final List<String> PROTOCOLS = List.of("cyclon", "croupier", "wpss");
    /** Simulated time over which the joiners of the WPSS and Croupier workloads arrive, in seconds. */
    static final double JOIN_SECONDS = 100;

    /** Whether a message class starts an exchange ({@link #startsExchange}), decided once per class. */
    private static final ClassValue<Boolean> STARTS_EXCHANGE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getSimpleName().equals("Shuffle") || type.getSimpleName().equals("Advertisement");
        }
    };

    private PssBenchmark() {
    }

    /**
     * One run's figures.
     *
     * @param protocol cyclon, croupier or wpss
     * @param nodes nodes at the end (all joined)
     * @param seconds simulated seconds
     * @param seed master seed
     * @param events kernel events processed (timed plus zero-delay)
     * @param shuffles exchanges started (shuffle requests, or WPSS advertisements)
     * @param messages messages sent
     * @param cpuSeconds process CPU time, set-up and the metric's final figures included
     * @param wallSeconds wall-clock time of the same interval
     * @param peakHeapMib peak heap in use
     * @param peakRssMib peak resident set size, or -1
     * @param freshnessRounds mean descriptor age in rounds, averaged over the steady state
     * @param freshnessSeconds the same in seconds
     * @param connectionsPerNodeSecond new connections per node per second, steady state
     * @param viewSize mean view size at the end of the steady state
     */
    public record Result(String protocol, int nodes, int seconds, long seed, long events, long shuffles, long messages,
            double cpuSeconds, double wallSeconds, double peakHeapMib, double peakRssMib, double freshnessRounds,
            double freshnessSeconds, double connectionsPerNodeSecond, double viewSize) {

        /** Events per CPU second. */
        public double eventsPerCpuSecond() {
            return events / cpuSeconds;
        }

        /** Events per shuffle. */
        public double eventsPerShuffle() {
            return shuffles == 0 ? Double.NaN : events / (double) shuffles;
        }

        /** CPU microseconds per shuffle. */
        public double cpuMicrosPerShuffle() {
            return shuffles == 0 ? Double.NaN : cpuSeconds * 1e6 / shuffles;
        }
    }

    /** The overrides of the bundled scenario that make the workload for {@code protocol}, N nodes and S seconds. */
    static List<String> overrides(String protocol, int nodes, int seconds) {
        List<String> sets = new ArrayList<>();
        sets.add("duration=" + seconds + "s");
        if (protocol.equals("cyclon")) {
            sets.add("nodes.peer.count=" + nodes);
            sets.add("metrics.0.pss.from=" + steadyFrom(seconds, 50, 60));
        } else {
            // The wpss-scale sweep point, scaled: N - 1 joins over about 100 s.
            sets.add("processes.joins.count=" + (nodes - 1));
            sets.add(String.format(Locale.ROOT, "processes.joins.every={exponential: %.6fms}", JOIN_SECONDS * 1000 / (nodes - 1)));
            sets.add("metrics.0.pss.from=" + steadyFrom(seconds, 150, 300));
            if (protocol.equals("croupier")) {
                String croupier = "{name: croupier, view-size: 25, shuffle-length: 10, period: 1s}";
                sets.add("nodes.peer.protocol=" + croupier);
                sets.add("nodes.joiner.protocol=" + croupier);
            }
        }
        if (seconds < 20) {
            sets.add("metrics.0.pss.every=1s");
        }
        return sets;
    }

    /** The start of the steady state: the scenario's own for its own length, else the same share of the run. */
    private static String steadyFrom(int seconds, int from, int length) {
        return seconds == length ? from + "s" : Math.max(0, seconds * from / length) + "s";
    }

    /** Runs the workload of {@code protocol} with {@code nodes} nodes for {@code seconds} simulated seconds. */
    public static Result run(String protocol, int nodes, int seconds, long seed) {
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("--protocol must be one of " + String.join(", ", PROTOCOLS) + ", got '" + protocol + "'");
        }
        if (nodes < 2) {
            throw new IllegalArgumentException("--nodes must be at least 2, got " + nodes);
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds must be at least 1, got " + seconds);
        }
        String bundled = protocol.equals("cyclon") ? "cyclon-scale" : "wpss-scale";
        Scenario scenario = ScenarioLoader.discover().load(ScenarioSource.resolve(bundled), overrides(protocol, nodes, seconds));
        RunWatch watch = new RunWatch("bench pss (" + protocol + ", " + nodes + " nodes)", MemoryBudget.nodes(scenario), "");
        try {
            return run(protocol, nodes, seconds, seed, scenario, watch);
        } catch (OutOfMemoryError e) {
            // Here the run's own references are gone: only the watch still holds its host.
            throw watch.outOfMemory(e);
        }
    }

    private static Result run(String protocol, int nodes, int seconds, long seed, Scenario scenario, RunWatch watch) {
        long[] shuffles = new long[1];
        NodeHost[] host = new NodeHost[1];
        long cpu0 = ProcessStats.processCpuNanos();
        long wall0 = System.nanoTime();
        RunOutcome outcome = new ScenarioRunner(scenario, seed).onHost(h -> {
            watch.attach(h);
            host[0] = h;
            h.network().observe(new TrafficObserver() {
                @Override
                public void sent(int node, Message message, int copies) {
                    if (startsExchange(message)) {
                        shuffles[0] += copies;
                    }
                }
            });
        }).run(RunProgress.NONE);
        double cpu = (ProcessStats.processCpuNanos() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        watch.detach();
        Map<String, Double> pss = outcome.metrics().get("pss").summary();
        return new Result(protocol, nodes, seconds, seed, outcome.events(), shuffles[0], host[0].network().totalSent(), cpu, wall,
                ProcessStats.peakHeapMib(), ProcessStats.peakRssMib(), value(pss, "freshness_rounds"), value(pss, "freshness_s"),
                value(pss, "connections_per_node_s"), value(pss, "view_size"));
    }

    /** The message a node sends to start an exchange: a shuffle request, or WPSS's advertisement. */
    static boolean startsExchange(Message message) {
        return STARTS_EXCHANGE.get(message.getClass());
    }


    private static double value(Map<String, Double> summary, String key) {
        Double v = summary.get(key);
        return v == null ? Double.NaN : v;
    }
}

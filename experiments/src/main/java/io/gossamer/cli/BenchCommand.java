package io.gossamer.cli;

import io.gossamer.experiments.bench.FloodBenchmark;
import io.gossamer.experiments.bench.KernelBenchmark;
import io.gossamer.experiments.bench.PssBenchmark;
import io.gossamer.scenarios.Units;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gossamer bench}: performance benchmarks of the kernel and the whole simulator. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: the event queue (kernel), a flooding broadcast (flood) and peer sampling at scale (pss).",
        subcommands = {BenchCommand.Kernel.class, BenchCommand.Flood.class, BenchCommand.Pss.class})
final class BenchCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    /** {@code gossamer bench kernel}. */
    @Command(name = "kernel", mixinStandardHelpOptions = true,
            description = "Hold model (pop the earliest, push now + Exp(1000 ns)) on Gossamer's event queue "
                    + "and on java.util.PriorityQueue, at 1k, 100k, 1M and 10M events pending.")
    static final class Kernel implements Runnable {
        @Spec
        private CommandSpec spec;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        private boolean json;

        @Option(names = "--sizes", split = ",", paramLabel = "N",
                description = "Pending sizes to measure (default: ${DEFAULT-VALUE}).", defaultValue = "1000,100000,1000000,10000000")
        private List<Integer> sizes;

        @Option(names = "--operations", paramLabel = "N", defaultValue = "3000000",
                description = "Timed hold operations per size and queue (default: ${DEFAULT-VALUE}).")
        private long operations;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the increments (default: ${DEFAULT-VALUE}).")
        private long seed;

        @Override
        public void run() {
            if (operations < 1) {
                throw new IllegalArgumentException("--operations must be at least 1, got " + operations);
            }
            // Checked before anything is printed, so a bad list leaves no half table behind.
            if (sizes == null || sizes.isEmpty()) {
                throw new IllegalArgumentException("--sizes needs at least one size, e.g. --sizes 1000,1000000");
            }
            for (int size : sizes) {
                if (size < 1) {
                    throw new IllegalArgumentException("--sizes must be positive, got " + size);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            List<Map<String, Object>> rows = new ArrayList<>();
            if (!json) {
                out.printf(Locale.ROOT, "%12s %18s %18s %8s%n", "pending", "gossamer M hold/s", "PriorityQueue", "ratio");
            }
            for (int size : sizes) {
                KernelBenchmark.Result r = KernelBenchmark.run(size, operations, seed);
                if (json) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("pending", r.pending());
                    row.put("operations", r.operations());
                    row.put("gossamer_mops", round(r.gossamerMops(), 2));
                    row.put("priority_queue_mops", round(r.priorityQueueMops(), 2));
                    row.put("ratio", round(r.ratio(), 2));
                    rows.add(row);
                } else {
                    out.printf(Locale.ROOT, "%12d %18.2f %18.2f %8.2f%n",
                            r.pending(), r.gossamerMops(), r.priorityQueueMops(), r.ratio());
                    out.flush();
                }
            }
            if (json) {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("benchmark", "kernel-hold");
                all.put("results", rows);
                out.println(Json.write(all));
            }
            out.flush();
        }
    }

    /** {@code gossamer bench flood}. */
    @Command(name = "flood", mixinStandardHelpOptions = true,
            description = "Workload F: one flooding broadcast over a random 8-out digraph, "
                    + "uniform [10, 100) ms latency, on the full simulator; --degree, --undirected and --latency change it.")
    static final class Flood implements Runnable {
        @Spec
        private CommandSpec spec;

        @Option(names = "--nodes", required = true, paramLabel = "N", description = "Number of nodes (at least 9).")
        private int nodes;

        @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--seeds", defaultValue = "1", paramLabel = "K",
                description = "Run K seeds (seed, seed+1, ...) and also print their means (default: ${DEFAULT-VALUE}).")
        private int seeds;

        @Option(names = "--json", description = "Print JSON instead of text.")
        private boolean json;

        @Option(names = "--degree", paramLabel = "D", defaultValue = "8",
                description = "Out-degree of the random overlay (default: ${DEFAULT-VALUE}).")
        private int degree;

        @Option(names = "--undirected", description = "Make every link usable both ways, as PeerSim's init.wire.undir.")
        private boolean undirected;

        @Option(names = "--latency", paramLabel = "MIN..MAX", defaultValue = "10ms..100ms",
                description = "One-way delay uniform in [MIN, MAX), durations with units (default: ${DEFAULT-VALUE}).")
        private String latency;

        @Override
        public void run() {
            if (degree < 1) {
                throw new IllegalArgumentException("--degree must be at least 1, got " + degree);
            }
            if (nodes < degree + 1) {
                throw new IllegalArgumentException("--nodes must be at least " + (degree + 1) + ", got " + nodes);
            }
            if (seeds < 1) {
                throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
            }
            if ((long) nodes * degree * (undirected ? 2 : 1) > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("--nodes x --degree" + (undirected ? " x 2 (--undirected)" : "")
                        + " must be below 2^31 links, got " + nodes + " x " + degree);
            }
            FloodBenchmark.Workload workload = new FloodBenchmark.Workload(degree, undirected, latencyBound(0), latencyBound(1));
            boolean variant = !workload.equals(FloodBenchmark.Workload.F);
            PrintWriter out = spec.commandLine().getOut();
            if (variant && !json) {
                String latencyWords = workload.minLatencyNanos() == workload.maxLatencyNanos()
                        ? "constant " + ms(workload.minLatencyNanos()) + " ms"
                        : "uniform [" + ms(workload.minLatencyNanos()) + ", " + ms(workload.maxLatencyNanos()) + ") ms";
                out.printf(Locale.ROOT, "workload: %d-out %s overlay, latency %s%n", degree,
                        undirected ? "undirected" : "directed", latencyWords);
            }
            List<Map<String, Object>> runs = new ArrayList<>();
            double[] sums = new double[4];
            for (int k = 0; k < seeds; k++) {
                FloodBenchmark.Result r = FloodBenchmark.run(nodes, seed + k, workload);
                sums[0] += r.t50Ms();
                sums[1] += r.t90Ms();
                sums[2] += r.t99Ms();
                sums[3] += r.lastMs();
                Map<String, Object> row = toMap(r);
                if (variant) {
                    // Only a variant names its workload, so workload F's output stays as it was.
                    row.put("degree", degree);
                    row.put("undirected", undirected);
                    row.put("latency_min_ms", workload.minLatencyNanos() / 1e6);
                    row.put("latency_max_ms", workload.maxLatencyNanos() / 1e6);
                }
                runs.add(row);
                if (!json) {
                    out.printf(Locale.ROOT, "seed %d: nodes %d reached %d t50 %.1f ms t90 %.1f ms t99 %.1f ms last %.1f ms "
                                    + "messages %d cpu %.2f s (%.2f M msg/cpu-s) peak heap %.0f MiB peak rss %.0f MiB%n",
                            r.seed(), r.nodes(), r.reached(), r.t50Ms(), r.t90Ms(), r.t99Ms(), r.lastMs(), r.messages(),
                            r.cpuSeconds(), r.messagesPerCpuSecond() / 1e6, r.peakHeapMib(), r.peakRssMib());
                    out.flush();
                }
            }
            if (json) {
                if (seeds == 1) {
                    out.println(Json.write(runs.get(0)));
                } else {
                    Map<String, Object> all = new LinkedHashMap<>();
                    all.put("runs", runs);
                    all.put("mean_t50_ms", round(sums[0] / seeds, 2));
                    all.put("mean_t90_ms", round(sums[1] / seeds, 2));
                    all.put("mean_t99_ms", round(sums[2] / seeds, 2));
                    all.put("mean_last_ms", round(sums[3] / seeds, 2));
                    out.println(Json.write(all));
                }
            } else if (seeds > 1) {
                out.printf(Locale.ROOT, "mean over %d seeds: t50 %.1f ms t90 %.1f ms t99 %.1f ms last %.1f ms%n",
                        seeds, sums[0] / seeds, sums[1] / seeds, sums[2] / seeds, sums[3] / seeds);
            }
            out.flush();
        }

        /** The lower (0) or upper (1) bound of {@code --latency} in ns. */
        private long latencyBound(int which) {
            String[] bounds = latency.split("\\.\\.", -1);
            if (bounds.length != 2) {
                throw new IllegalArgumentException("--latency must be MIN..MAX with durations, e.g. 10ms..100ms, got '" + latency + "'");
            }
            long min = bound(bounds[0]);
            long max = bound(bounds[1]);
            if (max < min) {
                throw new IllegalArgumentException("--latency MIN..MAX needs MIN <= MAX, got '" + latency + "'");
            }
            return which == 0 ? min : max;
        }

        private long bound(String text) {
            try {
                return Units.duration(text.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--latency '" + latency + "': " + e.getMessage());
            }
        }

        private static String ms(long nanos) {
            return java.math.BigDecimal.valueOf(nanos, 6).stripTrailingZeros().toPlainString();
        }

        private static Map<String, Object> toMap(FloodBenchmark.Result r) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodes", r.nodes());
            row.put("seed", r.seed());
            row.put("reached", r.reached());
            row.put("t50_ms", round(r.t50Ms(), 3));
            row.put("t90_ms", round(r.t90Ms(), 3));
            row.put("t99_ms", round(r.t99Ms(), 3));
            row.put("last_ms", round(r.lastMs(), 3));
            row.put("messages", r.messages());
            row.put("events", r.events());
            row.put("cpu_s", round(r.cpuSeconds(), 3));
            row.put("msgs_per_cpu_s", Math.round(r.messagesPerCpuSecond()));
            row.put("peak_heap_mib", round(r.peakHeapMib(), 1));
            row.put("peak_rss_mib", round(r.peakRssMib(), 1));
            return row;
        }
    }

    /** {@code gossamer bench pss}. */
    @Command(name = "pss", mixinStandardHelpOptions = true,
            description = {"Peer sampling at scale on the full simulator: Cyclon with N public nodes from time 0 (c=20, l=10, "
                    + "1 s rounds, uniform 10-100 ms latency, 60 s), or WPSS / Croupier with N nodes joining over 100 s, 20%% public "
                    + "(the wpss-scale sweep point, 300 s).",
                "Reports CPU and wall time, peak memory, events, shuffles, events per shuffle, freshness and new connections "
                    + "per node per second."})
    static final class Pss implements Runnable {
        @Spec
        private CommandSpec spec;

        @Option(names = "--protocol", required = true, paramLabel = "P", description = "cyclon, croupier or wpss.")
        private String protocol;

        @Option(names = "--nodes", required = true, paramLabel = "N", description = "Number of nodes (at least 2).")
        private int nodes;

        @Option(names = "--seconds", paramLabel = "S", description = "Simulated seconds (default: 60 for cyclon, 300 for the others).")
        private Integer seconds;

        @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
        private long seed;

        @Option(names = "--json", description = "Print JSON instead of text.")
        private boolean json;

        @Override
        public void run() {
            int s = seconds != null ? seconds : "cyclon".equals(protocol) ? 60 : 300;
            PssBenchmark.Result r = PssBenchmark.run(protocol, nodes, s, seed);
            PrintWriter out = spec.commandLine().getOut();
            if (r.shuffles() == 0) {
                spec.commandLine().getErr().println("gossamer: warning: no node shuffled in " + s + " s with " + nodes + " nodes ("
                        + protocol + " needs public nodes to shuffle with; 20 % of the nodes are public): the per-shuffle"
                        + " figures are undefined (null in --json)");
            }
            if (json) {
                out.println(Json.write(toMap(r)));
            } else {
                out.printf(Locale.ROOT, "%s: nodes %d, %d s, seed %d: events %d, shuffles %d (%.1f events, %.2f CPU us per shuffle), "
                                + "cpu %.2f s (%.2f M events/cpu-s), wall %.2f s, freshness %.2f rounds (%.2f s), "
                                + "%.3f new connections per node per s, peak heap %.0f MiB, peak rss %.0f MiB%n",
                        r.protocol(), r.nodes(), r.seconds(), r.seed(), r.events(), r.shuffles(), r.eventsPerShuffle(),
                        r.cpuMicrosPerShuffle(), r.cpuSeconds(), r.eventsPerCpuSecond() / 1e6, r.wallSeconds(), r.freshnessRounds(),
                        r.freshnessSeconds(), r.connectionsPerNodeSecond(), r.peakHeapMib(), r.peakRssMib());
            }
            out.flush();
        }

        private static Map<String, Object> toMap(PssBenchmark.Result r) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("benchmark", "pss");
            row.put("protocol", r.protocol());
            row.put("nodes", r.nodes());
            row.put("seconds", r.seconds());
            row.put("seed", r.seed());
            row.put("events", r.events());
            row.put("shuffles", r.shuffles());
            row.put("messages", r.messages());
            row.put("cpu_s", round(r.cpuSeconds(), 3));
            row.put("wall_s", round(r.wallSeconds(), 3));
            row.put("events_per_cpu_s", Math.round(r.eventsPerCpuSecond()));
            row.put("events_per_shuffle", r.shuffles() == 0 ? null : round(r.eventsPerShuffle(), 2));
            row.put("cpu_us_per_shuffle", r.shuffles() == 0 ? null : round(r.cpuMicrosPerShuffle(), 3));
            row.put("freshness_rounds", round(r.freshnessRounds(), 3));
            row.put("freshness_s", round(r.freshnessSeconds(), 3));
            row.put("connections_per_node_s", round(r.connectionsPerNodeSecond(), 4));
            row.put("view_size", round(r.viewSize(), 3));
            row.put("peak_heap_mib", round(r.peakHeapMib(), 1));
            row.put("peak_rss_mib", round(r.peakRssMib(), 1));
            return row;
        }
    }
}

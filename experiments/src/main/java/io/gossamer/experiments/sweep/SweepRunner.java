package io.gossamer.experiments.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.memory.HeapFacts;
import io.gossamer.experiments.memory.MemoryBudget;
import io.gossamer.experiments.memory.RunWatch;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.RunWriter;
import io.gossamer.experiments.results.SweepTables;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunFailure;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.ScenarioRunner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the runs of a sweep on {@code jobs} threads (one simulation per thread), writes each
 * run's directory as it finishes, then sweep.csv and aggregate.csv. With a shard i/N it runs
 * every N-th run from the i-th; with resume it skips runs whose directory exists.
 */
public final class SweepRunner {
    private final ScenarioLoader loader;
    private final ScenarioSource source;
    private final SweepPlan plan;
    private final Path out;
    private final JsonNode invocation;
    private MemoryBudget budget = MemoryBudget.ofThisJvm();
    private Consumer<String> notes = note -> { };
    private RunExecutor executor = this::simulate;
    /** The listener of the invocation under way (told how far each simulated run has got). */
    private Listener listener = (done, total, run) -> { };

    /** Executes one run of a sweep: a simulation by default, a live run with {@code sweep --live}. */
    @FunctionalInterface
    public interface RunExecutor {
        /** Runs {@code run} (its scenario built) while {@code running} runs go at once; returns what to write. */
        Executed execute(SweepPlan.RunSpec run, Scenario scenario, int running);
    }

    /**
     * One executed run.
     *
     * @param outcome its metrics
     * @param info its run-info.json
     */
    public record Executed(RunOutcome outcome, RunWriter.RunInfo info) {
    }

    /** Runs each run with {@code executor} instead of the simulator (call {@link #run} with one job for live runs). */
    public SweepRunner executeWith(RunExecutor executor) {
        this.executor = executor;
        return this;
    }

    /** A runner of {@code plan} (read from {@code source}) into {@code out}. */
    public SweepRunner(ScenarioLoader loader, ScenarioSource source, SweepPlan plan, Path out) {
        this(loader, source, plan, out, null);
    }

    /**
     * A runner that also records how it was invoked ({@code sweep-info.json}, not
     * deterministic: it names the scenario as the user gave it), so that {@code gossamer merge}
     * can print the command that finishes the sweep.
     */
    public SweepRunner(ScenarioLoader loader, ScenarioSource source, SweepPlan plan, Path out, JsonNode invocation) {
        this.loader = loader;
        this.source = source;
        this.plan = plan;
        this.out = out;
        this.invocation = invocation;
    }

    /**
     * Sets the heap the runs share (default: this JVM's) and where to say that fewer runs go at
     * once than asked for, because of memory. Returns this runner.
     */
    public SweepRunner memory(MemoryBudget heap, Consumer<String> notices) {
        this.budget = heap;
        this.notes = notices;
        return this;
    }

    /** Told when a run finishes, and how far the simulated runs under way have got. */
    public interface Listener {
        /** {@code done} of {@code total} runs of this invocation have finished. */
        void finished(int done, int total, SweepPlan.RunSpec run);

        /**
         * A simulated run under way has reached simulated time {@code now} of {@code limit} (ns);
         * called from the run's thread every few hundred thousand events, so a long run shows
         * progress before it finishes. Ignored by default.
         */
        default void advanced(SweepPlan.RunSpec run, long now, long limit) {
        }

        /** This invocation will run {@code total} runs (told once, before the first starts). Ignored by default. */
        default void planned(int total) {
        }
    }

    /**
     * Deletes an earlier sweep's directory ({@code --force}); a directory that holds no
     * sweep.json is not a sweep's and is left alone with an error.
     */
    public static void clear(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isRegularFile(dir.resolve("sweep.json"))) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
            }
            throw new IllegalArgumentException("--force replaces only an earlier sweep (a directory with sweep.json), and " + dir
                    + " holds something else; choose another --out");
        }
        try {
            ResultFiles.deleteTree(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /** What an invocation did. */
    public record Result(int planned, int skipped, int ran, int finishedInDirectory) {
    }

    /**
     * Runs the sweep.
     *
     * @param jobs threads (at least 1)
     * @param shard this shard, from 1
     * @param shards number of shards
     * @param resume finish an interrupted sweep in {@code out} instead of refusing to touch it
     * @throws IllegalArgumentException if {@code out} holds another sweep, or a sweep and resume is off
     */
    public Result run(int jobs, int shard, int shards, boolean resume, Listener listener) throws IOException, InterruptedException {
        this.listener = listener;
        boolean mayExist = resume || shards > 1;
        checkPlan(mayExist);
        if (invocation != null) {
            ResultFiles.writeAtomically(out.resolve("sweep-info.json"), ResultFiles.toJson(invocation));
        }
        List<SweepPlan.RunSpec> todo = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < plan.runs().size(); i++) {
            SweepPlan.RunSpec run = plan.runs().get(i);
            if (i % shards != shard - 1) {
                continue;
            }
            if (Files.exists(runDir(run).resolve("summary.json"))) {
                skipped++;
                continue;
            }
            todo.add(run);
        }
        // Check every run's scenario before spending time on any.
        List<Scenario> scenarios = new ArrayList<>();
        for (SweepPlan.RunSpec run : todo) {
            scenarios.add(loader.build(plan.treeOf(run), source));
        }
        writePlan();
        listener.planned(todo.size());
        AtomicInteger done = new AtomicInteger();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            order.add(i);
        }
        int running = measureIfTight(todo, scenarios, Math.max(1, jobs), order, done::incrementAndGet, listener);
        ExecutorService pool = Executors.newFixedThreadPool(running, r -> {
            Thread t = new Thread(r, "gossamer-sweep");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i : order) {
                SweepPlan.RunSpec run = todo.get(i);
                Scenario scenario = scenarios.get(i);
                futures.add(pool.submit(() -> {
                    runOne(run, scenario, running);
                    listener.finished(done.incrementAndGet(), todo.size(), run);
                    return null;
                }));
            }
            for (int k = 0; k < futures.size(); k++) {
                SweepPlan.RunSpec run = todo.get(order.get(k));
                try {
                    futures.get(k).get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RunFailure f) {
                        throw new RunFailure("run " + run.id() + " (seed " + run.seed() + "): " + f.getMessage(), f.getCause());
                    }
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        SweepTables.Counts counts = SweepTables.write(out);
        return new Result(plan.runs().size(), skipped, todo.size(), counts.finished());
    }

    /**
     * Writes {@code out/sweep.json} and checks that every run's scenario builds, without running
     * any (for a sweep that a batch system will run).
     *
     * @param resume accept a directory that already holds this sweep
     * @throws IllegalArgumentException if {@code out} holds another sweep, or this one and resume is off
     */
    public void prepare(boolean resume) {
        checkPlan(resume);
        for (SweepPlan.RunSpec run : plan.runs()) {
            loader.build(plan.treeOf(run), source);
        }
        writePlan();
    }

    /** Writes sweep.json unless it is there (after checkPlan, and after every run's scenario is built). */
    private void writePlan() {
        Path planFile = out.resolve("sweep.json");
        if (!Files.exists(planFile)) {
            ResultFiles.writeAtomically(planFile, ResultFiles.toJson(planJson()));
        }
    }

    /** Refuses an {@code out} that holds another sweep, or this one when it may not exist there. */
    private void checkPlan(boolean mayExist) {
        Path planFile = out.resolve("sweep.json");
        String planJson = ResultFiles.toJson(planJson());
        if (Files.exists(planFile)) {
            String existing;
            try {
                existing = Files.readString(planFile);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + planFile + ": " + e.getMessage(), e);
            }
            if (!existing.equals(planJson)) {
                throw new IllegalArgumentException(out + " holds another sweep (its sweep.json differs: other scenario, values or seeds);"
                        + " choose another --out");
            }
            if (!mayExist) {
                throw new IllegalArgumentException(out + " already holds this sweep; add --resume to finish its missing runs,"
                        + " --force to replace it, or choose another --out");
            }
        }
    }

    /**
     * Where the memory estimate says fewer than {@code parallel} runs fit at once, runs the
     * largest run alone first (removing it from {@code order}) and returns how many runs its
     * measured peak heap lets go at once; otherwise returns {@code parallel}.
     */
    private int measureIfTight(List<SweepPlan.RunSpec> todo, List<Scenario> scenarios, int parallel, List<Integer> order,
            java.util.function.IntSupplier nextDone, Listener listener) {
        if (parallel > 1 && todo.size() > 1) {
            // Memory: if the estimate says fewer runs fit than asked for, the largest run goes first,
            // alone, and its peak heap decides how many go at once (results do not depend on the order).
            int largest = 0;
            for (int i = 1; i < todo.size(); i++) {
                if (MemoryBudget.estimate(scenarios.get(i)) > MemoryBudget.estimate(scenarios.get(largest))) {
                    largest = i;
                }
            }
            long estimate = MemoryBudget.estimate(scenarios.get(largest));
            if (budget.fit(parallel, estimate) < parallel) {
                notes.accept("memory: the largest run (which may start up to " + HeapFacts.count(MemoryBudget.nodes(scenarios.get(largest)))
                        + " nodes) may need up to " + HeapFacts.bytes(estimate) + " of heap (at " + HeapFacts.bytes(MemoryBudget.BYTES_PER_NODE)
                        + " a node), and the heap is " + HeapFacts.bytes(budget.heapBytes()) + ": running it alone first to measure it");
                HeapFacts.resetPeaks();
                try {
                    runOne(todo.get(largest), scenarios.get(largest), 1);
                } catch (RunFailure f) {
                    throw new RunFailure("run " + todo.get(largest).id() + " (seed " + todo.get(largest).seed() + "): " + f.getMessage(), f.getCause());
                }
                listener.finished(nextDone.getAsInt(), todo.size(), todo.get(largest));
                long measured = HeapFacts.peakHeap();
                int fit = budget.fit(parallel, measured);
                notes.accept(fit < parallel
                        ? "memory: it peaked at " + HeapFacts.bytes(measured) + " of heap, so the " + HeapFacts.bytes(budget.heapBytes())
                                + " heap holds " + fit + " such run" + (fit == 1 ? "" : "s") + " at once: running " + fit + " at a time instead of "
                                + parallel + " (--jobs); for " + parallel + " at once, "
                                + HeapFacts.javaOptsWithHeap(MemoryBudget.heapFor(parallel, measured))
                        : "memory: it peaked at " + HeapFacts.bytes(measured) + " of heap: running " + parallel + " at a time");
                order.remove(Integer.valueOf(largest));
                return fit;
            }
        }
        return parallel;
    }

    private void runOne(SweepPlan.RunSpec run, Scenario scenario, int running) {
        Executed e = executor.execute(run, scenario, running);
        RunWriter.write(runDir(run), scenario, run.parameters(), e.outcome(), e.info());
    }

    private Executed simulate(SweepPlan.RunSpec run, Scenario scenario, int running) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        RunWatch watch = new RunWatch("run " + run.id() + " of sweep " + plan.scenario().name()
                + (running > 1 ? " (" + running + " runs at once)" : ""), MemoryBudget.nodes(scenario),
                running > 1 ? "or run fewer at once (--jobs " + (running - 1) + ")" : "");
        RunOutcome outcome;
        try {
            Listener told = listener;
            outcome = new ScenarioRunner(scenario, run.seed()).onHost(watch::attach).run((now, limit, events) -> told.advanced(run, now, limit));
        } catch (OutOfMemoryError e) {
            throw watch.outOfMemory(e);
        }
        watch.detach();
        return new Executed(outcome, new RunWriter.RunInfo(
                (System.nanoTime() - wall0) / 1e9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9, startedAt));
    }

    private Path runDir(SweepPlan.RunSpec run) {
        return out.resolve("runs").resolve(run.id());
    }

    private JsonNode planJson() {
        ObjectNode o = ResultFiles.object();
        o.put("scenario", plan.scenario().name());
        o.put("base_seed", plan.scenario().seed());
        ArrayNode paths = o.putArray("paths");
        plan.paths().forEach(paths::add);
        ArrayNode runs = o.putArray("runs");
        for (SweepPlan.RunSpec r : plan.runs()) {
            ObjectNode ro = runs.addObject();
            ro.put("id", r.id());
            ro.put("point", r.point());
            ro.put("replicate", r.replicate());
            ro.put("seed", r.seed());
            ObjectNode p = ro.putObject("parameters");
            r.parameters().forEach(p::put);
        }
        o.set("scenario_resolved", ResultFiles.json(plan.scenario().tree()));
        return o;
    }
}

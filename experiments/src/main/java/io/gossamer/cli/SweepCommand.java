package io.gossamer.cli;

import io.gossamer.experiments.io.OutputDirectory;
import io.gossamer.experiments.cluster.ShardSpec;
import io.gossamer.experiments.live.LiveRun;
import io.gossamer.experiments.memory.MemoryBudget;
import io.gossamer.experiments.memory.RunOutOfMemory;
import io.gossamer.live.LiveConfig;
import io.gossamer.experiments.sweep.SweepRunner;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.ScenarioCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer sweep}: every run of a scenario's sweep, here or as a Slurm job array. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run every point x replicate of a scenario's sweep, in parallel; write runs/ID/, sweep.csv and aggregate.csv.",
            "Results do not depend on --jobs. An interrupted sweep is finished with --resume (only missing runs are redone).",
            "With --slurm, write (and with --submit, submit) a Slurm job array that runs the sweep in shards, and a merge job; "
                    + "see docs/cluster.md."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    private String scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value before sweeping (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Runs at once (default: all cores).")
    private Integer jobs;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only shard i of N (i from 1), e.g. for batch array tasks; "
            + "'auto' or 'auto/N' reads i (and N) from a Slurm job array or a Kubernetes Indexed Job. "
            + "Put the shards together with 'gossamer merge'.")
    private String shard;

    @Option(names = "--resume", description = "Finish an interrupted sweep in --out: redo only the runs without results "
            + "(with --slurm: resubmit only the array tasks with missing runs).")
    private boolean resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/NAME-sweep).")
    private Path out;

    @Option(names = "--report", description = "Render the report (plots and HTML) at the end.")
    private boolean report;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--status", paramLabel = "DIR", description = "Instead of running: list the missing runs of the sweep in DIR, "
            + "per shard. Exit status 1 if runs are missing.")
    private Path status;

    @Option(names = "--slurm", description = "Write OUT/slurm/: a job array (one task per shard) and a merge job, for Slurm.")
    private boolean slurm;

    @Option(names = "--submit", description = "With --slurm: submit them with sbatch and print the job ids.")
    private boolean submit;

    @Option(names = "--tasks", paramLabel = "N", description = "With --slurm: array tasks (shards); default one per run, "
            + "at most 1000. With --status: the number of shards when DIR has no slurm/slurm.json.")
    private Integer tasks;

    @Option(names = "--partition", paramLabel = "P", description = "With --slurm: the partition (default: the cluster's).")
    private String partition;

    @Option(names = "--time", paramLabel = "T", description = "With --slurm: time limit per task, e.g. 2:00:00 (default: the partition's).")
    private String time;

    @Option(names = "--mem", paramLabel = "M", description = "With --slurm: memory per task, e.g. 8G (default: the partition's).")
    private String mem;

    @Option(names = "--cpus-per-task", paramLabel = "C", description = "With --slurm: cores per task, which runs as many runs "
            + "at once (default: 1).")
    private Integer cpusPerTask;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 2, nothing written).")
    private boolean strict;

    @Option(names = "--live", description = "Run every run in real time on sockets, one after another in this process, as"
            + " 'gossamer live' does (each run adds the 'live' figures), after one unrecorded warm-up run; the tables come out as"
            + " for a simulated sweep.")
    private boolean live;

    @Option(names = "--emulate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --live: apply the scenario's latency, loss and bandwidth models to the packets (default);"
                    + " --no-emulate sends at once.")
    private boolean emulate;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "With --live: the address every node binds (default: 127.0.0.1).")
    private String bind;

    @Option(names = "--ports", paramLabel = "LOW-HIGH", description = "With --live: node n binds LOW+n (default: free ports).")
    private String ports;

    @Option(names = "--broker", paramLabel = "gossamer|zeromq", description = "With --live: which broker carries pub/sub's"
            + " relays, as in 'gossamer live' (default: gossamer).")
    private String broker;

    @Option(names = "--force", description = "Replace an earlier sweep in --out (a directory holding sweep.json) instead of refusing.")
    private boolean force;

    @Override
    public Integer call() {
        checkCombinations();
        if (status != null) {
            return SlurmSweep.status(status, tasks, spec.commandLine().getOut());
        }
        ScenarioLoader loader = ScenarioLoader.discover();
        ScenarioSource source = ScenarioSource.resolve(scenario);
        // Every point is checked before anything is written, so a sweep that fails leaves --out as it was.
        ScenarioCheck.Report checked;
        try {
            checked = ScenarioCheck.check(loader, source, sets, true, strict);
        } catch (OutOfMemoryError e) {
            throw RunOutOfMemory.outside(e, "while setting up " + source.shownAs() + " to check it, before it ran");
        }
        Scenario s = checked.scenario();
        if (s.sweep() == null) {
            throw new IllegalArgumentException(source.shownAs() + " has no 'sweep' section: add one (see docs/scenarios.md), "
                    + "or use 'gossamer run' for a single run");
        }
        Warnings.print(spec.commandLine().getErr(), checked.warnings());
        SweepPlan plan = checked.plan();
        Path dir = out != null ? out : Path.of("results", s.name() + "-sweep");
        if (force && resume) {
            throw new IllegalArgumentException("--force replaces an earlier sweep and --resume finishes it: give one of them");
        }
        // Checked before --force deletes anything.
        OutputDirectory.checkForSweep(dir);
        if (force) {
            SweepRunner.clear(dir);
        }
        if (slurm) {
            SlurmSweep.Request request = new SlurmSweep.Request(source, sets, tasks, partition, time, mem,
                    cpusPerTask == null ? 1 : cpusPerTask, report, submit, resume);
            return new SlurmSweep(loader, plan, dir, spec.commandLine().getOut(), null).run(request);
        }
        ShardSpec sh = ShardSpec.parse(shard, System.getenv());
        int threads = live ? 1 : jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, got " + threads);
        }
        PrintWriter o = spec.commandLine().getOut();
        SweepRunner.Result result;
        // Ctrl-C or SIGTERM: say what is kept and the exact command that finishes the sweep.
        PrintWriter err = spec.commandLine().getErr();
        Thread onInterrupt = new Thread(() -> {
            err.println();
            err.println("gossamer: interrupted; " + Resume.kept(dir, plan) + " in " + dir + "; finish with: "
                    + Resume.command(scenario, sets, dir, shard));
            err.flush();
        }, "gossamer-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (Progress progress = new Progress(err, s.name(), !quiet)) {
            com.fasterxml.jackson.databind.node.ObjectNode invocation = io.gossamer.experiments.results.ResultFiles.object();
            invocation.put("scenario_argument", scenario);
            sets.forEach(invocation.putArray("sets")::add);
            SweepRunner runner = new SweepRunner(loader, source, plan, dir, invocation)
                    .memory(MemoryBudget.ofThisJvm(), note -> {
                        synchronized (progress) {
                            err.println("gossamer: " + note);
                            err.flush();
                        }
                    });
            if (live) {
                invocation.put("live", true);
                invocation.put("emulate", emulate);
                LiveRun.Broker relays = LiveRun.Broker.parse(broker == null ? "gossamer" : broker);
                if (broker != null) {
                    invocation.put("broker", broker);
                }
                LiveConfig config = LiveCommand.config(bind == null ? "127.0.0.1" : bind, ports == null ? "0" : ports, emulate);
                boolean[] warm = new boolean[1];
                runner.executeWith((run, scenario, running) -> {
                    // With --broker zeromq, the points whose scenario has a pub/sub broker use it; the others run as usual.
                    LiveRun.Broker b = scenario.nodeClasses().stream().anyMatch(c -> c.protocol().name().equals("broker"))
                            ? relays : LiveRun.Broker.GOSSAMER;
                    if (!warm[0]) {
                        // The first live run of a process pays for class loading and JIT compilation: run it once unrecorded.
                        warm[0] = true;
                        LiveRun.run(scenario, run.seed(), config, null, b, (now, limit, line) -> { });
                    }
                    LiveRun.Result r = LiveRun.run(scenario, run.seed(), config, null, b, (now, limit, line) -> { });
                    return new SweepRunner.Executed(r.outcome(), r.info());
                });
            }
            result = runner.run(threads, sh.index(), sh.count(), resume, new SweepProgress(progress));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it prints the message
            }
        }
        o.println(s.name() + ": " + (sh.count() > 1 ? "shard " + sh.index() + "/" + sh.count() + ", " : "") + result.ran() + " runs done"
                + (result.skipped() > 0 ? ", " + result.skipped() + " already there" : "")
                + "; " + result.finishedInDirectory() + " of " + result.planned() + " runs finished in " + dir);
        o.println("tables: " + dir.resolve("sweep.csv") + ", " + dir.resolve("aggregate.csv"));
        if (report) {
            o.println("report: " + Reports.render(dir));
        }
        return 0;
    }

    // Options that belong to one mode only: say so rather than ignore them.
    private void checkCombinations() {
        if (status != null) {
            if (scenario != null || slurm || submit || shard != null || resume || out != null || report || !sets.isEmpty() || jobs != null
                    || partition != null || time != null || mem != null || cpusPerTask != null) {
                throw new IllegalArgumentException("--status DIR takes no SCENARIO and no other option but --tasks: "
                        + "gossamer sweep --status DIR");
            }
            return;
        }
        if (scenario == null) {
            throw new IllegalArgumentException("sweep needs a SCENARIO (a file or bundled name), or --status DIR");
        }
        if (!live) {
            String liveOnly = !emulate ? "--no-emulate" : bind != null ? "--bind" : ports != null ? "--ports"
                    : broker != null ? "--broker" : null;
            if (liveOnly != null) {
                throw new IllegalArgumentException(liveOnly + " only applies with --live");
            }
        } else if (slurm || jobs != null) {
            throw new IllegalArgumentException("--live runs one run at a time in this process: leave out "
                    + (slurm ? "--slurm" : "--jobs"));
        }
        if (!slurm) {
            String slurmOnly = submit ? "--submit" : tasks != null ? "--tasks" : partition != null ? "--partition"
                    : time != null ? "--time" : mem != null ? "--mem" : cpusPerTask != null ? "--cpus-per-task" : null;
            if (slurmOnly != null) {
                throw new IllegalArgumentException(slurmOnly + " only applies with --slurm");
            }
        } else if (shard != null || jobs != null) {
            throw new IllegalArgumentException("--slurm chooses the shards and jobs itself: instead of " + (shard != null ? "--shard" : "--jobs")
                    + " give --tasks N (array tasks) and --cpus-per-task C (runs at once per task)");
        }
    }
}

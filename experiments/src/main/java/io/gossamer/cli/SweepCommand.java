package io.gossamer.cli;

import io.gossamer.experiments.sweep.SweepRunner;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import io.gossamer.scenarios.model.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer sweep}: every run of a scenario's sweep. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run every point x replicate of a scenario's sweep, in parallel; write runs/ID/, sweep.csv and aggregate.csv.",
            "Results do not depend on --jobs. An interrupted sweep is finished with --resume (only missing runs are redone)."})
final class SweepCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    private String scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value before sweeping (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Runs at once (default: all cores).")
    private Integer jobs;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only shard i of N (i from 1), e.g. for batch array tasks; "
            + "put the shards together with 'gossamer merge'.")
    private String shard;

    @Option(names = "--resume", description = "Finish an interrupted sweep in --out: redo only the runs without results.")
    private boolean resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/NAME-sweep).")
    private Path out;

    @Option(names = "--report", description = "Render the report (plots and HTML) at the end.")
    private boolean report;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public void run() {
        PrintWriter o = spec.commandLine().getOut();
        int[] sh = parseShard();
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1, got " + threads);
        }
        ScenarioLoader loader = ScenarioLoader.discover();
        ScenarioSource source = ScenarioSource.resolve(scenario);
        Scenario s = loader.load(source, sets);
        if (s.sweep() == null) {
            throw new IllegalArgumentException(source.shownAs() + " has no 'sweep' section: add one (see docs/scenarios.md), "
                    + "or use 'gossamer run' for a single run");
        }
        SweepPlan plan = SweepPlan.of(s);
        Path dir = out != null ? out : Path.of("results", s.name() + "-sweep");
        SweepRunner.Result result;
        try (Progress progress = new Progress(spec.commandLine().getErr(), s.name(), !quiet)) {
            result = new SweepRunner(loader, source, plan, dir).run(threads, sh[0], sh[1], resume,
                    (done, total, run) -> {
                        synchronized (progress) {
                            progress.update(done / (double) total, done + "/" + total + " runs");
                        }
                    });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        o.println(s.name() + ": " + result.ran() + " runs done" + (result.skipped() > 0 ? ", " + result.skipped() + " already there" : "")
                + "; " + result.finishedInDirectory() + " of " + result.planned() + " runs finished in " + dir);
        o.println("tables: " + dir.resolve("sweep.csv") + ", " + dir.resolve("aggregate.csv"));
        if (report) {
            o.println("report: " + Reports.render(dir));
        }
    }

    private int[] parseShard() {
        if (shard == null) {
            return new int[] {1, 1};
        }
        String[] parts = shard.split("/");
        try {
            int i = Integer.parseInt(parts[0].trim());
            int n = Integer.parseInt(parts[1].trim());
            if (parts.length == 2 && n >= 1 && i >= 1 && i <= n) {
                return new int[] {i, n};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // below
        }
        throw new IllegalArgumentException("--shard must be i/N with 1 <= i <= N, e.g. --shard 2/8; got '" + shard + "'");
    }
}

package io.gossamer.cli;

import io.gossamer.experiments.io.OutputDirectory;
import io.gossamer.experiments.memory.RunOutOfMemory;
import io.gossamer.scenarios.Numbers;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.ScenarioCheck;
import io.gossamer.scenarios.spi.MetricResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer run}: one run of a scenario. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario once and write its results (summary.json, run-info.json, series/, tables/).",
            "SCENARIO is a .yaml file, the name of a bundled scenario (see 'gossamer list'), or the results directory "
                + "of an earlier run (a sweep's runs/ID too), which is repeated: its recorded scenario, seed and parameters."})
final class RunCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file, bundled scenario name or an earlier run's directory.")
    private String scenario;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's seed, or the earlier run's).")
    private Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value, e.g. --set network.loss=5%% (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/NAME).")
    private Path out;

    @Option(names = "--report", description = "Render the report (plots and HTML) at the end.")
    private boolean report;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 2, nothing written).")
    private boolean strict;

    @Override
    public void run() {
        PrintWriter o = spec.commandLine().getOut();
        ScenarioSource source = ScenarioSource.resolve(scenario);
        ScenarioCheck.Report checked;
        try {
            checked = ScenarioCheck.check(ScenarioLoader.discover(), source, sets, false, strict);
        } catch (OutOfMemoryError e) {
            throw RunOutOfMemory.outside(e, "while setting up " + source.shownAs() + " to check it, before it ran");
        }
        Scenario s = checked.scenario();
        Warnings.print(spec.commandLine().getErr(), checked.warnings());
        // A recorded run is repeated with its own seed and parameters (a sweep point's values).
        RecordedRun recorded = source.isRecordedRun() ? RecordedRun.of(source) : null;
        long runSeed = seed != null ? seed : recorded != null ? recorded.seed() : s.seed();
        // A repeat goes beside the run it repeats, not over it.
        Path dir = out != null ? out : Path.of("results", s.name() + (recorded != null ? "-repeat" : ""));
        if (recorded != null && out == null && dir.toAbsolutePath().normalize().equals(
                source.file().toAbsolutePath().normalize().getParent())) {
            throw new IllegalArgumentException("the default --out " + dir + " is the run being repeated; give --out DIR");
        }
        OutputDirectory.checkForRun(dir);
        Map<String, String> parameters = new LinkedHashMap<>(recorded != null ? recorded.parameters() : Map.of());
        parameters.putAll(parameters(sets));
        if (s.sweep() != null) {
            spec.commandLine().getErr().println("gossamer: note: " + source.shownAs()
                    + " has a sweep; 'run' does one run without it (use 'gossamer sweep' for all)");
        }
        RunOutcome outcome;
        try (Progress progress = new Progress(spec.commandLine().getErr(), s.name(), !quiet)) {
            outcome = ScenarioRuns.runAndWrite(s, runSeed, parameters, dir, progress);
        }
        print(o, s, runSeed, outcome);
        o.println("results: " + dir);
        if (report) {
            o.println("report: " + Reports.render(dir));
        }
    }

    /** The values of {@code --set PATH=VALUE} options, by path. */
    static Map<String, String> parameters(List<String> sets) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            parameters.put(set.substring(0, eq).trim(), set.substring(eq + 1));
        }
        return parameters;
    }

    /** Prints how a run ended and the first values of each metric. */
    static void print(PrintWriter o, Scenario s, long runSeed, RunOutcome outcome) {
        o.println(s.name() + ": seed " + runSeed + ", " + outcome.events() + " events, ended at "
                + Numbers.format(outcome.endTime() / 1e9) + " s (" + outcome.end() + "), last event at "
                + Numbers.format(outcome.lastEventTime() / 1e9) + " s");
        for (Map.Entry<String, MetricResult> m : outcome.metrics().entrySet()) {
            StringBuilder line = new StringBuilder("  " + m.getKey() + ":");
            int shown = 0;
            for (Map.Entry<String, Double> v : m.getValue().summary().entrySet()) {
                if (shown++ == 8) {
                    line.append(" ...");
                    break;
                }
                line.append(' ').append(v.getKey()).append('=').append(v.getValue() == null ? "-" : Numbers.format(v.getValue()));
            }
            o.println(line);
        }
    }
}

package io.gossamer.cli;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.ScenarioCheck;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer validate}: check scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files without running them: every key, value, unit and name, and every check a run makes,"
            + " for every point of a sweep. Prints warnings for what runs but cannot mean what it says."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files or bundled scenario names.")
    private List<String> scenarios;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings (a scenario that runs but cannot mean what it says) as errors.")
    private boolean strict;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = ScenarioLoader.discover();
        int bad = 0;
        for (String name : scenarios) {
            try {
                ScenarioSource source = ScenarioSource.resolve(name);
                ScenarioCheck.Report r = ScenarioCheck.check(loader, source, sets, true, strict);
                Scenario s = r.scenario();
                Warnings.print(err, r.warnings());
                int runs = r.plan() == null ? 1 : r.plan().runs().size();
                o.println(source.shownAs() + ": ok (" + s.name() + ", " + s.initialNodes() + " nodes at start, "
                        + s.processes().size() + " processes" + (s.sweep() != null ? ", sweep of " + runs + " runs" : "")
                        + (r.warnings().isEmpty() ? "" : ", " + r.warnings().size() + " warning" + (r.warnings().size() == 1 ? "" : "s")) + ")");
            } catch (ScenarioFileException e) {
                err.println("gossamer: " + e.getMessage());
                bad++;
            }
        }
        return bad == 0 ? 0 : GossamerCli.BAD_INPUT;
    }
}

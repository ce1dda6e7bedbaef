package io.gossamer.cli;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import io.gossamer.scenarios.model.Scenario;
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
        description = "Check scenario files (every key, value, unit, name, and every point of a sweep) without running them.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files or bundled scenario names.")
    private List<String> scenarios;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = ScenarioLoader.discover();
        int bad = 0;
        for (String name : scenarios) {
            try {
                ScenarioSource source = ScenarioSource.resolve(name);
                Scenario s = loader.load(source, sets);
                int runs = 1;
                if (s.sweep() != null) {
                    SweepPlan plan = SweepPlan.of(s);
                    for (SweepPlan.RunSpec run : plan.runs()) {
                        if (run.replicate() == 1) {
                            loader.build(plan.treeOf(run), source);
                        }
                    }
                    runs = plan.runs().size();
                }
                o.println(source.shownAs() + ": ok (" + s.name() + ", " + s.initialNodes() + " nodes at start, "
                        + s.processes().size() + " processes" + (s.sweep() != null ? ", sweep of " + runs + " runs" : "") + ")");
            } catch (ScenarioFileException e) {
                err.println("gossamer: " + e.getMessage());
                bad++;
            }
        }
        return bad == 0 ? 0 : GossamerCli.BAD_INPUT;
    }
}

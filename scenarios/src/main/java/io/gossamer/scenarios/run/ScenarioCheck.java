package io.gossamer.scenarios.run;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import io.gossamer.scenarios.model.MetricSpec;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks {@code validate}, {@code run} and {@code sweep} share: load the scenario, build
 * (without running) every run it stands for (each sweep point), and collect the warnings. A
 * scenario that passes here fails no check when it runs.
 */
public final class ScenarioCheck {
    /** Problems looked for across sweep points before giving up. */
    private static final int MAX_PROBLEMS = 20;

    /**
     * What checking found.
     *
     * @param scenario the scenario as loaded (the sweep not applied)
     * @param plan its sweep's runs, or null if it has no sweep (or the points were not checked)
     * @param warnings the warnings of the scenario and of every point, each once
     */
    public record Report(Scenario scenario, SweepPlan plan, List<Warning> warnings) {
        /** Copies the list. */
        public Report {
            warnings = List.copyOf(warnings);
        }
    }

    private ScenarioCheck() {
    }

    /**
     * Checks a scenario.
     *
     * @param points also check every point of its sweep (validate and sweep do; run ignores the sweep)
     * @param strict report warnings as errors
     * @throws ScenarioFileException with every problem found (up to about 20)
     */
    public static Report check(ScenarioLoader loader, ScenarioSource source, List<String> sets, boolean points, boolean strict) {
        Scenario s = loader.load(source, sets);
        List<Warning> warnings = new ArrayList<>();
        List<ScenarioFileException> problems = new ArrayList<>();
        SweepPlan plan = null;
        if (points && s.sweep() != null) {
            plan = SweepPlan.of(s);
            for (SweepPlan.RunSpec run : plan.runs()) {
                if (run.replicate() == 1 && problems.size() < MAX_PROBLEMS) {
                    try {
                        checkRun(loader.build(plan.treeOf(run), source), run.seed(), warnings);
                    } catch (ScenarioFileException e) {
                        problems.addAll(e.problems());
                    }
                }
            }
        } else {
            try {
                checkRun(s, s.seed(), warnings);
            } catch (ScenarioFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (strict) {
            for (Warning w : warnings) {
                problems.add(new ScenarioFileException(w.location(), w.message() + " (an error with --strict)"));
            }
        }
        if (!problems.isEmpty()) {
            throw ScenarioFileException.of(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)), problems.size() > MAX_PROBLEMS);
        }
        return new Report(s, plan, warnings);
    }

    private static void checkRun(Scenario s, long seed, List<Warning> warnings) {
        for (MetricSpec m : s.metrics()) {
            if (m.provider().name().equals("overlay") && s.overlay() == null) {
                throw new ScenarioFileException(m.params().location(), "metric 'overlay' measures the static overlay, but the"
                        + " scenario has none (no protocol runs on one and there is no 'overlay' section)");
            }
        }
        new ScenarioRunner(s, seed).check();
        for (Warning w : ScenarioWarnings.of(s)) {
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
    }
}

package io.gossamer.cli;

import io.gossamer.experiments.memory.MemoryBudget;
import io.gossamer.experiments.memory.RunWatch;
import io.gossamer.experiments.results.RunWriter;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.ScenarioRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

/** Runs a scenario once and writes its result directory, timing it for run-info.json. */
final class ScenarioRuns {
    private ScenarioRuns() {
    }

    static RunOutcome runAndWrite(Scenario scenario, long seed, Map<String, String> parameters, Path out, Progress progress) {
        RunWatch watch = new RunWatch("run " + scenario.name(), MemoryBudget.nodes(scenario), "");
        try {
            return runAndWrite(scenario, seed, parameters, out, progress, watch);
        } catch (OutOfMemoryError e) {
            // Here the run's own references are gone: only the watch still holds its host.
            throw watch.outOfMemory(e);
        }
    }

    private static RunOutcome runAndWrite(Scenario scenario, long seed, Map<String, String> parameters, Path out, Progress progress,
            RunWatch watch) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        RunOutcome outcome = new ScenarioRunner(scenario, seed).onHost(watch::attach).run((now, limit, events) -> {
            if (progress != null) {
                double elapsed = (System.nanoTime() - wall0) / 1e9;
                progress.update(now / (double) limit, String.format(Locale.ROOT, "t=%.1fs/%.0fs %.1fM events/s",
                        now / 1e9, limit / 1e9, elapsed > 0 ? events / elapsed / 1e6 : 0));
            }
        });
        watch.detach();
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        RunWriter.write(out, scenario, parameters, outcome, new RunWriter.RunInfo(wall, cpu, startedAt));
        return outcome;
    }
}

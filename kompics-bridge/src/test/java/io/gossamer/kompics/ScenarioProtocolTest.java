package io.gossamer.kompics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.RunProgress;
import io.gossamer.scenarios.run.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A scenario file runs Kompics nodes by a registered protocol name (no class names in YAML):
 * the overlay reaches them as neighbours, per-class parameters reach their factory, and a
 * failure process crashes some of them.
 */
class ScenarioProtocolTest {
    /** The scenario docs/kompics.md runs from the command line. */
    static final Path SCENARIO = Path.of("src", "test", "resources", "kompics-flood.yaml");

    RunOutcome run(long seed) {
        Scenario s = ScenarioLoader.discover().load(ScenarioSource.ofFile(SCENARIO), List.of());
        return new ScenarioRunner(s, seed).run(RunProgress.NONE);
    }

    @Test
    void aScenarioFileRunsKompicsNodesByName() {
        RunOutcome a = run(1);
        Map<String, Double> traffic = a.metrics().get("traffic").summary();
        // Three floods over an 8-regular graph of 300 nodes, all before the crash: the source
        // sends 8, every other node 7 (not back to its sender), per broadcast.
        assertEquals(3 * (8 + 299 * 7), traffic.get("sent"));
        assertEquals(traffic.get("sent"), traffic.get("delivered"));
        RunOutcome b = run(1);
        assertEquals(a.metrics().get("traffic").summary(), b.metrics().get("traffic").summary());
        assertEquals(a.events(), b.events(), "same seed, same run");
    }
}

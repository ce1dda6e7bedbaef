package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.spi.MetricResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();

    @Test
    void quickstartFloodsEveryAlertToEveryNode() {
        Scenario s = LOADER.load(ScenarioSource.resolve("quickstart"), List.of());
        RunOutcome out = new ScenarioRunner(s, s.seed()).run(RunProgress.NONE);
        Map<String, Double> d = out.metrics().get("dissemination").summary();
        assertEquals("condition", out.end());
        assertEquals(10.0, d.get("messages"));
        assertEquals(1.0, d.get("coverage"));
        assertNotNull(d.get("t100_ms"));
        // Flooding on an 8-regular graph: the origin sends 8 copies, every other node forwards 7.
        assertEquals(10 * (8 + 999 * 7), d.get("sent"));
        // Copies still in flight when the last node is reached are not received: at most that many duplicates.
        assertTrue(d.get("duplicates") > 0 && d.get("duplicates") <= d.get("sent") - 10 * 999);
        // The hop distribution sums to 1 and its mean is the mean hop count (every alert has 999 targets).
        double sum = 0;
        double mean = 0;
        for (double[] row : out.metrics().get("dissemination").series().get("hops").rows()) {
            sum += row[1];
            mean += row[0] * row[1];
        }
        assertEquals(1.0, sum, 1e-9);
        assertEquals(d.get("hops_mean"), mean, 1e-9);
        MetricResult nodes = out.metrics().get("nodes");
        assertEquals(1000.0, nodes.summary().get("live_final"));
    }

    @Test
    void everyCopyThatIsNotAFirstDeliveryIsADuplicateOnceAllHaveLanded() {
        Scenario s = LOADER.load(ScenarioSource.resolve("quickstart"), List.of("stop-when=no-events"));
        RunOutcome out = new ScenarioRunner(s, s.seed()).run(RunProgress.NONE);
        Map<String, Double> d = out.metrics().get("dissemination").summary();
        assertEquals("no-events", out.end());
        assertEquals(10 * (8 + 999 * 7), d.get("sent"));
        assertEquals(d.get("sent") - 10 * 999, d.get("duplicates"));
    }

    @Test
    void aProcessingCostDelaysEveryHopAndChangesNoCount() {
        Scenario plain = LOADER.load(ScenarioSource.resolve("quickstart"), List.of("stop-when=no-events"));
        Scenario none = LOADER.load(ScenarioSource.resolve("quickstart"), List.of("stop-when=no-events", "network.processing=0us"));
        Scenario costly = LOADER.load(ScenarioSource.resolve("quickstart"), List.of("stop-when=no-events", "network.processing=2ms"));
        Map<String, Double> p = new ScenarioRunner(plain, plain.seed()).run(RunProgress.NONE).metrics().get("dissemination").summary();
        Map<String, Double> n = new ScenarioRunner(none, none.seed()).run(RunProgress.NONE).metrics().get("dissemination").summary();
        Map<String, Double> c = new ScenarioRunner(costly, costly.seed()).run(RunProgress.NONE).metrics().get("dissemination").summary();
        assertEquals(p, n, "a zero cost is no cost: the same run");
        assertEquals(p.get("sent"), c.get("sent"));
        assertEquals(1.0, c.get("coverage"));
        // Every first receipt h hops from the origin comes at least h x 2 ms later than it would
        // with free handling: the mean over the nodes reached, at least hops_mean x 2 ms.
        assertTrue(c.get("t100_ms") >= p.get("t100_ms") + 2, c + " vs " + p);
        assertTrue(c.get("t50_ms") - p.get("t50_ms") >= 2 * Math.floor(p.get("hops_mean")), c + " vs " + p);
    }
}

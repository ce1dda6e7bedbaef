package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.experiments.sweep.SweepRunner;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import io.gossamer.scenarios.run.ScenarioCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep tells its listener how far each run under way has got, not only when runs finish. */
class SweepProgressTest {
    @TempDir
    Path dir;

    @Test
    void aRunUnderWayReportsItsSimulatedTimeUpToItsEndBeforeItFinishes() throws Exception {
        ScenarioLoader loader = ScenarioLoader.discover();
        ScenarioSource source = ScenarioSource.resolve("loss-sweep");
        List<String> sets = List.of("nodes.peer.count=300", "sweep.seeds=1", "sweep.grid={network.loss: [0%, 10%]}");
        var plan = ScenarioCheck.check(loader, source, sets, true, false).plan();
        List<String> said = new ArrayList<>();
        List<long[]> times = new ArrayList<>();
        new SweepRunner(loader, source, plan, dir.resolve("out")).run(1, 1, 1, false, new SweepRunner.Listener() {
            @Override
            public void planned(int total) {
                said.add("planned " + total);
            }

            @Override
            public void advanced(SweepPlan.RunSpec run, long now, long limit) {
                if (!said.get(said.size() - 1).equals("advanced " + run.id())) {
                    said.add("advanced " + run.id());
                }
                times.add(new long[] {now, limit});
            }

            @Override
            public void finished(int done, int total, SweepPlan.RunSpec run) {
                said.add("finished " + run.id() + " " + done + "/" + total);
            }
        });
        String first = plan.runs().get(0).id();
        String second = plan.runs().get(1).id();
        assertEquals(List.of("planned 2", "advanced " + first, "finished " + first + " 1/2", "advanced " + second,
                "finished " + second + " 2/2"), said);
        long limit = times.get(0)[1];
        assertTrue(limit > 0, "the scenario's duration");
        int restarts = 0;
        for (int i = 1; i < times.size(); i++) {
            assertEquals(limit, times.get(i)[1]);
            assertTrue(times.get(i)[0] <= limit, "within the duration");
            if (times.get(i)[0] < times.get(i - 1)[0]) {
                restarts++; // the second run starts again from time 0
            }
        }
        assertTrue(restarts <= 1, "simulated time goes back only where the second run starts");
    }
}

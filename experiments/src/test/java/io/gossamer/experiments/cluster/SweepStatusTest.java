package io.gossamer.experiments.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The failed shards as an sbatch --array list, and the status lines. */
class SweepStatusTest {
    private static SweepStatus.Shard shard(int i, String... missing) {
        return new SweepStatus.Shard(i, 3, List.of(missing));
    }

    @Test
    void failedShardsBecomeAnArrayListWithRanges() {
        SweepStatus s = new SweepStatus("x", List.of(shard(1, "p001-r001"), shard(2, "p001-r002"), shard(3), shard(4, "a"), shard(5, "b"),
                shard(6, "c", "d"), shard(7), shard(8, "e")), 0);
        assertEquals("1-2,4-6,8", s.failedTasks());
        assertEquals(7, s.missing());
        assertEquals(24, s.planned());
        assertEquals("", new SweepStatus("x", List.of(shard(1), shard(2)), 6).failedTasks());
        assertEquals("2", new SweepStatus("x", List.of(shard(1), shard(2, "q")), 0).failedTasks());
    }

    @Test
    void linesSayWhatIsMissingWhere() {
        SweepStatus s = new SweepStatus("loss", List.of(shard(1), shard(2, "p001-r002", "p002-r001")), 3);
        assertEquals(List.of("loss: 6 runs in 2 shards, 4 finished, 2 missing; 3 merged", "shard 1/2: done (3 runs)",
                "shard 2/2: 2 of 3 runs missing: p001-r002 p002-r001"), s.lines());
    }
}

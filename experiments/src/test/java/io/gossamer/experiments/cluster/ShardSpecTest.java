package io.gossamer.experiments.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** --shard i/N, auto and auto/N against the environments Slurm and Kubernetes give a task. */
class ShardSpecTest {
    private static final Map<String, String> NONE = Map.of();

    private static String error(String text, Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> ShardSpec.parse(text, env)).getMessage();
    }

    private static Map<String, String> slurm(int id, int count, int min, int max) {
        return Map.of("SLURM_ARRAY_TASK_ID", "" + id, "SLURM_ARRAY_TASK_COUNT", "" + count, "SLURM_ARRAY_TASK_MIN", "" + min,
                "SLURM_ARRAY_TASK_MAX", "" + max, "SLURM_JOB_ID", "77");
    }

    @Test
    void explicitShards() {
        assertEquals(ShardSpec.WHOLE, ShardSpec.parse(null, NONE));
        assertEquals(new ShardSpec(2, 8), ShardSpec.parse("2/8", NONE));
        assertEquals(new ShardSpec(8, 8), ShardSpec.parse(" 8 / 8 ", NONE));
        for (String bad : new String[] {"0/8", "9/8", "2", "2/8/1", "a/8", "2/", "/8", "-1/4", "auto/x"}) {
            assertTrue(error(bad, NONE).contains("--shard must be i/N with 1 <= i <= N"), bad);
            assertTrue(error(bad, NONE).contains("got '" + bad + "'"), bad);
        }
    }

    @Test
    void shardsTakeEveryNthRunFromTheIth() {
        ShardSpec s = new ShardSpec(2, 3);
        assertTrue(s.holds(1) && s.holds(4) && s.holds(7));
        assertFalse(s.holds(0) || s.holds(2) || s.holds(3));
        assertEquals(1, ShardSpec.shardOf(0, 3));
        assertEquals(3, ShardSpec.shardOf(5, 3));
    }

    @Test
    void slurmArrayTasksInOrderAreTheShards() {
        assertEquals(new ShardSpec(3, 4), ShardSpec.parse("auto", slurm(3, 4, 1, 4)));
        // A 0-based array and one that starts elsewhere number their shards the same way.
        assertEquals(new ShardSpec(1, 8), ShardSpec.parse("auto", slurm(0, 8, 0, 7)));
        assertEquals(new ShardSpec(8, 8), ShardSpec.parse("auto", slurm(7, 8, 0, 7)));
        assertEquals(new ShardSpec(2, 3), ShardSpec.parse("auto", slurm(11, 3, 10, 12)));
        // Without SLURM_ARRAY_TASK_COUNT (older Slurm) the count is max - min + 1.
        assertEquals(new ShardSpec(2, 5), ShardSpec.parse("auto", Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "1",
                "SLURM_ARRAY_TASK_MAX", "5")));
    }

    @Test
    void aResubmittedSubsetKeepsItsShardNumbersWithAutoN() {
        // sbatch --array=2,4 of a 4-task sweep: 2 tasks, ids 2 and 4.
        assertEquals(new ShardSpec(4, 4), ShardSpec.parse("auto/4", slurm(4, 2, 2, 4)));
        String e = error("auto", slurm(4, 2, 2, 4));
        assertTrue(e.contains("not contiguous") && e.contains("--shard auto/N"), e);
        e = error("auto/4", slurm(0, 4, 0, 3));
        assertTrue(e.contains("SLURM_ARRAY_TASK_ID=0 is not a shard number 1..4") && e.contains("--array=1-4"), e);
        e = error("auto/4", slurm(5, 5, 1, 5));
        assertTrue(e.contains("SLURM_ARRAY_TASK_ID=5 is not a shard number 1..4"), e);
    }

    @Test
    void kubernetesIndexedJobsNeedTheCount() {
        assertEquals(new ShardSpec(1, 3), ShardSpec.parse("auto/3", Map.of("JOB_COMPLETION_INDEX", "0")));
        assertEquals(new ShardSpec(3, 3), ShardSpec.parse("auto/3", Map.of("JOB_COMPLETION_INDEX", "2")));
        String e = error("auto", Map.of("JOB_COMPLETION_INDEX", "2"));
        assertTrue(e.contains("JOB_COMPLETION_INDEX=2") && e.contains("--shard auto/N"), e);
        e = error("auto/3", Map.of("JOB_COMPLETION_INDEX", "3"));
        assertTrue(e.contains("outside 0..2") && e.contains("completions to 3"), e);
    }

    @Test
    void autoWithoutABatchArrayIsAClearError() {
        String e = error("auto", Map.of("SLURM_JOB_ID", "12", "HOME", "/root"));
        assertTrue(e.contains("no task index in the environment") && e.contains("SLURM_ARRAY_TASK_ID")
                && e.contains("JOB_COMPLETION_INDEX") && e.contains("--shard i/N"), e);
        assertTrue(error("auto/4", NONE).contains("no task index"), error("auto/4", NONE));
        e = error("auto", Map.of("SLURM_ARRAY_TASK_ID", "x1", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "4"));
        assertTrue(e.contains("SLURM_ARRAY_TASK_ID='x1' is not a whole number"), e);
        e = error("auto", Map.of("SLURM_ARRAY_TASK_ID", "1"));
        assertTrue(e.contains("SLURM_ARRAY_TASK_MIN") && e.contains("--shard auto/N"), e);
    }
}

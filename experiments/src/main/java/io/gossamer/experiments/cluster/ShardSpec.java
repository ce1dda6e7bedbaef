package io.gossamer.experiments.cluster;

import java.util.Map;

/**
 * Which shard of a sweep this process runs: shard {@code index} of {@code count}, from 1.
 * Shard i runs runs number i, i+N, i+2N, ... of the plan.
 *
 * <p>{@code --shard} takes {@code i/N}, or {@code auto} / {@code auto/N} to read the index
 * from the batch system's environment:
 * <ul>
 *   <li>Slurm job array: {@code SLURM_ARRAY_TASK_ID}. With plain {@code auto} the array's
 *   tasks in order are the shards (shard = id - min + 1, N = {@code SLURM_ARRAY_TASK_COUNT},
 *   or max - min + 1), so {@code --array=0-7} and {@code --array=1-8} both give 8 shards;
 *   the array must be contiguous. With {@code auto/N} the task id is the shard number
 *   (1..N), so an array that resubmits only some tasks ({@code --array=2,5}) keeps their
 *   numbers: that is what the generated Slurm script uses.</li>
 *   <li>Kubernetes Indexed Job: {@code JOB_COMPLETION_INDEX} (from 0), shard = index + 1;
 *   Kubernetes does not tell a pod the number of completions, so N comes from
 *   {@code auto/N}.</li>
 * </ul>
 *
 * @param index this shard, 1..count
 * @param count number of shards
 */
public record ShardSpec(int index, int count) {
    /** The whole sweep as one shard. */
    public static final ShardSpec WHOLE = new ShardSpec(1, 1);

    static final String SLURM_ID = "SLURM_ARRAY_TASK_ID";
    static final String SLURM_COUNT = "SLURM_ARRAY_TASK_COUNT";
    static final String SLURM_MIN = "SLURM_ARRAY_TASK_MIN";
    static final String SLURM_MAX = "SLURM_ARRAY_TASK_MAX";
    static final String K8S_INDEX = "JOB_COMPLETION_INDEX";

    /** Checks 1 <= index <= count. */
    public ShardSpec {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not a shard: need 1 <= i <= N");
        }
    }

    /** Whether run number {@code runIndex} (from 0, in plan order) belongs to this shard. */
    public boolean holds(int runIndex) {
        return runIndex % count == index - 1;
    }

    /** The shard (from 1) of run number {@code runIndex} (from 0) among {@code count} shards. */
    public static int shardOf(int runIndex, int count) {
        return runIndex % count + 1;
    }

    /**
     * Parses a {@code --shard} value; {@code auto} reads {@code env}.
     *
     * @param text {@code i/N}, {@code auto} or {@code auto/N}; null for the whole sweep
     * @throws IllegalArgumentException with what would be valid
     */
    public static ShardSpec parse(String text, Map<String, String> env) {
        if (text == null) {
            return WHOLE;
        }
        String t = text.trim();
        if (t.equals("auto")) {
            return fromEnvironment(null, env);
        }
        if (t.startsWith("auto/")) {
            int n = number(t.substring(5), text);
            if (n < 1) {
                throw bad(text);
            }
            return fromEnvironment(n, env);
        }
        String[] parts = t.split("/", -1);
        if (parts.length == 2) {
            Integer i = number(parts[0], text);
            Integer n = number(parts[1], text);
            if (n >= 1 && i >= 1 && i <= n) {
                return new ShardSpec(i, n);
            }
        }
        throw bad(text);
    }

    private static ShardSpec fromEnvironment(Integer count, Map<String, String> env) {
        String slurmId = env.get(SLURM_ID);
        String k8sIndex = env.get(K8S_INDEX);
        if (slurmId != null && !slurmId.isBlank()) {
            int id = envNumber(env, SLURM_ID);
            if (count != null) {
                if (id < 1 || id > count) {
                    throw new IllegalArgumentException("--shard auto/" + count + ": " + SLURM_ID + "=" + id + " is not a shard number 1.."
                            + count + "; number the array's tasks from 1 (sbatch --array=1-" + count + ")");
                }
                return new ShardSpec(id, count);
            }
            return fromSlurmArray(id, env);
        }
        if (k8sIndex != null && !k8sIndex.isBlank()) {
            int index = envNumber(env, K8S_INDEX);
            if (count == null) {
                throw new IllegalArgumentException("--shard auto: " + K8S_INDEX + "=" + index + " is set (a Kubernetes Indexed Job), "
                        + "but Kubernetes does not give the number of shards; use --shard auto/N with N = the Job's completions");
            }
            if (index < 0 || index >= count) {
                throw new IllegalArgumentException("--shard auto/" + count + ": " + K8S_INDEX + "=" + index + " is outside 0.." + (count - 1)
                        + "; set the Job's completions to " + count);
            }
            return new ShardSpec(index + 1, count);
        }
        throw new IllegalArgumentException("--shard auto: no task index in the environment (" + SLURM_ID + " in a Slurm job array, "
                + K8S_INDEX + " in a Kubernetes Indexed Job); outside a batch array give the shard as --shard i/N");
    }

    private static ShardSpec fromSlurmArray(int id, Map<String, String> env) {
        if (!env.containsKey(SLURM_MIN) || !env.containsKey(SLURM_MAX)) {
            throw new IllegalArgumentException("--shard auto: " + SLURM_ID + " is set but " + SLURM_MIN + "/" + SLURM_MAX
                    + " are not; give the number of shards with --shard auto/N");
        }
        int min = envNumber(env, SLURM_MIN);
        int max = envNumber(env, SLURM_MAX);
        int span = max - min + 1;
        int count = env.containsKey(SLURM_COUNT) ? envNumber(env, SLURM_COUNT) : span;
        if (count != span) {
            throw new IllegalArgumentException("--shard auto: the job array is not contiguous (" + count + " tasks with ids " + min + ".."
                    + max + "), so its tasks cannot be numbered as shards; use --shard auto/N with the array's ids 1..N");
        }
        if (id < min || id > max) {
            throw new IllegalArgumentException("--shard auto: " + SLURM_ID + "=" + id + " is outside the array " + min + ".." + max);
        }
        return new ShardSpec(id - min + 1, count);
    }

    private static int envNumber(Map<String, String> env, String name) {
        String v = env.get(name);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("--shard auto: " + name + "='" + v + "' is not a whole number");
        }
    }

    private static Integer number(String s, String whole) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw bad(whole);
        }
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("--shard must be i/N with 1 <= i <= N (e.g. --shard 2/8), auto (the index and count "
                + "from a Slurm job array) or auto/N (the index from Slurm or a Kubernetes Indexed Job); got '" + text + "'");
    }
}

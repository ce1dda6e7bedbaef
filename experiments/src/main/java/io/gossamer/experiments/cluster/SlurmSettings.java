package io.gossamer.experiments.cluster;

import java.util.regex.Pattern;

/**
 * What a Slurm sweep asks the scheduler for. Values are checked here, before anything is
 * written, so that a typo fails on the login node with a clear message instead of in sbatch
 * (and so that no value can break out of its {@code #SBATCH} line).
 *
 * @param tasks array tasks (shards), at least 1
 * @param partition {@code --partition}, or null for the cluster's default
 * @param time {@code --time} per task, or null for the partition's default
 * @param mem {@code --mem} per task, or null for the partition's default
 * @param cpusPerTask {@code --cpus-per-task}; also the runs each task runs at once
 * @param report whether the merge job also renders the report
 */
public record SlurmSettings(int tasks, String partition, String time, String mem, int cpusPerTask, boolean report) {
    // Slurm's time formats: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS.
    private static final Pattern TIME = Pattern.compile("\\d+(:\\d{1,2}){0,2}|\\d+-\\d{1,2}(:\\d{1,2}){0,2}|UNLIMITED|INFINITE");
    private static final Pattern MEM = Pattern.compile("\\d+[KMGT]?");
    private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.,-]+");

    /** Checks every value. */
    public SlurmSettings {
        if (tasks < 1) {
            throw new IllegalArgumentException("--tasks must be at least 1, got " + tasks);
        }
        if (cpusPerTask < 1) {
            throw new IllegalArgumentException("--cpus-per-task must be at least 1, got " + cpusPerTask);
        }
        if (partition != null && !PARTITION.matcher(partition).matches()) {
            throw new IllegalArgumentException("--partition '" + partition + "' is not a Slurm partition name (letters, digits, _ . - and , "
                    + "for a list)");
        }
        if (time != null && !TIME.matcher(time).matches()) {
            throw new IllegalArgumentException("--time '" + time + "' is not a Slurm time limit: give minutes, MM:SS, HH:MM:SS, D-HH, "
                    + "D-HH:MM or D-HH:MM:SS (e.g. --time 2:00:00)");
        }
        if (mem != null && !MEM.matcher(mem).matches()) {
            throw new IllegalArgumentException("--mem '" + mem + "' is not a Slurm memory size: a whole number with an optional unit "
                    + "K, M, G or T (e.g. --mem 8G; no unit means megabytes)");
        }
    }
}

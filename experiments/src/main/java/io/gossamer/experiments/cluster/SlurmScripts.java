package io.gossamer.experiments.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of the scripts a Slurm sweep writes into {@code OUT/slurm/}: {@code array.sh} (the
 * job array, task i runs shard i into {@code OUT/shards/i}), {@code merge.sh} (merges the
 * shards into OUT, submitted to run after the array succeeded) and {@code submit.sh} (the
 * sbatch commands). docs/cluster.md explains them line by line; keep the two in step.
 */
public final class SlurmScripts {
    /** Where the pinned copy of gossamer.jar lives, relative to OUT. */
    public static final String JAR = "slurm/gossamer.jar";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=+,@%^-]+");
    private static final Pattern UNSAFE_PATH = Pattern.compile(".*[\\s%'\"\\\\$`].*");

    private SlurmScripts() {
    }

    /**
     * What the scripts run.
     *
     * @param java the java executable, absolute
     * @param jvmOptions options before {@code -jar}
     * @param classpath null to run {@code OUT/slurm/gossamer.jar}; else an absolute class path
     *     (a development build that is not a jar)
     * @param scenario the scenario as the tasks name it: an absolute file path or a bundled name
     * @param sets the {@code --set} overrides, in order
     * @param out the sweep directory, absolute
     * @param name the scenario's name (for the job names)
     * @param runs how many runs the sweep has
     * @param settings tasks and resources
     */
    public record Job(Path java, List<String> jvmOptions, String classpath, String scenario, List<String> sets, Path out,
            String name, int runs, SlurmSettings settings) {
        /** Checks what the scripts cannot carry. */
        public Job {
            jvmOptions = List.copyOf(jvmOptions);
            sets = List.copyOf(sets);
            if (!out.isAbsolute() || !java.isAbsolute()) {
                throw new IllegalArgumentException("the output directory and java must be absolute paths");
            }
            if (UNSAFE_PATH.matcher(out.toString()).matches()) {
                throw new IllegalArgumentException("--out " + out + ": a Slurm sweep needs a directory path without spaces, quotes, "
                        + "'%', '$' or backslashes (Slurm reads it in #SBATCH --output lines)");
            }
        }

        String jobName() {
            return "gossamer-" + name.replaceAll("[^A-Za-z0-9_.-]", "_");
        }
    }

    /** The job array script. */
    public static String array(Job job) {
        SlurmSettings s = job.settings();
        int n = s.tasks();
        StringBuilder b = new StringBuilder();
        b.append("#!/bin/bash\n");
        b.append("# Gossamer sweep '").append(job.name()).append("' (").append(job.runs()).append(" runs) as a Slurm job array: task i runs shard i of ")
                .append(n).append(".\n");
        b.append("# Written by 'gossamer sweep --slurm'; submit.sh submits it. OUT must be on a file system the compute nodes share.\n");
        b.append("#SBATCH --job-name=").append(job.jobName()).append('\n');
        b.append("#SBATCH --array=1-").append(n).append('\n');
        resources(b, s);
        b.append("#SBATCH --output=").append(job.out()).append("/slurm/logs/shard-%a-job-%A.out\n");
        b.append("set -euo pipefail\n");
        b.append("out=").append(quote(job.out().toString())).append('\n');
        gossamerFunction(b, job);
        b.append("echo \"shard $SLURM_ARRAY_TASK_ID of ").append(n)
                .append(" on $(hostname), job ${SLURM_ARRAY_JOB_ID}_$SLURM_ARRAY_TASK_ID\"\n");
        b.append("gossamer sweep ").append(quote(job.scenario()));
        for (String set : job.sets()) {
            b.append(" --set ").append(quote(set));
        }
        b.append(" \\\n    --shard auto/").append(n).append(" --resume --jobs ").append(s.cpusPerTask())
                .append(" --out \"$out/shards/$SLURM_ARRAY_TASK_ID\"\n");
        return b.toString();
    }

    /** The merge job script. */
    public static String merge(Job job) {
        StringBuilder b = new StringBuilder();
        b.append("#!/bin/bash\n");
        b.append("# Merges the shards of '").append(job.name()).append("' into OUT and writes sweep.csv and aggregate.csv there;\n");
        b.append("# submitted with --dependency=afterok on the array job, so it runs once every task has succeeded.\n");
        b.append("#SBATCH --job-name=").append(job.jobName()).append("-merge\n");
        resources(b, new SlurmSettings(1, job.settings().partition(), job.settings().time(), job.settings().mem(), 1, false));
        b.append("#SBATCH --output=").append(job.out()).append("/slurm/logs/merge-job-%j.out\n");
        b.append("set -euo pipefail\n");
        b.append("out=").append(quote(job.out().toString())).append('\n');
        gossamerFunction(b, job);
        b.append("gossamer merge \"$out\"/shards/* --out \"$out\"\n");
        if (job.settings().report()) {
            b.append("gossamer report \"$out\"\n");
        }
        return b.toString();
    }

    /**
     * The sbatch commands that submit the array's tasks {@code tasks} (e.g. {@code 1-4} or
     * {@code 2,4}; null to submit only the merge job) and the merge job after them.
     */
    public static String submit(Job job, String tasks) {
        StringBuilder b = new StringBuilder();
        b.append("#!/bin/bash\n");
        b.append("# Submits the sweep as 'gossamer sweep --slurm --submit' does: the job array, then the merge job after it.\n");
        b.append("set -euo pipefail\n");
        if (tasks != null) {
            b.append("array=$(").append(String.join(" ", quoteAll(arrayCommand(job, tasks)))).append(")\n");
            b.append("array=${array%%;*}\n");
            b.append("merge=$(").append(String.join(" ", quoteAll(mergeCommand(job, "$array")))).append(")\n");
            b.append("echo \"submitted job array $array (tasks ").append(tasks).append(") and merge job ${merge%%;*}\"\n");
        } else {
            b.append("merge=$(").append(String.join(" ", quoteAll(mergeCommand(job, null)))).append(")\n");
            b.append("echo \"submitted merge job ${merge%%;*}\"\n");
        }
        return b.toString();
    }

    /** sbatch's arguments for the array's tasks {@code tasks}. */
    public static List<String> arrayCommand(Job job, String tasks) {
        return List.of("sbatch", "--parsable", "--array=" + tasks, job.out().resolve("slurm/array.sh").toString());
    }

    /** sbatch's arguments for the merge job, after job {@code afterJob} (null: at once). */
    public static List<String> mergeCommand(Job job, String afterJob) {
        List<String> c = new ArrayList<>(List.of("sbatch", "--parsable"));
        if (afterJob != null) {
            c.add("--dependency=afterok:" + afterJob);
        }
        c.add(job.out().resolve("slurm/merge.sh").toString());
        return c;
    }

    private static void resources(StringBuilder b, SlurmSettings s) {
        b.append("#SBATCH --ntasks=1\n");
        b.append("#SBATCH --cpus-per-task=").append(s.cpusPerTask()).append('\n');
        if (s.partition() != null) {
            b.append("#SBATCH --partition=").append(s.partition()).append('\n');
        }
        if (s.time() != null) {
            b.append("#SBATCH --time=").append(s.time()).append('\n');
        }
        if (s.mem() != null) {
            b.append("#SBATCH --mem=").append(s.mem()).append('\n');
        }
    }

    private static void gossamerFunction(StringBuilder b, Job job) {
        List<String> words = new ArrayList<>();
        words.add(quote(job.java().toString()));
        job.jvmOptions().forEach(o -> words.add(quote(o)));
        if (job.classpath() == null) {
            words.add("-jar \"$out/" + JAR + "\"");
        } else {
            words.add("-cp " + quote(job.classpath()) + " io.gossamer.cli.GossamerCli");
        }
        b.append("gossamer() { ").append(String.join(" ", words)).append(" \"$@\"; }\n");
    }

    private static List<String> quoteAll(List<String> words) {
        return words.stream().map(w -> w.startsWith("--dependency=afterok:$") ? w : quote(w)).toList();
    }

    /** A word as the shell reads it back unchanged: bare if plain, else in single quotes. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

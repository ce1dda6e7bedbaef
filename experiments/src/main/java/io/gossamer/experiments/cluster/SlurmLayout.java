package io.gossamer.experiments.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.results.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code OUT/slurm/slurm.json}: how a Slurm sweep was split and what was submitted, so that
 * {@code --status} and {@code --resume} know the shards and the jobs to look after.
 *
 * @param tasks the number of shards (array tasks)
 * @param submissions every submission, oldest first
 */
public record SlurmLayout(int tasks, List<Submission> submissions) {
    /**
     * One submission.
     *
     * @param arrayJob the array's job id, or null if only the merge job was submitted
     * @param arrayTasks the array's task ids (sbatch's --array), or null
     * @param mergeJob the merge job's id
     */
    public record Submission(String arrayJob, String arrayTasks, String mergeJob) {
    }

    /** Copies the list. */
    public SlurmLayout {
        submissions = List.copyOf(submissions);
    }

    /** The file in {@code out}. */
    public static Path file(Path out) {
        return out.resolve("slurm").resolve("slurm.json");
    }

    /** Reads {@code out}'s layout, or null if it has none. */
    public static SlurmLayout read(Path out) throws IOException {
        Path f = file(out);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        JsonNode j = ResultFiles.readJson(f);
        if (!j.path("tasks").canConvertToInt() || j.path("tasks").asInt() < 1) {
            throw new IllegalArgumentException(f + ": 'tasks' must be a whole number of at least 1");
        }
        List<Submission> subs = new ArrayList<>();
        for (JsonNode s : j.path("submissions")) {
            subs.add(new Submission(text(s, "array_job"), text(s, "array_tasks"), text(s, "merge_job")));
        }
        return new SlurmLayout(j.get("tasks").asInt(), subs);
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** This layout with one more submission. */
    public SlurmLayout with(Submission s) {
        List<Submission> all = new ArrayList<>(submissions);
        all.add(s);
        return new SlurmLayout(tasks, all);
    }

    /** The latest submission, or null. */
    public Submission last() {
        return submissions.isEmpty() ? null : submissions.get(submissions.size() - 1);
    }

    /** Writes the file (atomically). */
    public void write(Path out) {
        ObjectNode o = ResultFiles.object();
        o.put("tasks", tasks);
        ArrayNode subs = o.putArray("submissions");
        for (Submission s : submissions) {
            ObjectNode so = subs.addObject();
            so.put("array_job", s.arrayJob());
            so.put("array_tasks", s.arrayTasks());
            so.put("merge_job", s.mergeJob());
        }
        ResultFiles.writeAtomically(file(out), ResultFiles.toJson(o));
    }
}

package io.gossamer.experiments.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.gossamer.experiments.results.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which runs of a sharded sweep have finished: a run counts when its directory (with
 * summary.json) is in {@code OUT/runs/} (merged, or run there) or in its shard's
 * {@code OUT/shards/i/runs/}.
 *
 * @param scenario the scenario's name
 * @param shards one entry per shard, in order
 * @param merged runs already in {@code OUT/runs/}
 */
public record SweepStatus(String scenario, List<Shard> shards, int merged) {
    /**
     * One shard.
     *
     * @param index from 1
     * @param runs how many runs it has
     * @param missing the ids of its runs that have not finished, in plan order
     */
    public record Shard(int index, int runs, List<String> missing) {
        /** Copies the list. */
        public Shard {
            missing = List.copyOf(missing);
        }
    }

    /** Copies the list. */
    public SweepStatus {
        shards = List.copyOf(shards);
    }

    /**
     * Reads {@code out}, split into {@code tasks} shards.
     *
     * @throws IllegalArgumentException if {@code out} holds no sweep
     */
    public static SweepStatus of(Path out, int tasks) throws IOException {
        Path planFile = out.resolve("sweep.json");
        if (!Files.isRegularFile(planFile)) {
            throw new IllegalArgumentException(out + " is not a sweep directory (no sweep.json)");
        }
        JsonNode plan = ResultFiles.readJson(planFile);
        List<List<String>> missing = new ArrayList<>();
        int[] runs = new int[tasks];
        for (int i = 0; i < tasks; i++) {
            missing.add(new ArrayList<>());
        }
        int merged = 0;
        int k = 0;
        for (JsonNode run : plan.get("runs")) {
            String id = run.get("id").asText();
            int shard = ShardSpec.shardOf(k++, tasks);
            runs[shard - 1]++;
            boolean inOut = finished(out.resolve("runs").resolve(id));
            merged += inOut ? 1 : 0;
            if (!inOut && !finished(shardDir(out, shard).resolve("runs").resolve(id))) {
                missing.get(shard - 1).add(id);
            }
        }
        List<Shard> shards = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            shards.add(new Shard(i + 1, runs[i], missing.get(i)));
        }
        return new SweepStatus(plan.get("scenario").asText(), shards, merged);
    }

    /** Where shard {@code index} of a Slurm (or any array) sweep in {@code out} writes. */
    public static Path shardDir(Path out, int index) {
        return out.resolve("shards").resolve(String.valueOf(index));
    }

    private static boolean finished(Path runDir) {
        return Files.exists(runDir.resolve("summary.json"));
    }

    /** Runs planned. */
    public int planned() {
        return shards.stream().mapToInt(Shard::runs).sum();
    }

    /** Runs not finished anywhere. */
    public int missing() {
        return shards.stream().mapToInt(s -> s.missing().size()).sum();
    }

    /** The shards with missing runs, as an sbatch {@code --array} list with ranges ("2,4-6"); empty if none. */
    public String failedTasks() {
        List<Integer> failed = shards.stream().filter(s -> !s.missing().isEmpty()).map(Shard::index).toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < failed.size(); ) {
            int j = i;
            while (j + 1 < failed.size() && failed.get(j + 1) == failed.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? "" + failed.get(i) : failed.get(i) + "-" + failed.get(j));
            i = j + 1;
        }
        return String.join(",", parts);
    }

    /** The status as lines for a person: a summary, then one line per shard. */
    public List<String> lines() {
        List<String> l = new ArrayList<>();
        l.add(scenario + ": " + planned() + " runs in " + shards.size() + (shards.size() == 1 ? " shard" : " shards") + ", "
                + (planned() - missing()) + " finished, " + missing() + " missing; " + merged + " merged");
        for (Shard s : shards) {
            String head = "shard " + s.index() + "/" + shards.size() + ": ";
            if (s.missing().isEmpty()) {
                l.add(head + "done (" + s.runs() + " runs)");
            } else {
                l.add(head + s.missing().size() + " of " + s.runs() + " runs missing: " + String.join(" ", s.missing()));
            }
        }
        return l;
    }
}

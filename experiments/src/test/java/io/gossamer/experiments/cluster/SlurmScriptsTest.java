package io.gossamer.experiments.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated Slurm scripts: their directives and commands, and that bash hands every word through unchanged. */
class SlurmScriptsTest {
    @TempDir
    Path dir;

    private static final List<String> SETS = List.of("sweep.seeds=6", "sweep.grid={network.loss: [0%, 20%]}", "description=it's \"quoted\" $HOME");

    private SlurmScripts.Job job(Path java, Path out, String classpath, SlurmSettings s) {
        return new SlurmScripts.Job(java, List.of("-XX:+UseParallelGC", "-XX:ActiveProcessorCount=2"), classpath, "/data/my study.yaml",
                SETS, out, "loss sweep", 24, s);
    }

    private static final SlurmSettings FULL = new SlurmSettings(4, "debug", "1:30:00", "4G", 2, true);

    @Test
    void arrayScriptRunsOneShardPerTaskIntoItsOwnDirectory() {
        String a = SlurmScripts.array(job(Path.of("/opt/jdk/bin/java"), Path.of("/shared/out"), null, FULL));
        List<String> lines = a.lines().toList();
        assertEquals("#!/bin/bash", lines.get(0));
        for (String expected : List.of("#SBATCH --job-name=gossamer-loss_sweep", "#SBATCH --array=1-4", "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=2", "#SBATCH --partition=debug", "#SBATCH --time=1:30:00", "#SBATCH --mem=4G",
                "#SBATCH --output=/shared/out/slurm/logs/shard-%a-job-%A.out", "set -euo pipefail", "out=/shared/out",
                "gossamer() { /opt/jdk/bin/java -XX:+UseParallelGC -XX:ActiveProcessorCount=2 -jar \"$out/slurm/gossamer.jar\" \"$@\"; }",
                "    --shard auto/4 --resume --jobs 2 --out \"$out/shards/$SLURM_ARRAY_TASK_ID\"")) {
            assertTrue(lines.contains(expected), "missing line: " + expected + "\n" + a);
        }
        assertTrue(a.contains("gossamer sweep '/data/my study.yaml' --set sweep.seeds=6 --set 'sweep.grid={network.loss: [0%, 20%]}'"), a);
        // Directives must come before the first command, or sbatch ignores them.
        int lastDirective = 0;
        int firstCommand = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#SBATCH")) {
                lastDirective = i;
            } else if (!lines.get(i).startsWith("#") && firstCommand < 0) {
                firstCommand = i;
            }
        }
        assertTrue(lastDirective < firstCommand, a);
    }

    @Test
    void defaultsLeaveTheClusterToChoose() {
        String a = SlurmScripts.array(job(Path.of("/j/bin/java"), Path.of("/o"), null, new SlurmSettings(3, null, null, null, 1, false)));
        assertFalse(a.contains("--partition") || a.contains("--time") || a.contains("--mem"), a);
        assertTrue(a.contains("#SBATCH --array=1-3\n") && a.contains("--shard auto/3 --resume --jobs 1 "), a);
        String m = SlurmScripts.merge(job(Path.of("/j/bin/java"), Path.of("/o"), null, new SlurmSettings(3, null, null, null, 1, false)));
        assertFalse(m.contains("report"), m);
    }

    @Test
    void mergeScriptMergesEveryShardIntoOutAndRendersTheReport() {
        String m = SlurmScripts.merge(job(Path.of("/opt/jdk/bin/java"), Path.of("/shared/out"), null, FULL));
        List<String> lines = m.lines().toList();
        for (String expected : List.of("#SBATCH --job-name=gossamer-loss_sweep-merge", "#SBATCH --cpus-per-task=1", "#SBATCH --partition=debug",
                "#SBATCH --time=1:30:00", "#SBATCH --mem=4G", "#SBATCH --output=/shared/out/slurm/logs/merge-job-%j.out",
                "gossamer merge \"$out\"/shards/* --out \"$out\"", "gossamer report \"$out\"")) {
            assertTrue(lines.contains(expected), "missing line: " + expected + "\n" + m);
        }
        assertFalse(m.contains("--array"), m);
    }

    @Test
    void submitScriptChainsTheMergeJobAfterTheArray() {
        SlurmScripts.Job j = job(Path.of("/opt/jdk/bin/java"), Path.of("/shared/out"), null, FULL);
        String s = SlurmScripts.submit(j, "2,4");
        assertTrue(s.contains("array=$(sbatch --parsable --array=2,4 /shared/out/slurm/array.sh)\n"), s);
        assertTrue(s.contains("merge=$(sbatch --parsable --dependency=afterok:$array /shared/out/slurm/merge.sh)\n"), s);
        assertEquals(List.of("sbatch", "--parsable", "--array=1-4", "/shared/out/slurm/array.sh"), SlurmScripts.arrayCommand(j, "1-4"));
        assertEquals(List.of("sbatch", "--parsable", "--dependency=afterok:17", "/shared/out/slurm/merge.sh"), SlurmScripts.mergeCommand(j, "17"));
        String mergeOnly = SlurmScripts.submit(j, null);
        assertTrue(mergeOnly.contains("merge=$(sbatch --parsable /shared/out/slurm/merge.sh)\n") && !mergeOnly.contains("--array"), mergeOnly);
    }

    @Test
    void bashPassesEveryArgumentThroughUnchanged() throws Exception {
        // A stand-in java that prints its arguments one per line; the script runs as array task 3.
        Path fakeJava = dir.resolve("bin/java");
        Files.createDirectories(fakeJava.getParent());
        Files.writeString(fakeJava, "#!/bin/bash\nprintf '%s\\n' \"$@\"\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        Path out = dir.resolve("out");
        Path script = dir.resolve("array.sh");
        Files.writeString(script, SlurmScripts.array(job(fakeJava, out, "/a/classes:/b/x.jar", FULL)));
        Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null"))).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), "without SLURM_ARRAY_TASK_ID set -u stops the script: " + text);

        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        pb.environment().put("SLURM_ARRAY_TASK_ID", "3");
        pb.environment().put("SLURM_ARRAY_JOB_ID", "41");
        p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> words = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.exitValue(), String.join("\n", words));
        assertTrue(words.get(0).startsWith("shard 3 of 4 on ") && words.get(0).endsWith(", job 41_3"), words.get(0));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:ActiveProcessorCount=2", "-cp", "/a/classes:/b/x.jar", "io.gossamer.cli.GossamerCli",
                "sweep", "/data/my study.yaml", "--set", SETS.get(0), "--set", SETS.get(1), "--set", SETS.get(2),
                "--shard", "auto/4", "--resume", "--jobs", "2", "--out", out + "/shards/3"), words.subList(1, words.size()));
    }

    @Test
    void badValuesAreRefusedBeforeAnythingIsWritten() {
        String e = assertThrows(IllegalArgumentException.class, () -> new SlurmSettings(4, null, "2h", null, 1, false)).getMessage();
        assertTrue(e.contains("--time '2h' is not a Slurm time limit") && e.contains("HH:MM:SS"), e);
        for (String ok : List.of("30", "10:00", "2:00:00", "1-12", "1-12:30", "2-00:00:00", "UNLIMITED")) {
            assertEquals(ok, new SlurmSettings(1, null, ok, null, 1, false).time());
        }
        e = assertThrows(IllegalArgumentException.class, () -> new SlurmSettings(4, null, null, "8GB", 1, false)).getMessage();
        assertTrue(e.contains("--mem '8GB' is not a Slurm memory size") && e.contains("K, M, G or T"), e);
        e = assertThrows(IllegalArgumentException.class, () -> new SlurmSettings(4, "debug\n#SBATCH --x", null, null, 1, false)).getMessage();
        assertTrue(e.contains("is not a Slurm partition name"), e);
        e = assertThrows(IllegalArgumentException.class, () -> new SlurmSettings(0, null, null, null, 1, false)).getMessage();
        assertTrue(e.contains("--tasks must be at least 1, got 0"), e);
        e = assertThrows(IllegalArgumentException.class, () -> new SlurmSettings(2, null, null, null, 0, false)).getMessage();
        assertTrue(e.contains("--cpus-per-task must be at least 1, got 0"), e);
        e = assertThrows(IllegalArgumentException.class, () -> job(Path.of("/j/java"), Path.of("/my results/out"), null, FULL)).getMessage();
        assertTrue(e.contains("--out /my results/out: a Slurm sweep needs a directory path without spaces"), e);
    }

    @Test
    void theScriptInDocsClusterMdIsWhatTheCommandWrites() throws Exception {
        // docs/cluster.md explains array.sh line by line: it must show the real thing.
        Path doc = Path.of("..", "docs", "cluster.md");
        String text = Files.readString(doc);
        int from = text.indexOf("```bash\n", text.indexOf("### The job array script, line by line")) + "```bash\n".length();
        String shown = text.substring(from, text.indexOf("```\n", from));
        SlurmScripts.Job j = new SlurmScripts.Job(Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java"),
                List.of("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=1", "-XX:MaxRAMPercentage=75", "-XX:ActiveProcessorCount=1"), null, "loss-sweep",
                List.of("sweep.seeds=6"), Path.of("/shared/me/loss"), "loss-sweep", 24, new SlurmSettings(4, null, "30:00", null, 1, false));
        assertEquals(SlurmScripts.array(j), shown);
    }
}

package io.gossamer.cli;

import static io.gossamer.cli.ScenarioCommandsTest.cli;
import static io.gossamer.cli.ScenarioCommandsTest.concat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.cli.ScenarioCommandsTest.Outcome;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sweep --slurm without a cluster: the scripts it writes are run by bash as Slurm would run
 * them (array task i, then the merge job), sbatch/squeue/scancel are stand-ins that log their
 * arguments, and --status and --resume are checked against what is on disk.
 */
class SlurmSweepTest {
    @TempDir
    Path dir;

    private static final String[] SETS = Arrays.copyOfRange(ScenarioCommandsTest.SMALL_SWEEP, 2, ScenarioCommandsTest.SMALL_SWEEP.length);

    private Path fakeSlurm() throws IOException {
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        String log = dir.resolve("calls.log").toString();
        // sbatch refuses merge.sh while the file fail-merge exists.
        script(bin.resolve("sbatch"), "echo \"sbatch $*\" >> " + log + "\n"
                + "if [ -e " + dir.resolve("fail-merge") + " ] && [[ $* == *merge.sh ]]; then echo 'sbatch: error: Batch job submission failed: "
                + "Invalid partition name specified' >&2; exit 1; fi\n"
                + "n=$(cat " + dir.resolve("next-id") + " 2>/dev/null || echo 100); echo $((n + 1)) > " + dir.resolve("next-id") + "\n"
                + "echo \"$n;cluster\"\n");
        // squeue prints queue-ID for --jobs=ID, if that file exists.
        script(bin.resolve("squeue"), "echo \"squeue $*\" >> " + log + "\nfor a in \"$@\"; do case $a in --jobs=*) cat " + dir
                + "/queue-${a#--jobs=} 2>/dev/null;; esac; done\nexit 0\n");
        script(bin.resolve("scancel"), "echo \"scancel $*\" >> " + log + "\n");
        return bin;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/bash\n" + body);
        assertTrue(file.toFile().setExecutable(true));
    }

    private Outcome submit(Path out, boolean resume) throws IOException {
        ScenarioLoader loader = ScenarioLoader.discover();
        ScenarioSource source = ScenarioSource.resolve("loss-sweep");
        SweepPlan plan = SweepPlan.of(loader.load(source, List.of(SETS).stream().filter(s -> !s.equals("--set")).toList()));
        StringWriter text = new StringWriter();
        SlurmSweep.Request r = new SlurmSweep.Request(source, List.of(SETS).stream().filter(s -> !s.equals("--set")).toList(), 2, null,
                null, null, 1, false, true, resume);
        try (PrintWriter w = new PrintWriter(text)) {
            int status = new SlurmSweep(loader, plan, out, w, fakeSlurm()).run(r);
            w.flush();
            return new Outcome(status, text.toString(), "");
        } catch (IllegalArgumentException e) {
            return new Outcome(GossamerCli.BAD_INPUT, text.toString(), e.getMessage());
        }
    }

    private static String bash(Path script, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), script + ": " + text);
        return text;
    }

    private static Map<String, String> task(int id) {
        return Map.of("SLURM_ARRAY_TASK_ID", "" + id, "SLURM_ARRAY_JOB_ID", "100", "SLURM_ARRAY_TASK_COUNT", "2",
                "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "2");
    }

    @Test
    void scriptsRunShardsThatMergeIntoTheLocalSweepAndResumeRedoesOnlyMissingTasks() throws Exception {
        Path out = dir.resolve("out");
        Outcome written = cli(concat(concat(new String[] {"sweep", "loss-sweep"}, SETS), "--slurm", "--tasks", "2", "--out", out.toString()));
        assertEquals(0, written.status(), written.err());
        assertTrue(written.out().contains("loss-sweep: 6 runs in 2 array tasks; wrote " + out.resolve("slurm/array.sh")), written.out());
        assertTrue(written.out().contains("submit: bash " + out.resolve("slurm/submit.sh") + " (tasks 1-2), or add --submit"), written.out());
        for (String f : List.of("sweep.json", "slurm/array.sh", "slurm/merge.sh", "slurm/submit.sh", "slurm/slurm.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertTrue(Files.isDirectory(out.resolve("slurm/logs")) && Files.isExecutable(out.resolve("slurm/array.sh")));
        assertTrue(Files.readString(out.resolve("slurm/submit.sh")).contains("--array=1-2 " + out.resolve("slurm/array.sh")));

        Outcome again = cli(concat(concat(new String[] {"sweep", "loss-sweep"}, SETS), "--slurm", "--tasks", "2", "--out", out.toString()));
        assertEquals(GossamerCli.BAD_INPUT, again.status());
        assertTrue(again.err().contains("already holds a Slurm sweep; add --resume"), again.err());

        Outcome none = cli("sweep", "--status", out.toString());
        assertEquals(GossamerCli.RUN_FAILURE, none.status());
        assertEquals(List.of("loss-sweep: 6 runs in 2 shards, 0 finished, 6 missing; 0 merged",
                "shard 1/2: 3 of 3 runs missing: p001-r001 p001-r003 p002-r002", "shard 2/2: 3 of 3 runs missing: p001-r002 p002-r001 p002-r003",
                "to rerun the tasks with missing runs (1-2): the same 'gossamer sweep ... --slurm' command with --submit --resume"),
                none.out().lines().toList());

        // Task 1 runs (as Slurm would run it); task 2 fails before writing anything.
        String log = bash(out.resolve("slurm/array.sh"), task(1));
        assertTrue(log.contains("shard 1 of 2 on ") && log.contains("loss-sweep: shard 1/2, 3 runs done; 3 of 6 runs finished in "
                + out.resolve("shards/1")), log);
        Outcome half = cli("sweep", "--status", out.toString());
        assertEquals(GossamerCli.RUN_FAILURE, half.status());
        assertTrue(half.out().contains("loss-sweep: 6 runs in 2 shards, 3 finished, 3 missing; 0 merged\nshard 1/2: done (3 runs)\n"
                + "shard 2/2: 3 of 3 runs missing: p001-r002 p002-r001 p002-r003\n"), half.out());

        // The first submission, then the resubmission of task 2 alone.
        Files.writeString(dir.resolve("next-id"), "100");
        Outcome first = submit(out, true);
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("submitted job array 100 (tasks 2) and merge job 101"), first.out());
        Files.writeString(dir.resolve("queue-100"), "100_2 RUNNING\n");
        Outcome busy = submit(out, true);
        assertEquals(GossamerCli.BAD_INPUT, busy.status());
        assertTrue(busy.err().contains("job array 100 still has tasks pending or running"), busy.err());
        Files.delete(dir.resolve("queue-100"));
        Files.writeString(dir.resolve("queue-101"), "101 PENDING\n");
        Outcome resubmitted = submit(out, true);
        assertEquals(0, resubmitted.status(), resubmitted.err());
        assertTrue(resubmitted.out().contains("cancelled merge job 101 (it waited on tasks that failed)\n"
                + "submitted job array 102 (tasks 2) and merge job 103"), resubmitted.out());
        List<String> calls = Files.readAllLines(dir.resolve("calls.log")).stream().filter(l -> !l.startsWith("squeue")).toList();
        assertEquals(List.of("sbatch --parsable --array=2 " + out.resolve("slurm/array.sh"),
                "sbatch --parsable --dependency=afterok:100 " + out.resolve("slurm/merge.sh"),
                "scancel 101",
                "sbatch --parsable --array=2 " + out.resolve("slurm/array.sh"),
                "sbatch --parsable --dependency=afterok:102 " + out.resolve("slurm/merge.sh")), calls);
        String layout = Files.readString(out.resolve("slurm/slurm.json"));
        assertTrue(layout.contains("\"array_job\" : \"102\"") && layout.contains("\"merge_job\" : \"103\""), layout);

        bash(out.resolve("slurm/array.sh"), task(2));
        bash(out.resolve("slurm/merge.sh"), Map.of());
        Outcome done = cli("sweep", "--status", out.toString());
        assertEquals(0, done.status(), done.out());
        assertTrue(done.out().startsWith("loss-sweep: 6 runs in 2 shards, 6 finished, 0 missing; 6 merged\n"), done.out());
        assertTrue(done.out().contains("last submission: job array 102 (tasks 2), merge job 103"), done.out());

        Path local = dir.resolve("local");
        assertEquals(0, cli(concat(ScenarioCommandsTest.SMALL_SWEEP, "-q", "--jobs", "2", "--out", local.toString())).status());
        for (String f : List.of("sweep.json", "sweep.csv", "aggregate.csv")) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        ScenarioCommandsTest.assertSameFiles(local.resolve("runs"), out.resolve("runs"));
        Outcome nothing = submit(out, true);
        assertEquals(0, nothing.status(), nothing.err());
        assertTrue(nothing.out().contains("all 6 runs are merged in " + out + "; nothing to submit"), nothing.out());
    }

    @Test
    void aRefusedMergeJobIsSubmittedByTheNextResume() throws Exception {
        Path out = dir.resolve("out");
        Files.writeString(dir.resolve("fail-merge"), "");
        Outcome refused = submit(out, false);
        assertEquals(GossamerCli.BAD_INPUT, refused.status());
        assertTrue(refused.err().startsWith("sbatch refused the merge job (exit status 1): sbatch: error: Batch job submission failed: "
                + "Invalid partition name specified\njob array 100 was submitted, the merge job was not;"), refused.err());
        Outcome status = cli("sweep", "--status", out.toString());
        assertTrue(status.out().contains("last submission: job array 100 (tasks 1-2), no merge job"), status.out());
        Files.delete(dir.resolve("fail-merge"));
        Outcome resumed = submit(out, true);
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("submitted job array 101 (tasks 1-2) and merge job 102"), resumed.out());
        List<String> calls = Files.readAllLines(dir.resolve("calls.log"));
        assertEquals("squeue --noheader --jobs=100 --format=%i %T", calls.get(2), String.join("\n", calls));
    }

    @Test
    void statusOfAPlainSweepAndOfLocalShards() throws Exception {
        Path s1 = dir.resolve("x/shards/1");
        assertEquals(0, cli(concat(ScenarioCommandsTest.SMALL_SWEEP, "-q", "--shard", "1/3", "--out", s1.toString())).status());
        Files.copy(s1.resolve("sweep.json"), dir.resolve("x/sweep.json"));
        Outcome three = cli("sweep", "--status", dir.resolve("x").toString(), "--tasks", "3");
        assertEquals(GossamerCli.RUN_FAILURE, three.status());
        assertEquals(List.of("loss-sweep: 6 runs in 3 shards, 2 finished, 4 missing; 0 merged", "shard 1/3: done (2 runs)",
                "shard 2/3: 2 of 2 runs missing: p001-r002 p002-r002", "shard 3/3: 2 of 2 runs missing: p001-r003 p002-r003"), three.out().lines().toList());
        Outcome bad = cli("sweep", "--status", dir.toString());
        assertEquals(GossamerCli.BAD_INPUT, bad.status());
        assertTrue(bad.err().contains(dir + " is not a sweep directory (no sweep.json)"), bad.err());
    }

    @Test
    void optionsOfTheWrongModeAreRefused() {
        String[] sweep = {"sweep", "loss-sweep"};
        Map<String[], String> cases = Map.of(
                concat(sweep, "--submit"), "--submit only applies with --slurm",
                concat(sweep, "--partition", "x"), "--partition only applies with --slurm",
                concat(sweep, "--slurm", "--jobs", "2"), "instead of --jobs give --tasks N",
                concat(sweep, "--slurm", "--shard", "1/2"), "instead of --shard give --tasks N",
                concat(sweep, "--status", "x"), "--status DIR takes no SCENARIO",
                new String[] {"sweep"}, "sweep needs a SCENARIO",
                concat(sweep, "--slurm", "--tasks", "21", "--out", dir.resolve("o").toString()), "--tasks 21 is more than the sweep's 20 runs",
                concat(sweep, "--slurm", "--out", dir.resolve("a b").toString()), "a Slurm sweep needs a directory path without spaces",
                concat(sweep, "--slurm", "--time", "1h", "--out", dir.resolve("o").toString()), "--time '1h' is not a Slurm time limit",
                concat(sweep, "--shard", "auto/0"), "--shard must be i/N");
        cases.forEach((args, message) -> {
            Outcome o = cli(args);
            assertEquals(GossamerCli.BAD_INPUT, o.status(), String.join(" ", args) + ": " + o.err());
            assertTrue(o.err().contains(message), String.join(" ", args) + ": " + o.err());
        });
        // Nothing was written by the refused commands.
        assertTrue(!Files.exists(dir.resolve("o")) && !Files.exists(dir.resolve("a b")));
    }
}

package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed midway (kill -9) and resumed loses nothing and redoes only unfinished runs. */
class SweepResumeTest {
    @TempDir
    Path dir;

    private static final String[] SWEEP = {"sweep", "loss-sweep", "--jobs", "1", "-q",
        "--set", "nodes.peer.count=300", "--set", "sweep.seeds=6", "--set", "sweep.grid={network.loss: [0%, 10%]}"};

    private static int finishedRuns(Path out) throws IOException {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(runs)) {
            return (int) list.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
    }

    @Test
    void sigtermSaysWhatIsKeptAndTheCommandThatFinishesTheSweep() throws Exception {
        Path out = dir.resolve("out dir");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GossamerCli.class.getName()));
        command.addAll(List.of(SWEEP));
        command.addAll(List.of("--out", out.toString()));
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (finishedRuns(out) < 2 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.destroy(); // SIGTERM, as Ctrl-C or a batch system's kill
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the sweep did not stop on SIGTERM");
        String said = Files.readString(log);
        java.util.regex.Matcher kept = java.util.regex.Pattern.compile("kept (\\d+) of 12 runs in ").matcher(said);
        assertTrue(kept.find(), said);
        int n = Integer.parseInt(kept.group(1));
        assertTrue(n >= 2 && n < 12, said);
        // The real scenario name and overrides, quoted for the shell, never a placeholder.
        String resume = "finish with: gossamer sweep loss-sweep --set nodes.peer.count=300 --set sweep.seeds=6"
                + " --set 'sweep.grid={network.loss: [0%, 10%]}' --out '" + out + "' --resume";
        assertTrue(said.contains(resume), said);
        assertTrue(!said.contains("SCENARIO"), said);

        List<String> again = new ArrayList<>(List.of(SWEEP));
        again.addAll(List.of("--out", out.toString(), "--resume"));
        ScenarioCommandsTest.Outcome o = ScenarioCommandsTest.cli(again.toArray(String[]::new));
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("12 of 12 runs finished"), o.out());
    }

    @Test
    void killedSweepResumesToTheSameTables() throws Exception {
        Path killed = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GossamerCli.class.getName()));
        command.addAll(List.of(SWEEP));
        command.addAll(List.of("--out", killed.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (finishedRuns(killed) < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        int before = finishedRuns(killed);
        assertTrue(before >= 3 && before < 12, "runs finished before the kill: " + before + "; log: " + Files.readString(dir.resolve("log.txt")));
        assertTrue(!Files.exists(killed.resolve("sweep.csv")), "the sweep should have been killed before its tables");

        List<String> resume = new ArrayList<>(List.of(SWEEP));
        resume.addAll(List.of("--resume", "--out", killed.toString()));
        ScenarioCommandsTest.Outcome o = ScenarioCommandsTest.cli(resume.toArray(String[]::new));
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains((12 - before) + " runs done, " + before + " already there"), o.out());

        List<String> whole = new ArrayList<>(List.of(SWEEP));
        whole.addAll(List.of("--out", dir.resolve("whole").toString()));
        assertEquals(0, ScenarioCommandsTest.cli(whole.toArray(String[]::new)).status());
        ScenarioCommandsTest.assertSameFiles(dir.resolve("whole"), killed);
        // Half-written runs (hidden temporary directories) never count as runs.
        try (Stream<Path> list = Files.list(killed.resolve("runs"))) {
            assertEquals(12, list.filter(r -> Files.exists(r.resolve("summary.json"))).count());
        }
    }
}

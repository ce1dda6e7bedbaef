package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.experiments.memory.MemoryBudget;
import io.gossamer.experiments.sweep.SweepRunner;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.run.ScenarioCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory for big runs: one clear message when it runs out, and sweeps that start only as many runs as fit. */
class MemoryLimitsTest {
    @TempDir
    Path dir;

    @Test
    void runningOutOfMemorySaysWhatRanOutHowMuchWasLiveAndHowToGiveMoreWithoutAStackTrace() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-XX:ParallelGCThreads=1", "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                GossamerCli.class.getName(), "run", "quickstart", "-q", "--set", "nodes.peer.count=200000",
                "--out", dir.resolve("out").toString());
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not end");
        String said = Files.readString(log);
        assertEquals(1, p.exitValue(), said);
        assertEquals(1, said.lines().count(), "one message: " + said);
        assertFalse(said.contains("\tat ") || said.contains("Exception in thread"), said);
        Matcher m = Pattern.compile("gossamer: out of memory \\((Java heap space|GC overhead limit exceeded)\\) in run quickstart: "
                + "the [0-9.]+ MiB heap held ([0-9,]+) live nodes \\(of 200,000 planned\\) and [0-9,]+ pending events, .*: about "
                + "([0-9.]+) (B|KiB) per node, events included\\. Give it more memory, about [0-9.]+ (MiB|GiB) of heap: "
                + "GOSSAMER_JAVA_OPTS=\"-XX:\\+UseParallelGC -XX:ParallelGCThreads=1 -Xmx[0-9]+[mg]\"").matcher(said);
        assertTrue(m.find(), said);
        int live = Integer.parseInt(m.group(2).replace(",", ""));
        assertTrue(live > 10_000 && live < 200_000, said);
        double perNode = Double.parseDouble(m.group(3)) * (m.group(4).equals("KiB") ? 1024 : 1);
        // Half the 64 MiB heap or more over the live nodes, at most the whole heap over them (200,000
        // nodes: 150,000 fit since nodes became smaller).
        assertTrue(perNode > 32.0 * (1 << 20) / 200_000 && perNode <= 64.0 * (1 << 20) / live * 1.01, said);
        assertFalse(Files.exists(dir.resolve("out").resolve("summary.json")), "no results of a run that failed");
    }

    @Test
    void aSweepStartsOnlyAsManyRunsAsTheHeapHoldsSaysSoAndGetsTheSameResults() throws Exception {
        ScenarioLoader loader = ScenarioLoader.discover();
        ScenarioSource source = ScenarioSource.resolve("loss-sweep");
        List<String> sets = List.of("nodes.peer.count=300", "sweep.seeds=2", "sweep.grid={network.loss: [0%, 10%]}");
        var plan = ScenarioCheck.check(loader, source, sets, true, false).plan();

        List<String> notes = new ArrayList<>();
        // A pretend heap of 1 MiB: the estimate (16 MiB + 300 nodes x 16 KiB) and the first run's peak are both larger.
        new SweepRunner(loader, source, plan, dir.resolve("small")).memory(new MemoryBudget(1 << 20), notes::add)
                .run(3, 1, 1, false, (done, total, run) -> { });
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("memory: the largest run (which may start up to 300 nodes) may need up to 20.7 MiB of heap (at 16.0 KiB a node),"
                + " and the heap is 1.0 MiB: running it alone first to measure it"), notes.get(0));
        assertTrue(notes.get(1).matches("memory: it peaked at [0-9.]+ [KMG]iB of heap, so the 1.0 MiB heap holds 1 such run at once: "
                + "running 1 at a time instead of 3 \\(--jobs\\); for 3 at once, GOSSAMER_JAVA_OPTS=\".*-Xmx[0-9]+[mg]\""), notes.get(1));

        List<String> none = new ArrayList<>();
        new SweepRunner(loader, source, plan, dir.resolve("large")).memory(new MemoryBudget(1L << 40), none::add)
                .run(3, 1, 1, false, (done, total, run) -> { });
        assertEquals(List.of(), none);
        ScenarioCommandsTest.assertSameFiles(dir.resolve("large"), dir.resolve("small"));
    }

    @Test
    void theBudgetFitsBetweenOneAndTheRunsAskedFor() {
        MemoryBudget tenGiB = new MemoryBudget(10L << 30);
        assertEquals(4, tenGiB.fit(4, 1L << 30));
        assertEquals(2, tenGiB.fit(8, 3L << 30)); // 8 GiB usable
        assertEquals(1, tenGiB.fit(8, 100L << 30));
        assertEquals(10L << 30, MemoryBudget.heapFor(4, 2L << 30));
    }
}

package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gossamer run RUN_DIR} repeats a recorded run exactly, a sweep's run included (its
 * derived seed and its point's values, a variant among them), and says clearly when the
 * directory is not a run's.
 */
class RunRepeatTest {
    @TempDir
    Path dir;

    private record Outcome(int status, String err) {
    }

    private static Outcome gossamer(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = GossamerCli.executeWithPlugins(args, null);
        } finally {
            System.setErr(saved);
        }
        return new Outcome(status, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSweepRunRepeatedFromItsDirectoryWritesTheSameFiles() throws IOException {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, gossamer("sweep", "seed-study", "--jobs", "1", "-q", "--out", sweep.toString(),
                "--set", "sweep.seeds=2", "--set", "sweep.grid={node-count: [5, 10]}").status());
        // p005: node-count 10, variant flooding (the variants vary fastest), replicate 1.
        Path run = sweep.resolve("runs").resolve("p005-r001");
        assertTrue(Files.readString(run.resolve("summary.json")).contains("\"variant\" : \"flooding\""));
        Path again = dir.resolve("again");
        assertEquals(0, gossamer("run", run.toString(), "-q", "--out", again.toString()).status());
        for (String file : new String[] {"summary.json", "tables/messages.csv"}) {
            assertEquals(Files.readString(run.resolve(file)), Files.readString(again.resolve(file)), file);
        }
    }

    @Test
    void anUnnamedScenarioKeepsItsNameAndARepeatNeverLandsOnWhatItRepeats() throws IOException {
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, "duration: 2s\nnodes:\n  - class: peer\n    count: 20\n    protocol: flood\n"
                + "processes:\n  - name: alerts\n    do: broadcast\n    count: 1\n");
        Path first = dir.resolve("first");
        assertEquals(0, gossamer("run", file.toString(), "-q", "--out", first.toString()).status());
        Path again = dir.resolve("again");
        assertEquals(0, gossamer("run", first.toString(), "-q", "--out", again.toString()).status());
        assertEquals(Files.readString(first.resolve("summary.json")), Files.readString(again.resolve("summary.json")));
        assertTrue(Files.readString(again.resolve("summary.json")).contains("\"scenario\" : \"tiny\""));
        // The default --out of a repeat of results/NAME-repeat is that directory itself: refused.
        boolean hadResults = Files.exists(Path.of("results"));
        Path repeat = Files.createDirectories(Path.of("results", "tiny-repeat"));
        try {
            Files.copy(first.resolve("summary.json"), repeat.resolve("summary.json"));
            Outcome o = gossamer("run", repeat.toString(), "-q");
            assertEquals(2, o.status(), o.err());
            assertTrue(o.err().contains("is the run being repeated; give --out DIR"), o.err());
        } finally {
            Files.deleteIfExists(repeat.resolve("summary.json"));
            Files.deleteIfExists(repeat);
            if (!hadResults) {
                Files.deleteIfExists(Path.of("results"));
            }
        }
    }

    @Test
    void aDirectoryThatHoldsNoRunIsNamedAsSuch() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Outcome o = gossamer("run", empty.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().contains("is a directory without a summary.json, so not the results of a run"), o.err());
        assertTrue(!o.err().contains("Exception"), o.err());
    }

    @Test
    void aSummaryWithoutItsScenarioNamesTheMissingKey() throws IOException {
        Path fake = Files.createDirectories(dir.resolve("fake"));
        Files.writeString(fake.resolve("summary.json"), "{\"seed\": 5, \"metrics\": {}}\n");
        Outcome o = gossamer("run", fake.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().contains("has no 'scenario_resolved' mapping: not the summary.json of a Gossamer run"), o.err());
    }
}

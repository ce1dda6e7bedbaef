package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.RunWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** run, validate, sweep, merge, list and show as a user sees them: files, determinism, exit codes. */
class ScenarioCommandsTest {
    /** A small version of the bundled loss sweep: 2 loss values x 3 seeds of 200 nodes. */
    static final String[] SMALL_SWEEP = {"sweep", "loss-sweep", "--set", "nodes.peer.count=200", "--set", "sweep.seeds=3",
        "--set", "sweep.grid={network.loss: [0%, 20%]}"};

    @TempDir
    Path dir;

    record Outcome(int status, String out, String err) {
    }

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GossamerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    /** Every deterministic file of a result directory, relative path to bytes, sorted. */
    static List<Object[]> deterministicFiles(Path root) throws IOException {
        List<Object[]> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString();
                // run-info.json and sweep-info.json say where and how, not what: they are not deterministic.
                if (!name.endsWith("run-info.json") && !name.equals("sweep-info.json") && !name.startsWith("report")) {
                    files.add(new Object[] {name, Files.readAllBytes(p)});
                }
            }
        }
        return files;
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        List<Object[]> fa = deterministicFiles(a);
        List<Object[]> fb = deterministicFiles(b);
        assertEquals(fa.stream().map(f -> f[0]).toList(), fb.stream().map(f -> f[0]).toList());
        for (int i = 0; i < fa.size(); i++) {
            assertArrayEquals((byte[]) fa.get(i)[1], (byte[]) fb.get(i)[1], "differs: " + fa.get(i)[0]);
        }
    }

    static List<String> listReport(Path reportDir) throws IOException {
        try (Stream<Path> list = Files.list(reportDir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void runWritesTheDocumentedFilesAndTheSameBytesEveryTime() throws IOException {
        Outcome first = cli("run", "quickstart", "--out", dir.resolve("a").toString(), "-q", "--report");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("dissemination: messages=10"), first.out());
        Outcome second = cli("run", "quickstart", "--out", dir.resolve("b").toString(), "-q");
        assertEquals(0, second.status(), second.err());
        for (String f : List.of("summary.json", "run-info.json", "series/delivery-cdf.csv", "series/coverage.csv",
                "series/nodes.csv", "series/traffic.csv", "tables/messages.csv")) {
            assertTrue(Files.isRegularFile(dir.resolve("a").resolve(f)), f);
        }
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));
        assertTrue(first.out().contains("report: "), first.out());
        assertTrue(listReport(dir.resolve("a/report")).containsAll(List.of("index.html", "delivery-cdf.png", "coverage.svg")));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("a/summary.json").toFile());
        assertEquals("quickstart", summary.get("scenario").asText());
        assertEquals(42, summary.get("seed").asLong());
        assertEquals(1.0, summary.at("/metrics/dissemination/coverage").asDouble());
        assertEquals("flood", summary.at("/scenario_resolved/nodes/0/protocol").asText());
        // What reproduces the run: the build (this test runs from a git checkout) and the resolved scenario.
        assertTrue(summary.get("gossamer_commit").asText().matches("[0-9a-f]{40}(-dirty)?"), summary.get("gossamer_commit").asText());
        assertEquals(RunWriter.sha256(ResultFiles.toJson(summary.get("scenario_resolved"))), summary.get("scenario_sha256").asText());
        // The run stops at the condition, right after the last receipt: a copy or two may still be under way.
        assertEquals(summary.get("simulated_time_s").asDouble(), summary.get("last_event_s").asDouble());
        JsonNode traffic = summary.at("/metrics/traffic");
        long dropped = 0;
        for (var f = traffic.fields(); f.hasNext();) {
            var e = f.next();
            dropped += e.getKey().startsWith("dropped_") ? e.getValue().asLong() : 0;
        }
        assertTrue(traffic.get("in_flight").asLong() > 0, traffic.toString());
        assertEquals(traffic.get("sent").asLong(), traffic.get("delivered").asLong() + dropped + traffic.get("in_flight").asLong());
        JsonNode info = new ObjectMapper().readTree(dir.resolve("a/run-info.json").toFile());
        assertTrue(info.get("cpu_s").asDouble() > 0);
        // No temporary directories are left behind.
        try (Stream<Path> list = Files.list(dir)) {
            assertEquals(List.of("a", "b"), list.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anotherSeedOrOverrideChangesTheResultsAndIsRecorded() throws IOException {
        assertEquals(0, cli("run", "quickstart", "--out", dir.resolve("a").toString(), "-q").status());
        Outcome o = cli("run", "quickstart", "--seed", "7", "--set", "nodes.peer.count=300", "--out", dir.resolve("b").toString(), "-q");
        assertEquals(0, o.status(), o.err());
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("b/summary.json").toFile());
        assertEquals(7, summary.get("seed").asLong());
        assertEquals("300", summary.at("/parameters/nodes.peer.count").asText());
        assertEquals(300, summary.at("/scenario_resolved/nodes/0/count").asInt());
        JsonNode first = new ObjectMapper().readTree(dir.resolve("a/summary.json").toFile());
        assertNotEquals(first.get("scenario_sha256").asText(), summary.get("scenario_sha256").asText());
    }

    @Test
    void badInputExitsWithTwoAndOneLineWithoutAStackTrace() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nduration: 10s\nnodes:\n  - class: a\n    count: 5\n    protocol: flod\n");
        for (String[] args : List.of(new String[] {"run", bad.toString()}, new String[] {"validate", bad.toString()},
                new String[] {"sweep", bad.toString()}, new String[] {"run", dir.resolve("missing.yaml").toString()},
                new String[] {"run", "no-such-bundled-scenario"}, new String[] {"run", "quickstart", "--set", "nodes.peer.count=-1"},
                new String[] {"sweep", "quickstart"}, new String[] {"sweep", "loss-sweep", "--shard", "3/2"})) {
            Outcome o = cli(args);
            assertEquals(GossamerCli.BAD_INPUT, o.status(), String.join(" ", args) + ": " + o.err());
            assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), o.err());
            assertTrue(o.err().startsWith("gossamer: "), o.err());
        }
        Outcome o = cli("run", bad.toString());
        assertTrue(o.err().contains("bad.yaml:6:15: unknown protocol 'flod'; did you mean 'flood'?"), o.err());
        Outcome typo = cli("run", "quickstrat");
        assertTrue(typo.err().contains("did you mean 'quickstart'?"), typo.err());
    }

    @Test
    void aFaultInsideARunExitsWithOneAndTheFaultReport() throws IOException {
        Outcome o = cli("run", "quickstart", "--set", "nodes.peer.protocol=test-faulty", "-q", "--out", dir.resolve("f").toString());
        assertEquals(GossamerCli.RUN_FAILURE, o.status(), o.err());
        assertTrue(o.err().startsWith("gossamer: the run failed: ") && o.err().contains("this node cannot broadcast 1024 bytes"), o.err());
        assertFalse(Files.exists(dir.resolve("f")), "no result directory for a failed run");
    }

    @Test
    void validateChecksEveryBundledScenario() {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(io.gossamer.scenarios.load.ScenarioSource.bundled());
        Outcome o = cli(args.toArray(String[]::new));
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().contains("loss-sweep (bundled): ok") && o.out().contains("sweep of 20 runs"), o.out());
    }

    @Test
    void listAndShowDescribeWhatAScenarioCanName() {
        Outcome list = cli("list");
        assertEquals(0, list.status());
        for (String name : List.of("quickstart", "flood", "idle", "broadcast", "fail-fraction", "dissemination", "lognormal",
                "gilbert-elliott", "session")) {
            assertTrue(list.out().contains(name), name);
        }
        // The core keys come from the loader's declarations, as the schema and the docs' key tables do.
        for (io.gossamer.scenarios.load.CoreSection section : io.gossamer.scenarios.load.ScenarioLoader.SECTIONS) {
            for (io.gossamer.scenarios.load.CoreKey key : section.keys()) {
                assertTrue(list.out().contains("      " + key.key() + " "), section.path() + "." + key.key());
            }
        }
        assertTrue(list.out().contains("hole-punching      let connections reach private nodes"), list.out());
        Outcome show = cli("show", "quickstart");
        assertTrue(show.out().contains("name: quickstart"), show.out());
    }

    @Test
    void sweepTablesDoNotDependOnTheNumberOfJobs() throws IOException {
        Outcome one = cli(concat(SMALL_SWEEP, "--jobs", "1", "-q", "--out", dir.resolve("j1").toString()));
        assertEquals(0, one.status(), one.err());
        Outcome two = cli(concat(SMALL_SWEEP, "--jobs", "2", "-q", "--out", dir.resolve("j2").toString()));
        assertEquals(0, two.status(), two.err());
        assertSameFiles(dir.resolve("j1"), dir.resolve("j2"));
        List<String> sweep = Files.readAllLines(dir.resolve("j1/sweep.csv"));
        assertEquals(1 + 6, sweep.size());
        assertTrue(sweep.get(0).startsWith("run,point,replicate,seed,network.loss,dissemination.messages,"), sweep.get(0));
        List<String> aggregate = Files.readAllLines(dir.resolve("j1/aggregate.csv"));
        assertEquals("point,network.loss,metric,n,mean,sd,ci95_low,ci95_high", aggregate.get(0));
        String lossy = aggregate.stream().filter(l -> l.startsWith("2,20%,traffic.dropped_loss,")).findFirst().orElseThrow();
        String[] cells = lossy.split(",");
        assertEquals("3", cells[3]);
        double mean = Double.parseDouble(cells[4]);
        double sent = Double.parseDouble(aggregate.stream().filter(l -> l.startsWith("2,20%,traffic.sent,")).findFirst()
                .orElseThrow().split(",")[4]);
        // About a fifth of the messages sent are lost, with a confidence interval around the mean.
        assertTrue(Math.abs(mean / sent - 0.2) < 0.01, "share lost " + mean / sent);
        assertTrue(Double.parseDouble(cells[6]) <= mean && mean <= Double.parseDouble(cells[7]));
        assertTrue(aggregate.contains("1,0%,traffic.dropped_loss,3,0,0,0,0"), String.join("\n", aggregate));
        Outcome report = cli("report", dir.resolve("j1").toString());
        assertEquals(0, report.status(), report.err());
        String html = Files.readString(dir.resolve("j1/report/index.html"));
        assertTrue(html.contains("traffic.dropped_loss") && html.contains("loss-sweep"), "report page");
        assertTrue(Files.exists(dir.resolve("j1/report/dissemination.t90_ms.png")) || listReport(dir.resolve("j1/report")).size() > 5,
                listReport(dir.resolve("j1/report")).toString());
        // Rerunning into the same directory is refused; --resume finds nothing to do.
        Outcome again = cli(concat(SMALL_SWEEP, "-q", "--out", dir.resolve("j1").toString()));
        assertEquals(GossamerCli.BAD_INPUT, again.status());
        assertTrue(again.err().contains("--resume"), again.err());
        Outcome resumed = cli(concat(SMALL_SWEEP, "-q", "--resume", "--out", dir.resolve("j1").toString()));
        assertEquals(0, resumed.status(), resumed.err());
        assertTrue(resumed.out().contains("0 runs done, 6 already there"), resumed.out());
    }

    @Test
    void aSeedFromSweepCsvReproducesItsRunEvenWhenNegative() throws IOException {
        Outcome sweep = cli(concat(SMALL_SWEEP, "--jobs", "1", "-q", "--out", dir.resolve("sw").toString()));
        assertEquals(0, sweep.status(), sweep.err());
        // Run seeds are signed 64-bit numbers drawn from the master seed: about half are negative.
        String[] row = Files.readAllLines(dir.resolve("sw/sweep.csv")).stream().skip(1).map(l -> l.split(","))
                .filter(r -> r[3].startsWith("-")).findFirst().orElseThrow();
        Outcome single = cli("run", "loss-sweep", "--seed", row[3], "--set", "nodes.peer.count=200", "--set", "network.loss=" + row[4],
                "-q", "--out", dir.resolve("single").toString());
        assertEquals(0, single.status(), single.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode fromSweep = json.readTree(dir.resolve("sw/runs/" + row[0] + "/summary.json").toFile());
        JsonNode alone = json.readTree(dir.resolve("single/summary.json").toFile());
        assertEquals(Long.parseLong(row[3]), alone.get("seed").asLong());
        assertEquals(fromSweep.get("metrics"), alone.get("metrics"));
        assertEquals(fromSweep.get("events"), alone.get("events"));
    }

    @Test
    void shardsMergeIntoTheWholeSweep() throws IOException {
        assertEquals(0, cli(concat(SMALL_SWEEP, "-q", "--out", dir.resolve("all").toString())).status());
        Outcome s1 = cli(concat(SMALL_SWEEP, "-q", "--shard", "1/2", "--out", dir.resolve("s1").toString()));
        assertEquals(0, s1.status(), s1.err());
        assertEquals(0, cli(concat(SMALL_SWEEP, "-q", "--shard", "2/2", "--out", dir.resolve("s2").toString())).status());
        Outcome partial = cli("merge", dir.resolve("s1").toString());
        assertEquals(GossamerCli.RUN_FAILURE, partial.status());
        assertTrue(partial.err().contains("3 runs are missing"), partial.err());
        assertTrue(partial.err().contains("finish with: gossamer sweep loss-sweep --set nodes.peer.count=200 --set sweep.seeds=3"
                + " --set 'sweep.grid={network.loss: [0%, 20%]}' --out " + dir.resolve("s1") + " --resume"), partial.err());
        Outcome merged = cli("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out", dir.resolve("m").toString());
        assertEquals(0, merged.status(), merged.err());
        assertSameFiles(dir.resolve("all"), dir.resolve("m"));
        Outcome other = cli("merge", dir.resolve("all").toString(), dir.toString());
        assertEquals(GossamerCli.BAD_INPUT, other.status());
    }
}

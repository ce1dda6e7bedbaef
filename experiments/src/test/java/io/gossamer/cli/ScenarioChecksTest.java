package io.gossamer.cli;

import static io.gossamer.cli.ScenarioCommandsTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gossamer.cli.ScenarioCommandsTest.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate makes every check run and sweep make, warns about scenarios that cannot mean what
 * they say (--strict makes that an error), and bad input never leaves files behind.
 */
class ScenarioChecksTest {
    private static final String BASE = """
            name: checks
            duration: 5s
            nodes:
              - class: peer
                count: 20
                protocol: flood
            processes:
              - name: alerts
                do: broadcast
                size: 1KiB
                count: 2
                every: 1s
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void validateMakesTheChecksARunMakes() throws IOException {
        Path f = write("no-every.yaml", BASE.replace("    every: 1s\n", "").replace("count: 2", "count: 20"));
        Outcome validate = cli("validate", f.toString());
        Outcome run = cli("run", f.toString(), "-q", "--out", dir.resolve("r").toString());
        String expected = f + ":8:5: process 'alerts' raises 20 operations: say how far apart with 'every'";
        assertEquals(GossamerCli.BAD_INPUT, validate.status(), validate.out());
        assertTrue(validate.err().contains(expected), validate.err());
        assertEquals(GossamerCli.BAD_INPUT, run.status());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void anOverlayMetricWithoutAnOverlayIsAnErrorBeforeTheRun() throws IOException {
        Path f = write("overlay.yaml", BASE.replace("protocol: flood", "protocol: {name: flood, neighbours: all}") + "metrics: [overlay]\n");
        for (String[] args : List.of(new String[] {"validate", f.toString()}, new String[] {"run", f.toString(), "--out",
                dir.resolve("o").toString()})) {
            Outcome o = cli(args);
            assertEquals(GossamerCli.BAD_INPUT, o.status(), o.err());
            assertTrue(o.err().contains(f + ":13:11: metric 'overlay' measures the static overlay, but the scenario has none"), o.err());
        }
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void validateChecksEverySweepPointAsARunWould() throws IOException {
        // The second point drops 'every' by giving count 20: only building that run finds it.
        Path f = write("sweep.yaml", BASE.replace("    every: 1s\n", "").replace("count: 2", "count: 1")
                + "sweep:\n  grid:\n    processes.alerts.count: [1, 20]\n");
        Outcome o = cli("validate", f.toString());
        assertEquals(GossamerCli.BAD_INPUT, o.status(), o.out());
        assertTrue(o.err().contains("process 'alerts' raises 20 operations"), o.err());
    }

    @Test
    void eachWarningIsPrintedAndStrictMakesItAnError() throws IOException {
        String pubsub = BASE.replace("protocol: flood", "protocol: pubsub");
        String bootstrap = BASE.replace("protocol: flood", "protocol: {name: flood, neighbours: bootstrap}");
        String fail = BASE + "  - name: crash\n    do: fail\n    class: peer\n    count: 25\n    every: 10ms\n";
        String early = BASE.replace("count: 20\n", "count: 0\n") + "  - name: joins\n    do: join\n    count: 5\n    every: 1s\n    start: 2s\n";
        String noBroadcast = BASE.substring(0, BASE.indexOf("processes:")) + "metrics: [dissemination, nodes]\n";
        String pss = BASE + "metrics: [pss]\n";
        String noNodes = BASE.substring(0, BASE.indexOf("processes:")).replace("count: 20\n", "count: 0\n") + "metrics: [nodes]\n";
        String oddRegular = BASE.replace("count: 20\n", "count: 5\n") + "overlay: {type: random-regular, degree: 3}\n";
        String late = BASE.replace("    every: 1s\n", "    every: 1s\n    start: 6s\n");
        String stopped = BASE.replace("    every: 1s\n", "    every: 1s\n    start: 2s\n    stop: 1s\n");
        String nothingToDeliver = BASE.substring(0, BASE.indexOf("processes:")).replace("duration: 5s", "duration: 5s\nstop-when: all-delivered")
                + "metrics: [nodes]\n";
        List<String[]> cases = List.of(
                new String[] {noNodes, ":3:1: the run has no nodes"},
                new String[] {late, ":8:5: process 'alerts' starts at 6 s, at or after the run's end (duration 5 s): it raises nothing"},
                new String[] {stopped, ":8:5: process 'alerts' stops at 1 s, before it starts at 2 s: it raises nothing"},
                new String[] {nothingToDeliver, ":3:1: stop-when: all-delivered waits for broadcasts, but no process does 'broadcast'"},
                new String[] {oddRegular, ":13:33: a random-regular graph of 5 nodes cannot have degree 3 (nodes x degree must be"
                        + " even): it is built with degree 2"},
                new String[] {pubsub, ":6:15: node class 'peer' runs 'pubsub', but no node runs 'broker'"},
                new String[] {bootstrap, ":6:15: node class 'peer' takes its neighbours from the bootstrap server, but no node runs"
                        + " 'bootstrap-server'"},
                new String[] {fail, ":13:5: 'fail' crashes 25 nodes of class 'peer', but only 20 ever run in it"},
                new String[] {early, ":8:5: broadcast process 'alerts' starts before any node that broadcasts is up"},
                new String[] {noBroadcast, ":7:11: metric 'dissemination' measures broadcasts, but no process does 'broadcast'"},
                new String[] {pss, ":13:11: metric 'pss' measures peer sampling views, but no node runs a peer sampling service"});
        int i = 0;
        for (String[] c : cases) {
            Path f = write("w" + i++ + ".yaml", c[0]);
            Outcome o = cli("validate", f.toString());
            assertEquals(0, o.status(), o.err());
            assertTrue(o.err().contains("gossamer: warning: " + f + c[1]), o.err());
            assertTrue(o.out().contains(": ok (") && o.out().contains("1 warning)"), o.out());
            Outcome strict = cli("validate", "--strict", f.toString());
            assertEquals(GossamerCli.BAD_INPUT, strict.status(), strict.err());
            assertTrue(strict.err().contains(f + c[1]) && strict.err().contains("(an error with --strict)"), strict.err());
            Path out = dir.resolve("strict" + i);
            assertEquals(GossamerCli.BAD_INPUT, cli("run", "--strict", "-q", f.toString(), "--out", out.toString()).status());
            assertFalse(Files.exists(out), "nothing written under --strict");
        }
        Outcome ok = cli("validate", write("ok.yaml", BASE).toString());
        assertEquals("", ok.err());
    }

    @Test
    void warningsAreStoredInTheSummary() throws IOException {
        Path f = write("pubsub.yaml", BASE.replace("protocol: flood", "protocol: pubsub").replace("duration: 5s", "duration: 2s"));
        Path out = dir.resolve("run");
        Outcome o = cli("run", "-q", f.toString(), "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.err().contains("gossamer: warning: "), o.err());
        JsonNode warnings = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("warnings");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).asText().startsWith(f + ":6:15: node class 'peer' runs 'pubsub'"), warnings.toString());
        Path quiet = dir.resolve("quiet");
        assertEquals(0, cli("run", "-q", write("ok.yaml", BASE).toString(), "--out", quiet.toString()).status());
        assertEquals(0, new ObjectMapper().readTree(quiet.resolve("summary.json").toFile()).get("warnings").size());
    }

    @Test
    void aNameThatLeadsOutOfTheResultsDirectoryIsAnErrorAndNothingIsWritten() throws IOException {
        Path f = write("escape.yaml", BASE.replace("name: checks", "name: \"../../gossamer-escape-check\""));
        Path target = Path.of("results").resolve("../../gossamer-escape-check").normalize();
        Outcome o = cli("run", "-q", f.toString());
        assertEquals(GossamerCli.BAD_INPUT, o.status());
        assertTrue(o.err().startsWith("gossamer: " + f + ":1:7: 'name' becomes part of a file name"), o.err());
        assertFalse(Files.exists(target), target + " was written");
        assertFalse(Files.exists(Path.of("results", "gossamer-escape-check")));
    }

    @Test
    void aSweepThatFailsValidationLeavesNothingBehind() throws IOException {
        Path f = write("bad-sweep.yaml", BASE.replace("    every: 1s\n", "").replace("count: 2", "count: 1")
                + "sweep:\n  grid:\n    processes.alerts.count: [1, 20]\n");
        Path out = dir.resolve("sweep-out");
        Outcome o = cli("sweep", "-q", f.toString(), "--out", out.toString());
        assertEquals(GossamerCli.BAD_INPUT, o.status(), o.err());
        assertFalse(Files.exists(out), "a sweep that fails validation writes nothing");
    }

    @Test
    void forceReplacesAnEarlierSweepAndNothingElse() throws IOException {
        Path f = write("sweep.yaml", BASE.replace("duration: 5s", "duration: 2s") + "sweep:\n  seeds: 2\n");
        Path out = dir.resolve("s");
        assertEquals(0, cli("sweep", "-q", "-j", "1", f.toString(), "--out", out.toString()).status());
        Files.writeString(out.resolve("stale.txt"), "from before");
        Outcome again = cli("sweep", "-q", f.toString(), "--out", out.toString());
        assertEquals(GossamerCli.BAD_INPUT, again.status());
        assertTrue(again.err().contains("already holds this sweep"), again.err());
        Outcome forced = cli("sweep", "-q", "-j", "1", "--force", f.toString(), "--out", out.toString());
        assertEquals(0, forced.status(), forced.err());
        assertFalse(Files.exists(out.resolve("stale.txt")), "--force starts from an empty directory");
        assertTrue(Files.exists(out.resolve("sweep.csv")));
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notes.txt"), "mine");
        Outcome refused = cli("sweep", "-q", "--force", f.toString(), "--out", other.toString());
        assertEquals(GossamerCli.BAD_INPUT, refused.status());
        assertTrue(refused.err().contains("holds files that are not a sweep's (notes.txt)"), refused.err());
        assertEquals("mine", Files.readString(other.resolve("notes.txt")));
    }

    @Test
    void reportPagesEscapeTextFromTheScenario() throws IOException {
        Path f = write("xss.yaml", BASE.replace("duration: 5s", "duration: 2s\ndescription: \"<script>alert('x')</script> & <b>co</b>\""));
        Path out = dir.resolve("xss");
        Outcome o = cli("run", "-q", "--report", f.toString(), "--out", out.toString());
        assertEquals(0, o.status(), o.err());
        List<Path> pages;
        try (var files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertFalse(pages.isEmpty(), "the report has a page");
        boolean shown = false;
        for (Path page : pages) {
            String html = Files.readString(page);
            assertFalse(html.contains("<script>alert") || html.contains("<b>co</b>"), page + " holds the scenario's markup unescaped");
            shown |= html.contains("&lt;script&gt;alert(");
        }
        assertTrue(shown, "the description is shown, escaped");
    }
}

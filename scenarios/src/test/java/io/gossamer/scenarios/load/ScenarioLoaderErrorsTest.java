package io.gossamer.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives one message with file:line:column and what would be valid. */
class ScenarioLoaderErrorsTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    private static final String GOOD = """
            name: t
            duration: 10s
            network:
              latency: 50ms
            nodes:
              - class: peer
                count: 10
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

    private String error(String text) throws IOException {
        Path f = write("s.yaml", text);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> LOADER.load(ScenarioSource.ofFile(f), List.of()));
        return e.getMessage();
    }

    @Test
    void theGoodFileLoads() throws IOException {
        Scenario s = LOADER.load(ScenarioSource.ofFile(write("good.yaml", GOOD)), List.of());
        assertEquals(10, s.initialNodes());
        assertEquals(2, s.processes().get(0).count());
    }

    @Test
    void processingIsACostPerMessageAtOneNode() throws IOException {
        Scenario none = LOADER.load(ScenarioSource.ofFile(write("p.yaml", GOOD)), List.of());
        assertEquals(null, none.network().processing());
        Scenario constant = LOADER.load(ScenarioSource.ofFile(write("p.yaml", GOOD)), List.of("network.processing=40us"));
        assertEquals("constant", constant.network().processing().provider().name());
        assertEquals(40_000L, constant.network().processing().params().duration("delay"));
        Scenario off = LOADER.load(ScenarioSource.ofFile(write("p.yaml", GOOD)), List.of("network.processing=none"));
        assertEquals(null, off.network().processing());
        String pairwise = error(GOOD.replace("  latency: 50ms\n", "  latency: 50ms\n  processing: {model: coordinates}\n"));
        assertTrue(pairwise.matches(".*s\\.yaml:5:\\d+: 'network\\.processing' is a cost per message at one node; model 'coordinates'"
                + " depends on a pair of nodes: use constant, uniform, normal, lognormal, exponential or pareto.*"), pairwise);
        String unit = error(GOOD.replace("  latency: 50ms\n", "  latency: 50ms\n  processing: 40\n"));
        assertTrue(unit.contains("s.yaml:5:") && unit.contains("network.processing"), unit);
    }

    @Test
    void connectionSettingsAreReadAndCheckedWithTheirPlace() throws IOException {
        Scenario s = LOADER.load(ScenarioSource.ofFile(write("c.yaml", GOOD.replace("  latency: 50ms\n",
                "  latency: 50ms\n  connections: {idle-timeout: 30s, hole-punching: true}\n"))), List.of());
        assertEquals(30_000_000_000L, s.network().connections().idleTimeout());
        assertTrue(s.network().connections().holePunching());
        assertEquals(3_000_000_000L, s.network().connections().connectTimeout());
        String flag = error(GOOD.replace("  latency: 50ms\n", "  latency: 50ms\n  connections: {hole-punching: maybe}\n"));
        assertTrue(flag.matches(".*s\\.yaml:5:\\d+: 'network\\.connections\\.hole-punching' must be true or false, got 'maybe'.*"),
                flag);
        String key = error(GOOD.replace("  latency: 50ms\n", "  latency: 50ms\n  connections: {idle-timout: 1s}\n"));
        assertTrue(key.contains("s.yaml:5:") && key.contains("idle-timeout"), key);
        String zero = error(GOOD.replace("  latency: 50ms\n", "  latency: 50ms\n  connections: {connect-timeout: 0s}\n"));
        assertTrue(zero.contains("'network.connections.connect-timeout' must be positive"), zero);
    }

    @Test
    void unknownKeySuggestsTheNearest() throws IOException {
        String m = error(GOOD.replace("duration: 10s", "duraton: 10s"));
        assertTrue(m.contains("s.yaml:2:1:") && m.contains("unknown key 'duraton'") && m.contains("did you mean 'duration'?"), m);
    }

    @Test
    void unknownNestedKeyNamesItsSection() throws IOException {
        String m = error(GOOD.replace("    size: 1KiB", "    sise: 1KiB"));
        assertTrue(m.contains(":12:5:") && m.contains("'processes.0'") && m.contains("did you mean 'size'?"), m);
    }

    @Test
    void wrongTypeSaysWhatIsExpected() throws IOException {
        String m = error(GOOD.replace("count: 10", "count: [10]"));
        assertTrue(m.contains(":7:12:") && m.contains("'nodes.0.count' must be a single value, not a list"), m);
        String m2 = error(GOOD.replace("count: 10", "count: ten"));
        assertTrue(m2.contains(":7:12:") && m2.contains("whole number"), m2);
    }

    @Test
    void badUnitListsTheValidOnes() throws IOException {
        String m = error(GOOD.replace("size: 1KiB", "size: 1KiBB"));
        assertTrue(m.contains(":12:11:") && m.contains("'processes.0.size'") && m.contains("KiB"), m);
        String m2 = error(GOOD.replace("every: 1s", "every: 1 parsec"));
        assertTrue(m2.contains(":14:12:") && m2.contains("ms"), m2);
    }

    @Test
    void fractionOutsideZeroOne() throws IOException {
        String m = error(GOOD.replace("latency: 50ms", "latency: 50ms\n  loss: 120%"));
        assertTrue(m.contains(":5:9:") && m.contains("[0, 1]") || m.contains("between 0"), m);
    }

    @Test
    void negativeDuration() throws IOException {
        String m = error(GOOD.replace("duration: 10s", "duration: -10s"));
        assertTrue(m.contains(":2:11:") && m.contains("duration"), m);
    }

    @Test
    void unknownProtocolListsTheKnownOnes() throws IOException {
        String m = error(GOOD.replace("protocol: flood", "protocol: flod"));
        assertTrue(m.contains(":8:15:") && m.contains("unknown protocol 'flod'") && m.contains("did you mean 'flood'?")
                && m.contains("idle"), m);
    }

    @Test
    void unknownModelListsTheKnownOnes() throws IOException {
        String m = error(GOOD.replace("latency: 50ms", "latency: {model: gaussian, mean: 50ms}"));
        assertTrue(m.contains(":4:20:") && m.contains("unknown latency model 'gaussian'") && m.contains("lognormal"), m);
    }

    @Test
    void unknownOperationAndMissingRequiredParameter() throws IOException {
        String m = error(GOOD.replace("do: broadcast", "do: broadcst"));
        assertTrue(m.contains(":11:9:") && m.contains("did you mean 'broadcast'?"), m);
        String m2 = error(GOOD.replace("do: broadcast\n    size: 1KiB", "do: fail-fraction"));
        assertTrue(m2.contains("'processes.0.fraction' is required"), m2);
    }

    @Test
    void missingUnreadableMalformedAndEmptyFiles() throws IOException {
        ScenarioFileException missing = assertThrows(ScenarioFileException.class,
                () -> LOADER.load(ScenarioSource.ofFile(dir.resolve("nope.yaml")), List.of()));
        assertTrue(missing.getMessage().contains("nope.yaml:1:1: no such file"), missing.getMessage());
        String malformed = error("name: x\n  duration: [1s\n");
        assertTrue(malformed.contains("s.yaml:"), malformed);
        String empty = error("   \n");
        assertTrue(empty.contains("s.yaml:1:1:") && empty.contains("empty"), empty);
        String notMapping = error("- a\n- b\n");
        assertTrue(notMapping.contains("must be a mapping"), notMapping);
    }

    @Test
    void broadcastNeedsAProtocolThatBroadcasts() throws IOException {
        String m = error(GOOD.replace("protocol: flood", "protocol: idle"));
        assertTrue(m.contains(":11:9:") && m.contains("needs nodes that provide the Broadcast port") && m.contains("idle"), m);
    }

    @Test
    void processesCannotWaitForUnknownOrEachOther() throws IOException {
        String unknown = error(GOOD + "    start: {after-end-of: joins}\n");
        assertTrue(unknown.contains("unknown process 'joins'"), unknown);
        String cycle = error(GOOD + "    start: {after-end-of: b}\n  - name: b\n    do: heal\n    start: {after-start-of: alerts}\n");
        assertTrue(cycle.contains("in a circle"), cycle);
    }

    @Test
    void extendsMergesNamedItemsAndDetectsCircles() throws IOException {
        write("base.yaml", GOOD);
        Path child = write("child.yaml", "extends: base.yaml\nnodes:\n  - class: peer\n    count: 20\n");
        Scenario s = LOADER.load(ScenarioSource.ofFile(child), List.of());
        assertEquals(20, s.initialNodes());
        assertEquals("flood", s.nodeClasses().get(0).protocol().name());
        write("a.yaml", "extends: b.yaml\nduration: 1s\n");
        Path b = write("b.yaml", "extends: a.yaml\nduration: 1s\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> LOADER.load(ScenarioSource.ofFile(b), List.of()));
        assertTrue(e.getMessage().contains("circle"), e.getMessage());
        Path orphan = write("orphan.yaml", "extends: missing.yaml\n");
        ScenarioFileException e2 = assertThrows(ScenarioFileException.class, () -> LOADER.load(ScenarioSource.ofFile(orphan), List.of()));
        assertTrue(e2.getMessage().startsWith("orphan.yaml:1:10: 'extends': there is no file 'missing.yaml' (paths are relative to"
                + " this file's folder; looked for " + dir.resolve("missing.yaml") + ")") || e2.getMessage().contains(":1:10: 'extends': there is no file"),
                e2.getMessage());
    }

    @Test
    void overridesSetAnyValueAndRejectBadPaths() throws IOException {
        Path f = write("good.yaml", GOOD);
        Scenario s = LOADER.load(ScenarioSource.ofFile(f), List.of("nodes.peer.count=30", "processes.0.count=5", "network.loss=10%"));
        assertEquals(30, s.initialNodes());
        assertEquals(5, s.processes().get(0).count());
        ScenarioFileException bad = assertThrows(ScenarioFileException.class,
                () -> LOADER.load(ScenarioSource.ofFile(f), List.of("nodes.phone.count=3")));
        assertTrue(bad.getMessage().contains("no item named or numbered 'phone'") && bad.getMessage().contains("peer"), bad.getMessage());
        ScenarioFileException badValue = assertThrows(ScenarioFileException.class,
                () -> LOADER.load(ScenarioSource.ofFile(f), List.of("network.loss=12 percent")));
        assertTrue(badValue.getMessage().startsWith("--set network.loss=12 percent:"), badValue.getMessage());
        ScenarioFileException noEquals = assertThrows(ScenarioFileException.class,
                () -> LOADER.load(ScenarioSource.ofFile(f), List.of("network.loss")));
        assertTrue(noEquals.getMessage().contains("PATH=VALUE"), noEquals.getMessage());
    }

    @Test
    void aSweepThatWouldRepeatARunIsAnError() throws IOException {
        String seeds = error(GOOD + "sweep:\n  seeds: [5, 9, 5]\n");
        assertTrue(seeds.contains("'sweep.seeds' lists seed 5 twice"), seeds);
        String grid = error(GOOD + "sweep:\n  grid:\n    nodes.peer.count: [10, 20, 10]\n");
        assertTrue(grid.contains("'sweep.grid.nodes.peer.count' lists 10 twice"), grid);
    }

    @Test
    void sweepPathsMustExistAndZipListsMatch() throws IOException {
        String m = error(GOOD + "sweep:\n  grid:\n    network.los.rate: [1%, 2%]\n");
        assertTrue(m.contains("'network.los.rate' is not a value path"), m);
        String z = error(GOOD + "sweep:\n  zip:\n    duration: [1s, 2s]\n    nodes.peer.count: [1, 2, 3]\n");
        assertTrue(z.contains("same length"), z);
        String badPoint = GOOD + "sweep:\n  grid:\n    nodes.peer.count: [10, minus]\n";
        Path f = write("sweep.yaml", badPoint);
        Scenario s = LOADER.load(ScenarioSource.ofFile(f), List.of());
        SweepPlan plan = SweepPlan.of(s);
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> plan.runs().forEach(r -> LOADER.build(plan.treeOf(r), ScenarioSource.ofFile(f))));
        assertTrue(e.getMessage().contains("sweep.yaml:17:28") && e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void namesThatBecomeFileNamesMustStayInsideTheOutputDirectory() throws IOException {
        String name = error(GOOD.replace("name: t", "name: \"../../../../tmp/x\""));
        assertEquals(dir.resolve("s.yaml") + ":1:7: 'name' becomes part of a file name, so it must be 1 to 100 letters (a-z, A-Z),"
                + " digits, '.', '-' or '_', starting with a letter or digit; got '../../../../tmp/x' (a path is not allowed:"
                + " results go to --out)", name);
        assertTrue(error(GOOD.replace("class: peer", "class: a/b")).contains(":6:12: 'nodes.0.class' becomes part of a file name"));
        assertTrue(error(GOOD.replace("name: alerts", "name: ..")).contains(":10:11: 'processes.0.name' becomes part of a file name"));
        String variant = error(GOOD + "sweep:\n  variants:\n    ../v: {duration: 5s}\n");
        assertTrue(variant.contains(":17:5: the name of variant '../v' becomes part of a file name"), variant);
        for (String ok : List.of("a", "churn-study_2.v1", "A9")) {
            assertTrue(FileNames.safe(ok), ok);
        }
        for (String bad : List.of("", ".", "..", ".hidden", "a b", "a/b", "a\\b", "c:x", "x".repeat(101), "é")) {
            assertTrue(!FileNames.safe(bad), bad);
        }
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        String m = error(GOOD.replace("name: t", "name: t\nseeed: 3").replace("latency: 50ms", "latency: 50 parsecs")
                .replace("protocol: flood", "protocol: flod").replace("every: 1s", "every: 1s\n    class: peers") + "metrics: [dissemnation]\n");
        List<String> lines = List.of(m.split("\n"));
        assertEquals(6, lines.size(), m);
        assertTrue(lines.get(0).endsWith(":2:1: unknown key 'seeed'; did you mean 'seed'? (valid: " + String.join(", ",
                ScenarioLoader.TOP.names()) + ")"), lines.get(0));
        assertTrue(lines.get(1).contains(":5:12: 'network.latency.delay': bad duration '50 parsecs'"), lines.get(1));
        assertTrue(lines.get(2).contains(":9:15: unknown protocol 'flod'; did you mean 'flood'?"), lines.get(2));
        assertTrue(lines.get(3).contains(":16:12: 'processes.0.class' names no node class: 'peers'; did you mean 'peer'? (classes: peer)"),
                lines.get(3));
        assertTrue(lines.get(4).contains(":17:11: unknown metric 'dissemnation'; did you mean 'dissemination'?"), lines.get(4));
        assertEquals("5 problems in " + dir.resolve("s.yaml"), lines.get(5));
        // Within one process: the operation's parameters and the process's own keys.
        String params = error(GOOD.replace("size: 1KiB", "size: huge\n    colour: red").replace("every: 1s", "every: 1s\n    stop: soon"));
        assertTrue(params.contains(":13:5: unknown key 'colour' in 'processes.0'") && params.contains(":12:11: 'processes.0.size'")
                && params.contains(":16:11: 'processes.0.stop'") && params.endsWith("3 problems in " + dir.resolve("s.yaml")), params);
        StringBuilder many = new StringBuilder(GOOD);
        for (int i = 0; i < 30; i++) {
            many.append("bad").append(i).append(": 1\n");
        }
        String capped = error(many.toString());
        assertTrue(capped.endsWith("20 problems; stopped looking for more in " + dir.resolve("s.yaml")), capped);
    }

    @Test
    void anEmptyClassIsAnErrorNotEveryClass() throws IOException {
        // 'class:' with nothing after it reads as empty: a forgotten name, not a request for every class.
        String m = error(GOOD.replace("every: 1s", "every: 1s\n    class:"));
        assertTrue(m.contains(":15:11: 'processes.0.class' is empty: name a node class (classes: peer), or leave 'class' out"), m);
    }

    @Test
    void filePathsResolveAgainstTheScenarioFolderWithAClearErrorWhenMissing() throws IOException {
        Files.createDirectories(dir.resolve("sub/data"));
        Files.writeString(dir.resolve("sub/data/rtt.txt"), "0 10\n10 0\n");
        Path f = dir.resolve("sub/m.yaml");
        Files.writeString(f, GOOD.replace("latency: 50ms", "latency: {model: matrix, file: data/rtt.txt}"));
        Scenario s = LOADER.load(ScenarioSource.ofFile(f), List.of());
        assertEquals(dir.resolve("sub/data/rtt.txt"), s.network().latency().params().path("file"));
        Files.writeString(f, GOOD.replace("latency: 50ms", "latency: {model: matrix, file: data/nope.txt}"));
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> LOADER.load(ScenarioSource.ofFile(f), List.of()));
        assertEquals(f + ":4:34: 'network.latency.file': there is no file 'data/nope.txt' (paths are relative to the scenario"
                + " file's folder; looked for " + dir.resolve("sub/data/nope.txt") + ")", e.getMessage());
    }
}

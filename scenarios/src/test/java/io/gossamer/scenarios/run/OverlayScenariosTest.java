package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.protocols.overlay.RandomGraphs;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.model.OverlayType;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.sim.random.RandomStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays as scenario files give them: undirected random graphs and edge-list files. */
class OverlayScenariosTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    private static final String BASE = """
            name: o
            duration: 10s
            stop-when: all-delivered
            network:
              latency: 1ms
            OVERLAY
            nodes:
              - class: peer
                count: COUNT
                protocol: flood
            processes:
              - name: alert
                do: broadcast
                size: 1KiB
                from: 0
            """;

    @TempDir
    Path dir;

    private Path write(String overlay, int count) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, BASE.replace("OVERLAY", overlay).replace("COUNT", Integer.toString(count)));
        return f;
    }

    private Scenario load(String overlay, int count) throws IOException {
        return LOADER.load(ScenarioSource.ofFile(write(overlay, count)), List.of());
    }

    private String error(String overlay, int count) throws IOException {
        Path f = write(overlay, count);
        return assertThrows(ScenarioFileException.class,
                () -> ScenarioCheck.check(LOADER, ScenarioSource.ofFile(f), List.of(), false, false)).getMessage();
    }

    private Map<String, Double> coverage(String overlay, int count) throws IOException {
        Scenario s = load(overlay, count);
        return new ScenarioRunner(s, s.seed()).run(RunProgress.NONE).metrics().get("dissemination").summary();
    }

    @Test
    void anUndirectedDOutOverlayIsTheDrawnGraphWithEveryLinkBothWays() throws IOException {
        OverlaySpec spec = load("overlay: {type: d-out, degree: 8, undirected: true}", 300).overlay();
        assertEquals(new OverlaySpec.Generated(OverlayType.D_OUT, 8, 0.1, true), spec);
        StaticGraph g = spec.build(300, new RandomStream(4));
        StaticGraph drawn = RandomGraphs.dOut(300, 8, new RandomStream(4));
        for (int v = 0; v < 300; v++) {
            assertArrayEquals(drawn.neighbours(v), java.util.Arrays.copyOf(g.neighbours(v), 8));
        }
        assertEquals(drawn.undirected().edges(), g.edges());
        // Without undirected the default d-out graph is drawn exactly as before.
        assertEquals(drawn.edges(), load("overlay: {type: d-out, degree: 8}", 300).overlay().build(300, new RandomStream(4)).edges());
        assertTrue(load("overlay: {type: random-regular, degree: 4}", 300).overlay().undirected());
    }

    @Test
    void undirectedCannotBeFalseForTheUndirectedTypesNorGoWithATypeAndAFile() throws IOException {
        assertTrue(error("overlay: {type: random-regular, degree: 4, undirected: false}", 20)
                .matches(".*s\\.yaml:6:\\d+: 'overlay\\.undirected' cannot be false for random-regular: its links are undirected.*"));
        Files.writeString(dir.resolve("e.txt"), "0 1\n");
        assertTrue(error("overlay: {file: e.txt, type: d-out}", 20)
                .matches(".*s\\.yaml:6:\\d+: 'overlay\\.type' cannot go with 'overlay\\.file': the file gives the links.*"));
        assertTrue(error("overlay: {type: ring}", 20).contains("unknown overlay type 'ring' in 'overlay.type' (valid: d-out,"
                + " random-regular, watts-strogatz, barabasi-albert)"));
    }

    @Test
    void anEdgeListFileGivesTheLinksDirectedOrBothWays() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        // A directed ring of 6 written with comments, blank lines, tabs and a comma, and one repeat.
        Files.writeString(dir.resolve("data/ring.txt"), "# a ring\n0 1\n1\t2   # second\n\n2,3\n3 4\n4 5\n5 0\n0 1\n");
        Scenario s = load("overlay: {file: data/ring.txt}", 6);
        StaticGraph g = s.overlay().build(6, new RandomStream(1));
        assertEquals(6, g.edges());
        assertArrayEquals(new int[] {1}, g.neighbours(0));
        assertArrayEquals(new int[] {0}, g.neighbours(5));
        StaticGraph both = load("overlay: {file: data/ring.txt, undirected: true}", 6).overlay().build(6, new RandomStream(1));
        assertEquals(12, both.edges());
        assertArrayEquals(new int[] {1, 5}, both.neighbours(0));
        // Flooding along a directed path from node 0 reaches everyone; with the links reversed nobody.
        Files.writeString(dir.resolve("path.txt"), "0 1\n1 2\n2 3\n");
        assertEquals(1.0, coverage("overlay: {file: path.txt}", 4).get("coverage"));
        Files.writeString(dir.resolve("back.txt"), "1 0\n2 1\n3 2\n");
        assertEquals(0.25, coverage("overlay: {file: back.txt}", 4).get("coverage"));
        assertEquals(1.0, coverage("overlay: {file: back.txt, undirected: true}", 4).get("coverage"));
    }

    @Test
    void badEdgeListsAreReportedAtTheirLineWithWhatIsValid() throws IOException {
        String path = dir.resolve("e.txt").toString();
        Files.writeString(dir.resolve("e.txt"), "0 1\n1 2 3\n");
        assertEquals(path + ":2:1: 'overlay.file': expected two node ids, got 3 values ('1 2 3'); one link a line: two node ids,"
                + " e.g. '0 17'", error("overlay: {file: e.txt}", 10));
        Files.writeString(dir.resolve("e.txt"), "0 1\n# fine\n1 -2\n");
        assertEquals(path + ":3:1: 'overlay.file': '-2' is not a node id (a whole number from 0); one link a line: two node ids,"
                + " e.g. '0 17'", error("overlay: {file: e.txt}", 10));
        Files.writeString(dir.resolve("e.txt"), "4 4\n");
        assertEquals(path + ":1:1: 'overlay.file': node 4 is linked to itself; a link joins two different nodes",
                error("overlay: {file: e.txt}", 10));
        Files.writeString(dir.resolve("e.txt"), "# nothing\n\n");
        assertEquals(path + ":2:1: 'overlay.file': the file has no links; one link a line: two node ids, e.g. '0 17'",
                error("overlay: {file: e.txt}", 10));
        Files.writeString(dir.resolve("e.txt"), "0 1\n1 99999999999\n");
        assertTrue(error("overlay: {file: e.txt}", 10).startsWith(path + ":2:1: 'overlay.file': node 99999999999 is out of range"));
        // A node the file names beyond the run's node ids is found when the run is checked (validate, run, sweep).
        Files.writeString(dir.resolve("e.txt"), "0 1\n1 12\n12 3\n");
        assertEquals(path + ":2:1: 'overlay.file': node 12 is out of range: the run has node ids 0 to 9 (10 nodes at the start and"
                + " 0 that processes may start)", error("overlay: {file: e.txt}", 10));
        assertEquals(dir.resolve("s.yaml") + ":6:17: 'overlay.file': there is no file 'nope.txt' (paths are relative to the scenario"
                + " file's folder; looked for " + dir.resolve("nope.txt") + ")", error("overlay: {file: nope.txt}", 10));
    }

    @Test
    void nodeIdsTheFileLeavesWithoutALinkAreAWarning() throws IOException {
        Files.writeString(dir.resolve("e.txt"), "0 1\n1 2\n");
        Path f = write("overlay: {file: e.txt}", 5);
        List<Warning> warnings = ScenarioCheck.check(LOADER, ScenarioSource.ofFile(f), List.of(), false, false).warnings();
        assertEquals(List.of(new Warning(new io.gossamer.scenarios.yaml.Location(dir.resolve("e.txt").toString(), 1, 1),
                "2 of the run's 5 node ids appear on no line of the overlay file (the first is node 3): those nodes have no overlay"
                        + " links, so overlay protocols neither reach them nor send from them")), warnings);
    }
}

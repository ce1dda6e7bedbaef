package io.gossamer.scenarios.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading YAML with locations, and the error messages for bad files and values. */
class YamlReaderTest {

    private static ScenarioFileException fails(Runnable r) {
        return assertThrows(ScenarioFileException.class, r::run);
    }

    @Test
    void valuesKeepTheirLineAndColumn() {
        YamlNode root = YamlReader.parse("name: demo\nnetwork:\n  latency: 100ms\n  loss: 2%\n", "s.yaml");
        Section top = Section.of(root, "", List.of("name", "network")).checkKnown();
        Section network = Section.of(top.require("network"), "network", List.of("latency", "loss")).checkKnown();
        assertEquals(100_000_000L, network.duration("latency", 0));
        assertEquals(0.02, network.fraction("loss", 0), 1e-12);
        assertEquals(new Location("s.yaml", 3, 12), network.get("latency").location());
    }

    @Test
    void anUnknownKeySuggestsTheNearestValidOne() {
        YamlNode root = YamlReader.parse("name: demo\nnetwork:\n  laytency: 100ms\n", "s.yaml");
        Section network = Section.of(Section.of(root, "", List.of("name", "network")).require("network"),
                "network", List.of("latency", "loss", "bandwidth"));
        ScenarioFileException e = fails(network::checkKnown);
        assertEquals("s.yaml:3:3: unknown key 'laytency' in 'network'; did you mean 'latency'? "
                + "(valid: latency, loss, bandwidth)", e.getMessage());
    }

    @Test
    void badValuesNameTheirPlaceAndWhatIsValid() {
        Section s = Section.of(YamlReader.parse("a: 100\nb: 150%\nc: lots\nd: [1, 2]\n", "x.yaml"), "",
                List.of("a", "b", "c", "d"));
        assertEquals("x.yaml:1:4: 'a': bad duration '100': it has no unit; use one of ns, us, ms, s, min, h, e.g. "
                + "100ms or 2.5s", fails(() -> s.duration("a", 0)).getMessage());
        assertTrue(fails(() -> s.fraction("b", 0)).getMessage().startsWith("x.yaml:2:4: 'b': fraction '150%' is outside"));
        assertTrue(fails(() -> s.integer("c", 0, 0)).getMessage().startsWith("x.yaml:3:4: 'c' must be a whole number"));
        assertTrue(fails(() -> s.duration("d", 0)).getMessage().startsWith("x.yaml:4:4: 'd' must be a single value, not a list"));
    }

    @Test
    void anUnclosedBracketIsReportedWhereItOpensInPlainWords() {
        assertEquals("m.yaml:2:10: this '{' is never closed: a mapping written in braces ends with '}'"
                + " (the parser reached 'duration: 10s' at line 3 first)",
                fails(() -> YamlReader.parse("name: x\nnetwork: {latency: 5ms\nduration: 10s\n", "m.yaml")).getMessage());
        assertEquals("m.yaml:1:4: this '[' is never closed: a list written in brackets ends with ']'"
                + " (the parser reached 'b: 3' at line 2 first)",
                fails(() -> YamlReader.parse("a: [1, 2\nb: 3\n", "m.yaml")).getMessage());
        assertEquals("q.yaml:1:7: this quoted text is never closed: end it with the same quote mark",
                fails(() -> YamlReader.parse("name: \"abc\nfoo: 2\n", "q.yaml")).getMessage());
    }

    @Test
    void indentationTabsAndStrayColonsAreReportedOnTheirLine() {
        String misaligned = fails(() -> YamlReader.parse("name: x\nnodes:\n  - class: a\n   count: 3\n", "i.yaml")).getMessage();
        assertTrue(misaligned.startsWith("i.yaml:4:4: this line does not line up with the list that starts at line 3"), misaligned);
        assertEquals("t.yaml:2:1: a tab is used for indentation here; YAML indents with spaces only",
                fails(() -> YamlReader.parse("a: 1\n\tb: 2\n", "t.yaml")).getMessage());
        String colon = fails(() -> YamlReader.parse("name: x\n  bad: 1\n", "c.yaml")).getMessage();
        assertTrue(colon.startsWith("c.yaml:2:6: a ':' cannot stand here: either this line is indented more"), colon);
        for (String message : List.of(misaligned, colon)) {
            assertFalse(message.contains("<block") || message.contains("\n") || message.contains("while parsing"), message);
        }
    }

    @Test
    void emptyMissingAndDuplicateInputAreReported(@TempDir Path dir) {
        assertEquals("e.yaml:1:1: the file is empty; a scenario is a YAML mapping of keys",
                fails(() -> YamlReader.parse("  \n", "e.yaml")).getMessage());
        assertEquals("nope.yaml:1:1: no such file",
                fails(() -> YamlReader.read(dir.resolve("nope.yaml"), "nope.yaml")).getMessage());
        assertEquals("d.yaml:2:1: key 'a' appears twice in this mapping (first at line 1)",
                fails(() -> YamlReader.parse("a: 1\na: 2\n", "d.yaml")).getMessage());
        assertEquals("d.yaml:2:1: key 'a' appears twice in this mapping (first at line 1)\n"
                + "d.yaml:5:3: key 'c' appears twice in this mapping (first at line 4)\n2 problems in d.yaml",
                fails(() -> YamlReader.parse("a: 1\na: {x: [1, 2]}\nb:\n  c: 1\n  c: 2\n", "d.yaml")).getMessage());
        assertEquals("l.yaml:1:1: the scenario must be a mapping of keys (name), not a list",
                fails(() -> Section.of(YamlReader.parse("- 1\n- 2\n", "l.yaml"), "", List.of("name"))).getMessage());
    }

    @Test
    void tagsNeverInstantiateClasses() {
        // A type tag is read as plain data; nothing is loaded or constructed.
        YamlNode node = YamlReader.parse("x: !!java.io.File /etc/passwd\n", "t.yaml");
        Section s = Section.of(node, "", List.of("x"));
        assertEquals("/etc/passwd", s.text("x", null));
    }

    @Test
    void nearestSuggestionsAreOnlyForLikelyTypos() {
        assertEquals("latency", Keys.nearest("latncy", List.of("latency", "loss")));
        assertEquals(null, Keys.nearest("bandwidth", List.of("latency", "loss")));
    }
}

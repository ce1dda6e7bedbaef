package io.gossamer.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.CoreSection;
import io.gossamer.scenarios.load.Distributions;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.model.OverlayType;
import io.gossamer.scenarios.model.StopCondition;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.spi.Registry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/scenarios.md against the code: every key the loader reads, every registered provider
 * and every parameter (with its type and default) must be documented where a reader looks
 * for it.
 */
class ScenarioDocsTest {
    private static final Path DOC = Path.of("..", "docs", "scenarios.md");
    private static final Registries REGISTRIES = Registries.discover();

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    /** The text from a heading line to the next heading of the same or a higher level. */
    static String section(String doc, String heading) {
        int level = heading.indexOf(' ');
        int start = doc.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "docs/scenarios.md has no heading '" + heading + "'");
        int end = doc.length();
        for (int l = 1; l <= level; l++) {
            int next = doc.indexOf("\n" + "#".repeat(l) + " ", start + heading.length() + 1);
            if (next >= 0) {
                end = Math.min(end, next);
            }
        }
        return doc.substring(start, end);
    }

    /** The heading under which each core section's key table stands. */
    private static final Map<String, String> HEADINGS = Map.of("", "## Top-level keys", "network", "## network",
            "network.connections", "### network.connections", "overlay", "## overlay", "nodes[]", "## nodes",
            "processes[]", "## processes", "sweep", "## sweep", "report", "## report");

    /**
     * The key tables are made from the loader's declarations (the keys are described once, in
     * the code); regenerate them with -Dgossamer.updateDocs=true.
     */
    @Test
    void everyKeyTableIsTheLoadersDeclaration() throws IOException {
        String doc = doc();
        String updated = doc;
        List<String> stale = new ArrayList<>();
        for (CoreSection c : ScenarioLoader.SECTIONS) {
            String heading = HEADINGS.get(c.path());
            if (heading == null) {
                continue;
            }
            String section = section(updated, heading);
            int start = section.indexOf("\n| key |");
            assertTrue(start >= 0, heading + " has a key table");
            int end = section.indexOf("\n\n", start + 1);
            String table = section.substring(start + 1, end < 0 ? section.length() : end + 1);
            if (!table.equals(c.markdownTable())) {
                stale.add(heading);
                updated = updated.replace(section, section.replace(table, c.markdownTable()));
            }
        }
        if (Boolean.getBoolean("gossamer.updateDocs")) {
            Files.writeString(DOC, updated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(List.of(), stale, "key tables differ from the loader's declarations; regenerate with"
                + " mvn -B -o -pl scenarios test -Dtest=ScenarioDocsTest -Dgossamer.updateDocs=true");
        String processes = section(doc, "## processes");
        for (String key : ScenarioLoader.SECTIONS.stream().filter(c -> c.path().equals("processes[].start")).findFirst()
                .orElseThrow().names()) {
            assertTrue(processes.contains(key + ": "), "the start form with '" + key + "' is shown");
        }
        List<String> stops = new ArrayList<>();
        for (StopCondition c : StopCondition.values()) {
            stops.add(c.key());
        }
        rows(section(doc, "## stop-when"), stops);
    }

    @Test
    void everyValueChoiceAndUnitIsListed() throws IOException {
        String doc = doc();
        String nodes = section(doc, "## nodes");
        ScenarioLoader.NAT_TYPES.forEach(t -> assertTrue(nodes.contains("`" + t + "`"), t));
        String overlay = section(doc, "## overlay");
        OverlayType.keys().forEach(t -> assertTrue(overlay.contains("`" + t + "`"), t));
        String values = section(doc, "## Values");
        for (String name : Distributions.NAMES) {
            assertTrue(values.contains("{" + name + ": "), "distribution " + name);
        }
        List<String> units = new ArrayList<>(Units.durationUnits());
        units.addAll(Units.sizeUnits());
        units.addAll(Units.bitRateUnits());
        units.forEach(u -> assertTrue(values.contains("`" + u + "`"), "unit " + u));
    }

    @Test
    void everyProviderAndParameterIsDocumentedWithItsTypeAndDefault() throws IOException {
        String builtins = section(doc(), "## Built-in providers");
        check(section(builtins, "### Protocols"), REGISTRIES.protocols());
        check(section(builtins, "### Operations"), REGISTRIES.operations());
        check(section(builtins, "### Metrics"), REGISTRIES.metrics());
        check(section(builtins, "### Latency models"), REGISTRIES.latencies());
        check(section(builtins, "### Loss models"), REGISTRIES.losses());
        check(section(builtins, "### Neighbour sources"), REGISTRIES.neighbours());
    }

    @Test
    void theCustomProviderExampleIsTheOneThatCompiles() throws IOException {
        String doc = doc();
        int start = doc.indexOf("public final class FailNode");
        int end = doc.indexOf("```", start);
        assertTrue(start >= 0 && end > start, "the docs show FailNode");
        String compiled = Files.readString(Path.of("src/test/java/io/gossamer/scenarios/schema/FailNode.java"));
        assertEquals(compiled.substring(compiled.indexOf("public final class FailNode")).strip(), doc.substring(start, end).strip(),
                "docs/scenarios.md's FailNode differs from the test's copy, which is compiled and run");
    }

    private static void check(String chapter, Registry<? extends Provider> registry) {
        int headings = chapter.split("\n#### ", -1).length - 1;
        assertEquals(registry.all().size(), headings, "one heading per registered " + registry.what());
        for (Provider p : registry.all()) {
            String text = section(chapter, "#### `" + p.name() + "`");
            if (p.parameters().isEmpty()) {
                assertTrue(text.contains("No parameters."), p.name() + " says it has no parameters");
            }
            for (Param param : p.parameters()) {
                String defaultValue = param.isRequired() ? "required"
                        : param.defaultValue().isEmpty() ? "—" : "`" + param.defaultValue() + "`";
                String row = "| `" + param.key() + "` | " + kindName(param.kind()) + " | " + defaultValue + " | ";
                assertTrue(text.contains("\n" + row), p.name() + ": no row starting " + row);
            }
        }
    }

    private static void rows(String section, List<String> keys) {
        for (String key : keys) {
            assertTrue(section.contains("\n| `" + key + "` |"), "no row for '" + key + "' in" + section.substring(0, 40));
        }
    }

    /** How the docs name a kind, as in the "Values" table. */
    static String kindName(Kind kind) {
        switch (kind) {
            case DURATION:
                return "duration";
            case SIZE:
                return "size";
            case BIT_RATE:
                return "bit rate";
            case FRACTION:
                return "fraction";
            case INTEGER:
                return "whole number";
            case NUMBER:
                return "number";
            case TEXT:
                return "text";
            case BOOLEAN:
                return "boolean";
            case DISTRIBUTION:
                return "distribution";
            case PATH:
                return "file path";
            case LATENCY_MODEL:
                return "latency";
            case LOSS_MODEL:
                return "loss";
            case NEIGHBOURS:
                return "neighbour source";
            default:
                throw new IllegalArgumentException(kind.name());
        }
    }
}

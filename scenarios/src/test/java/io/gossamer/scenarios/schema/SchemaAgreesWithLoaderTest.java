package io.gossamer.scenarios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gossamer.scenarios.Units;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files checked both by the loader and against the generated schema: what the
 * loader accepts the schema accepts, and the shape errors the loader rejects (unknown keys,
 * unknown names, missing parameters, values without units) the schema rejects too.
 */
class SchemaAgreesWithLoaderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    private static final SubsetValidator SCHEMA = new SubsetValidator(SchemaGeneratorTest.schema());
    private static final String BASE = "duration: 10s\nnodes:\n  - class: peer\n    count: 20\n    protocol: flood\n";

    @TempDir
    Path dir;

    @Test
    void theQuickstartScenarioIsValidAndNamesTheSchema() throws IOException {
        Path quickstart = Path.of("library", "quickstart.yaml");
        String text = Files.readString(quickstart);
        assertTrue(text.startsWith("# yaml-language-server: $schema=../schema/scenario.schema.json\n"), "the first line names the schema");
        assertTrue(Files.exists(quickstart.resolveSibling(Path.of("..", "schema", "scenario.schema.json")).normalize()));
        LOADER.load(ScenarioSource.ofFile(quickstart), List.of());
        assertEquals(List.of(), SCHEMA.errors(YAML.readTree(text)));
    }

    @Test
    void whatTheLoaderAcceptsTheSchemaAccepts() throws IOException {
        Files.writeString(dir.resolve("gaps.txt"), "# measured\n120ms\n80ms\n");
        List<String> valid = List.of(
                BASE,
                BASE + "name: x\ndescription: y\nseed: -7\nstop-when: all-delivered\nnode-count: 0\n",
                BASE + "network:\n  latency: 50ms\n  loss: 5%\n  uplink: 10Mbit/s\n  downlink: 1.5MB/s\n  header-bytes: 40B\n",
                BASE + "network: {latency: 2 MS, loss: 0.05}\n",
                BASE + "network: {latency: 1µs, loss: none}\n",
                BASE + "network:\n  latency: {model: uniform, min: 10ms, max: 20ms}\n  loss: {model: gilbert-elliott, good-to-bad: 1%, bad-to-good: 0.2}\n",
                BASE + "network: {latency: {model: coordinates}, loss: {model: none}}\n",
                BASE + "network: {latency: {model: uniform, min: 10ms, max: 20ms, granularity: 1ms}}\n",
                BASE + "overlay: {type: d-out, degree: 4, undirected: true}\n",
                BASE + "metrics:\n  - overlay: {exact-up-to: 500, sources: 20}\n",
                BASE + "overlay: {type: watts-strogatz, degree: 6, rewire: 20%}\n",
                "duration: 1min\nnode-count: 100\nnodes:\n  - class: laptop\n    share: 70%\n    public: 0.3\n    nat: symmetric\n"
                        + "    uplink: 1Mbit/s\n    access-latency: 20ms\n    protocol: {name: flood, ttl: 4}\n"
                        + "  - class: server\n    share: 0.3\n    protocol: flood\n",
                BASE + "processes:\n  - name: alerts\n    do: broadcast\n    size: 1KiB\n    count: 5\n    every: {exponential: 1s}\n    start: 1s\n"
                        + "  - name: crash\n    do: fail-fraction\n    fraction: 30%\n    start: {after-end-of: alerts, delay: 2s}\n"
                        + "  - do: churn\n    session: {lognormal: {mean: 10s, sd: 5s}}\n    downtime: {uniform: [1s, 2s]}\n    count: 3\n"
                        + "    every: {empirical: gaps.txt}\n    stop: 8s\n"
                        + "  - do: set-latency\n    latency: {model: normal, mean: 10ms, sd: 1ms}\n    start: {at: 3s}\n"
                        + "  - do: set-loss\n    loss: 10%\n    start: {after-start-of: crash}\n"
                        + "  - do: replace\n    rate: 2%\n    count: 4\n  - do: partition\n    class: peer\n  - do: heal\n"
                        + "  - do: join\n    every: {weibull: {scale: 1s, shape: 1.5}}\n    count: 2\n",
                BASE + "metrics:\n  - nodes\n  - traffic: {every: 100ms}\n  - overlay:\n  - dissemination: {points: 50}\n",
                BASE + "network: {loss: 1%}\noverlay: {type: d-out, degree: 8}\nsweep:\n  seeds: 3\n  grid:\n    network.loss: [0%, 5%]\n    nodes.peer.count: [10, 20]\n"
                        + "  zip:\n    overlay.degree: [4, 6]\n    overlay.type: [d-out, random-regular]\n",
                BASE + "sweep: {seeds: [1, 2, 3]}\n");
        for (String text : valid) {
            Path file = write(text);
            try {
                LOADER.load(ScenarioSource.ofFile(file), List.of());
            } catch (ScenarioFileException e) {
                throw new AssertionError("the loader should accept:\n" + text + "\nbut says " + e.getMessage(), e);
            }
            assertEquals(List.of(), SCHEMA.errors(YAML.readTree(text)), text);
        }
    }

    @Test
    void aFileThatExtendsAnotherMayLeaveTheRequiredKeysToIt() throws IOException {
        Files.writeString(dir.resolve("base.yaml"), BASE);
        String child = "extends: base.yaml\nnodes:\n  - class: peer\n    count: 30\n";
        LOADER.load(ScenarioSource.ofFile(write(child)), List.of());
        assertEquals(List.of(), SCHEMA.errors(YAML.readTree(child)));
        assertFalse(SCHEMA.errors(YAML.readTree("nodes:\n  - class: peer\n    count: 30\n    protocol: idle\n")).isEmpty(),
                "without extends, duration is required");
    }

    @Test
    void shapeErrorsTheLoaderRejectsTheSchemaRejects() throws IOException {
        List<String> invalid = List.of(
                BASE + "durration: 5s\n",
                BASE + "stop-when: never\n",
                BASE + "node-count: -1\n",
                BASE + "network: {latency: 50}\n",
                BASE + "network: {bandwidth: 10Mbit/s}\n",
                BASE + "network: {uplink: 10Mb/s}\n",
                BASE + "network: {header-bytes: 1kib}\n",
                BASE + "network: {latency: {model: constant}}\n",
                BASE + "network: {latency: {model: warp, delay: 1ms}}\n",
                BASE + "network: {latency: {model: constant, delay: 1ms, jitter: 1ms}}\n",
                BASE + "network: {loss: {model: bernoulli, rate: 2}}\n",
                BASE + "network: {loss: lots}\n",
                BASE + "overlay: {type: ring}\n",
                BASE + "overlay: {type: d-out, undirected: maybe}\n",
                BASE + "network: {latency: {model: constant, delay: 1ms, granularity: fine}}\n",
                BASE + "overlay: {degree: 0}\n",
                "duration: 10s\nnodes:\n  - class: peer\n    count: 20\n    protocol: {name: flood, tll: 3}\n",
                "duration: 10s\nnodes:\n  - class: peer\n    count: 20\n    protocol: gossip\n",
                "duration: 10s\nnodes:\n  - class: peer\n    count: 20\n    nat: open\n    protocol: idle\n",
                "duration: 10s\nnodes:\n  - class: peer\n    cnt: 20\n    protocol: idle\n",
                "duration: 10s\nnodes: []\n",
                BASE + "processes:\n  - do: explode\n",
                BASE + "processes:\n  - name: p\n",
                BASE + "processes:\n  - do: broadcast\n    sise: 1KiB\n",
                BASE + "processes:\n  - do: fail-fraction\n",
                BASE + "processes:\n  - do: broadcast\n    count: 0\n",
                BASE + "processes:\n  - do: broadcast\n    start: {at: 1s, delay: 1s}\n",
                BASE + "processes:\n  - do: broadcast\n    start: {after-start-of: a, after-end-of: b}\n",
                BASE + "processes:\n  - do: broadcast\n    count: 2\n    every: {gamma: 1s}\n",
                BASE + "processes:\n  - do: broadcast\n    count: 2\n    every: {normal: {mean: 1s}}\n",
                BASE + "metrics: [bandwidth]\n",
                BASE + "metrics:\n  - traffic: {evry: 1s}\n",
                BASE + "metrics:\n  - traffic: 1s\n",
                BASE + "sweep: {seeds: 0}\n",
                BASE + "sweep: {grid: {network.loss: []}}\n",
                BASE + "sweep: {repeat: 2}\n");
        for (String text : invalid) {
            Path file = write(text);
            assertThrows(ScenarioFileException.class, () -> LOADER.load(ScenarioSource.ofFile(file), List.of()),
                    "the loader should reject:\n" + text);
            assertFalse(SCHEMA.errors(YAML.readTree(text)).isEmpty(), "the schema should reject:\n" + text);
        }
    }

    @Test
    void unitPatternsAcceptExactlyWhatUnitsParses() {
        JsonNode defs = SchemaGeneratorTest.schema().get("$defs");
        Pattern duration = Pattern.compile(defs.get("duration").get("pattern").asText());
        Pattern size = Pattern.compile(defs.get("size").get("pattern").asText());
        Pattern rate = Pattern.compile(defs.get("bit-rate").get("pattern").asText());
        for (String unit : Units.durationUnits()) {
            for (String text : List.of("1" + unit, " 2.5 " + unit + " ", ".5" + unit.toUpperCase(java.util.Locale.ROOT), "1e3" + unit)) {
                agree(duration, text, Units::duration);
            }
        }
        for (String unit : Units.sizeUnits()) {
            agree(size, "64" + unit, Units::size);
            agree(size, "64" + unit.toLowerCase(java.util.Locale.ROOT), Units::size);
        }
        for (String unit : Units.bitRateUnits()) {
            agree(rate, "10" + unit, Units::bitRate);
            agree(rate, "10" + unit.toUpperCase(java.util.Locale.ROOT), Units::bitRate);
        }
        for (String text : List.of("100", "ms", "-1s", "1 0ms", "1,5s", "5kg", "1sec", "1m", "1.s", "+2s")) {
            agree(duration, text, Units::duration);
        }
        Pattern percent = Pattern.compile(defs.get("fraction").get("anyOf").get(1).get("pattern").asText());
        for (String text : List.of("20%", " 2.5 % ", "100%", ".5%", "20", "20 percent", "-5%")) {
            boolean parses;
            try {
                Units.fraction(text);
                parses = text.contains("%");
            } catch (IllegalArgumentException e) {
                parses = false;
            }
            assertEquals(parses, percent.matcher(text).find(), text);
        }
    }

    private static void agree(Pattern pattern, String text, java.util.function.ToLongFunction<String> parser) {
        boolean parses;
        try {
            parser.applyAsLong(text);
            parses = true;
        } catch (IllegalArgumentException e) {
            parses = false;
        }
        assertEquals(parses, pattern.matcher(text).find(), "'" + text + "' against " + pattern);
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(file, text);
        return file;
    }
}

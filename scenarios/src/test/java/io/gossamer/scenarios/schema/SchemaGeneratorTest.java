package io.gossamer.scenarios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.model.StopCondition;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.spi.Registry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {
    /** The committed schema, relative to the module directory (where Maven runs the tests). */
    static final Path COMMITTED = Path.of("schema", "scenario.schema.json");
    static final String UPDATE_PROPERTY = "gossamer.updateSchema";
    private static final Registries REGISTRIES = Registries.discover();
    private static final String TEXT = SchemaGenerator.generate(REGISTRIES);
    private static final JsonNode SCHEMA = parse(TEXT);

    static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("the schema is not JSON", e);
        }
    }

    static JsonNode schema() {
        return SCHEMA;
    }

    @Test
    void theCommittedSchemaIsTheGeneratedOne() throws IOException {
        String regenerate = "mvn -B -o -pl scenarios test -Dtest=SchemaGeneratorTest -D" + UPDATE_PROPERTY + "=true";
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, TEXT, StandardCharsets.UTF_8);
            System.out.println("SchemaGeneratorTest: wrote " + COMMITTED.toAbsolutePath() + "; review and commit it");
            return;
        }
        assertTrue(Files.exists(COMMITTED), COMMITTED.toAbsolutePath() + " is missing; write it with: " + regenerate);
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!TEXT.equals(committed)) {
            fail(COMMITTED + " is out of date with the loader and the registered providers (" + firstDifference(committed, TEXT)
                    + "); regenerate it with: " + regenerate);
        }
    }

    private static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of file>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " is\n  " + x.strip() + "\nbut should be\n  " + y.strip() + "\n";
            }
        }
        return "line ends differ";
    }

    @Test
    void theTextIsDeterministicAsciiWithNewlines() {
        assertEquals(TEXT, SchemaGenerator.generate(Registries.discover()));
        assertTrue(TEXT.endsWith("}\n"), "ends with a newline");
        assertFalse(TEXT.contains("\r"), "no CR line ends");
        assertTrue(TEXT.chars().allMatch(c -> c < 128), "non-ASCII characters are escaped");
        assertTrue(TEXT.startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"), TEXT.substring(0, 80));
    }

    private static List<String> section(String path) {
        return SectionSchemas.section(path).names();
    }

    @Test
    void theTopLevelIsClosedOverTheLoadersKeysInTheirOrder() {
        assertEquals(ScenarioLoader.TOP.names(), keys(SCHEMA.get("properties")));
        assertFalse(SCHEMA.get("additionalProperties").asBoolean());
        JsonNode defs = SCHEMA.get("$defs");
        assertEquals(section("network"), keys(defs.get("network").get("properties")));
        assertEquals(section("overlay"), keys(defs.get("overlay").get("properties")));
        assertEquals(section("nodes[]"), keys(defs.get("node-class").get("properties")));
        assertEquals(section("processes[]"), keys(defs.get("process").get("properties")));
        assertEquals(section("sweep"), keys(defs.get("sweep").get("properties")));
        Set<String> startKeys = new TreeSet<>();
        for (JsonNode choice : defs.get("start").get("oneOf")) {
            if (choice.has("properties")) {
                startKeys.addAll(keys(choice.get("properties")));
            }
        }
        assertEquals(new TreeSet<>(section("processes[].start")), startKeys);
        for (String closed : List.of("network", "overlay", "node-class", "sweep")) {
            assertFalse(defs.get(closed).get("additionalProperties").asBoolean(), closed + " rejects unknown keys");
        }
        assertEquals(ScenarioLoader.NAT_TYPES, strings(defs.get("node-class").get("properties").get("nat").get("enum")));
        List<String> stops = new ArrayList<>();
        for (StopCondition c : StopCondition.values()) {
            stops.add(c.key());
        }
        assertEquals(stops, strings(SCHEMA.get("properties").get("stop-when").get("enum")));
    }

    @Test
    void everyProviderHasABranchWithExactlyItsParameters() {
        JsonNode defs = SCHEMA.get("$defs");
        checkBranches(defs.get("process"), "do", REGISTRIES.operations(), section("processes[]"));
        checkBranches(defs.get("latency").get("oneOf").get(1), "model", REGISTRIES.latencies(), List.of("model", "granularity"));
        checkBranches(defs.get("loss").get("oneOf").get(2), "model", REGISTRIES.losses(), List.of("model"));
        checkBranches(defs.get("protocol").get("oneOf").get(1), "name", REGISTRIES.protocols(), List.of("name"));
        assertEquals(names(REGISTRIES.protocols()), strings(defs.get("protocol").get("oneOf").get(0).get("enum")));

        JsonNode metric = defs.get("metric");
        assertEquals(names(REGISTRIES.metrics()), strings(metric.get("oneOf").get(0).get("enum")));
        JsonNode byName = metric.get("oneOf").get(1).get("properties");
        assertEquals(names(REGISTRIES.metrics()), keys(byName));
        for (Provider p : REGISTRIES.metrics().all()) {
            assertEquals(paramKeys(p), keys(byName.get(p.name()).get("properties")), p.name());
            assertFalse(byName.get(p.name()).get("additionalProperties").asBoolean());
        }
    }

    private static void checkBranches(JsonNode schema, String discriminator, Registry<?> registry, List<String> common) {
        assertEquals(names(registry), strings(schema.get("properties").get(discriminator).get("enum")), discriminator);
        JsonNode branches = schema.get("allOf");
        assertEquals(registry.all().size(), branches.size());
        int i = 0;
        for (Provider p : registry.all()) {
            JsonNode branch = branches.get(i++);
            assertEquals(p.name(), branch.get("if").get("properties").get(discriminator).get("const").asText());
            JsonNode then = branch.get("then");
            List<String> expected = new ArrayList<>(common);
            expected.addAll(paramKeys(p));
            assertEquals(expected, keys(then.get("properties")), p.name());
            assertFalse(then.get("additionalProperties").asBoolean(), p.name() + " rejects other keys");
            List<String> required = new ArrayList<>(List.of(discriminator));
            p.parameters().stream().filter(Param::isRequired).forEach(q -> required.add(q.key()));
            assertEquals(required, strings(then.get("required")), p.name());
            for (Param q : p.parameters()) {
                String description = then.get("properties").get(q.key()).get("description").asText();
                assertTrue(description.startsWith(q.doc()), description);
            }
        }
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> missing = new ArrayList<>();
        walk(SCHEMA, "$", missing);
        assertEquals(List.of(), missing);
    }

    private static void walk(JsonNode node, String at, List<String> missing) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "[" + i + "]", missing);
            }
        }
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("properties") && !(at.endsWith(".if"))) {
                for (Iterator<Map.Entry<String, JsonNode>> p = e.getValue().fields(); p.hasNext();) {
                    Map.Entry<String, JsonNode> prop = p.next();
                    String text = prop.getValue().path("description").asText("");
                    if (text.isBlank()) {
                        missing.add(at + ".properties." + prop.getKey());
                    }
                }
            }
            walk(e.getValue(), at + "." + e.getKey(), missing);
        }
    }

    @Test
    void parameterDefaultsAreTypedAsTheyWouldBeWritten() {
        JsonNode broadcast = branch(SCHEMA.get("$defs").get("process"), "broadcast").get("properties");
        assertEquals("1KiB", broadcast.get("size").get("default").asText());
        assertEquals("#/$defs/size", broadcast.get("size").get("$ref").asText());
        assertTrue(broadcast.get("from").get("default").isIntegralNumber());
        assertEquals(-1, broadcast.get("from").get("default").asInt());
        assertEquals("integer", broadcast.get("from").get("type").asText());
        assertFalse(broadcast.get("class").has("default"), "an empty default is left out");
        JsonNode fail = branch(SCHEMA.get("$defs").get("process"), "fail").get("properties");
        assertTrue(fail.get("public-only").get("default").isBoolean());
        JsonNode setLatency = branch(SCHEMA.get("$defs").get("process"), "set-latency").get("properties");
        assertEquals("#/$defs/latency", setLatency.get("latency").get("$ref").asText());
    }

    private static JsonNode branch(JsonNode schema, String name) {
        for (JsonNode b : schema.get("allOf")) {
            if (b.get("if").get("properties").elements().next().get("const").asText().equals(name)) {
                return b.get("then");
            }
        }
        return fail("no branch for " + name);
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> names(Registry<?> registry) {
        List<String> out = new ArrayList<>();
        registry.all().forEach(p -> out.add(p.name()));
        return out;
    }

    private static List<String> paramKeys(Provider p) {
        return p.parameters().stream().map(Param::key).toList();
    }
}

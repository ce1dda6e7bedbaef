package io.gossamer.scenarios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.RunProgress;
import io.gossamer.scenarios.run.ScenarioRunner;
import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.spi.Registry;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library's own provider (the docs' example) is loaded, run, and described by the schema. */
class CustomProviderSchemaTest {
    private static final String SCENARIO = "duration: 10s\nstop-when: processes-ended\nnodes:\n"
            + "  - class: peer\n    count: 5\n    protocol: idle\nprocesses:\n  - do: fail-node\n    id: 3\n    start: 1s\n"
            + "metrics: [nodes]\n";

    @TempDir
    Path dir;

    private static Registries withFailNode() {
        Registries builtins = Registries.discover();
        List<OperationProvider> operations = new ArrayList<>(builtins.operations().all());
        operations.add(new FailNode());
        return new Registries(builtins.protocols(), Registry.of("operation", operations), builtins.metrics(),
                builtins.latencies(), builtins.losses(), builtins.neighbours());
    }

    @Test
    void theLoaderAndTheRunnerUseIt() throws IOException {
        Path file = dir.resolve("fail-node.yaml");
        Files.writeString(file, SCENARIO);
        ScenarioLoader loader = new ScenarioLoader(withFailNode());
        Scenario s = loader.load(ScenarioSource.ofFile(file), List.of());
        RunOutcome out = new ScenarioRunner(s, 1).run(RunProgress.NONE);
        assertEquals(4.0, out.metrics().get("nodes").summary().get("live_final"));
        Files.writeString(file, SCENARIO.replace("id: 3", "id: -3"));
        Scenario negative = loader.load(ScenarioSource.ofFile(file), List.of());
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> new ScenarioRunner(negative, 1).run(RunProgress.NONE));
        assertTrue(e.getMessage().matches(".*fail-node\\.yaml:9:9: 'processes\\.0\\.id' must be between 0 and \\d+, got -3"), e.getMessage());
        assertThrows(ScenarioFileException.class, () -> ScenarioLoader.discover().load(ScenarioSource.ofFile(file), List.of()),
                "the built-in registries do not know it");
    }

    @Test
    void theSchemaOfTheRegistriesDescribesIt() throws IOException {
        String text = SchemaGenerator.generate(withFailNode());
        assertTrue(text.contains("\"fail-node: crash the node with the given id, if it is running\""), "its description");
        SubsetValidator schema = new SubsetValidator(SchemaGeneratorTest.parse(text));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertEquals(List.of(), schema.errors(yaml.readTree(SCENARIO)));
        assertFalse(schema.errors(yaml.readTree(SCENARIO.replace("    id: 3\n", ""))).isEmpty(), "id is required");
        assertFalse(schema.errors(yaml.readTree(SCENARIO.replace("id: 3", "id: three"))).isEmpty(), "id is a whole number");
        SubsetValidator builtins = new SubsetValidator(SchemaGeneratorTest.schema());
        assertFalse(builtins.errors(yaml.readTree(SCENARIO)).isEmpty(), "the built-ins' schema does not know fail-node");
    }
}

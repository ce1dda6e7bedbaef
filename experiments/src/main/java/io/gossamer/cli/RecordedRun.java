package io.gossamer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code gossamer run RUN_DIR} takes from a run's {@code summary.json} besides its
 * recorded scenario: the seed the run used (a sweep run's is derived, not the scenario's) and
 * the parameters it was given (a sweep point's values), so that the repeat writes the same
 * figures and the same {@code summary.json}.
 *
 * @param seed the run's master seed
 * @param parameters the run's parameters, by path, in their recorded order
 */
record RecordedRun(long seed, Map<String, String> parameters) {
    /** Reads them from {@code source}, a run's summary. */
    static RecordedRun of(ScenarioSource source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(source.file().toFile());
        } catch (IOException e) {
            throw new ScenarioFileException(new Location(source.shownAs(), 1, 1), "cannot read it as JSON: " + e.getMessage());
        }
        JsonNode seed = root.path("seed");
        if (!seed.canConvertToLong() || !seed.isIntegralNumber()) {
            throw new ScenarioFileException(new Location(source.shownAs(), 1, 1),
                    "has no whole-number 'seed': not the " + ScenarioSource.RUN_SUMMARY + " of a Gossamer run");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        root.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
        return new RecordedRun(seed.asLong(), parameters);
    }
}

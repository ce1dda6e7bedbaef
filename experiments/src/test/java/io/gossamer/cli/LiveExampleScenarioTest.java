package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario docs/live.md runs live (docs/examples/live/flood500.yaml) loads and, simulated,
 * gives the counts the page quotes for its live run: the live run must send as many copies.
 */
class LiveExampleScenarioTest {
    static final Path SCENARIO = Path.of("..", "docs", "examples", "live", "flood500.yaml");

    @TempDir
    Path dir;

    @Test
    void theLivePagesScenarioSendsTheCopiesThePageQuotes() throws IOException {
        Path out = dir.resolve("out");
        int status = GossamerCli.executeWithPlugins(new String[] {"run", SCENARIO.toString(), "--out", out.toString(), "-q"}, null);
        assertEquals(0, status);
        JsonNode m = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/metrics");
        assertEquals(10, m.at("/dissemination/messages").asInt());
        assertEquals(1.0, m.at("/dissemination/coverage").asDouble());
        assertEquals(35_010, m.at("/traffic/sent").asLong());
    }
}

package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A sweep's setup shows swept values as swept and lists what each variant sets. */
class ScenarioPathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final String BASE = "{'node-count': 10, 'network': {'latency': '20ms', 'loss': '0%'},"
            + " 'nodes': [{'class': 'broker', 'count': 0, 'protocol': 'broker'}, {'class': 'phone', 'share': '100%', 'protocol': 'pubsub'}],"
            + " 'processes': [{'name': 'alerts', 'do': 'broadcast', 'count': 5}]}";

    @Test
    void sweptPathsShowAsSweptAndTheRestAsWritten() throws Exception {
        JsonNode marked = ScenarioPaths.markSwept(json(BASE), List.of("network.loss", "node-count", "nodes.broker.count", "variant"));
        assertEquals("swept", marked.at("/network/loss").asText());
        assertEquals("20ms", marked.at("/network/latency").asText());
        assertEquals("swept", marked.at("/node-count").asText());
        assertEquals("swept", marked.at("/nodes/0/count").asText());
        assertEquals("0%", json(BASE).at("/network/loss").asText(), "the input is not changed");
        assertEquals("count swept, protocol broker", Setup.scenario(marked).get(1).text());
    }

    @Test
    void aVariantsSettingsAreWhereItsRunDiffersFromTheBaseSweptPathsAside() throws Exception {
        JsonNode run = json(BASE.replace("'node-count': 10", "'node-count': 30").replace("'count': 0", "'count': 1")
                .replace("'protocol': 'pubsub'", "'protocol': {'name': 'flood', 'fanout': 2}"));
        assertEquals(List.of("nodes.broker.count 1", "nodes.phone.protocol {name: flood, fanout: 2}"),
                ScenarioPaths.differences(json(BASE), run, Set.of("node-count")));
        assertEquals(List.of(), ScenarioPaths.differences(json(BASE), json(BASE), Set.of()));
    }
}

package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line as a user sees it: outputs, exit codes and messages for bad input. */
class GossamerCliTest {

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GossamerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void floodJsonHasEveryDocumentedField() throws Exception {
        Outcome o = run("bench", "flood", "--nodes", "2000", "--seed", "3", "--json");
        assertEquals(0, o.status(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        for (String field : new String[] {"nodes", "reached", "t50_ms", "t90_ms", "t99_ms", "last_ms", "messages",
                "cpu_s", "msgs_per_cpu_s", "peak_heap_mib"}) {
            assertTrue(json.has(field), "missing " + field + " in " + o.out());
        }
        assertEquals(2000, json.get("nodes").asInt());
        assertTrue(json.get("reached").asInt() > 1990);
        assertTrue(json.get("t50_ms").asDouble() < json.get("t90_ms").asDouble());
    }

    @Test
    void pssJsonHasEveryDocumentedFieldAndCountsOneShuffleANodeARound() throws Exception {
        Outcome o = run("bench", "pss", "--protocol", "cyclon", "--nodes", "500", "--seconds", "12", "--json");
        assertEquals(0, o.status(), o.err());
        JsonNode json = new ObjectMapper().readTree(o.out());
        for (String field : new String[] {"benchmark", "protocol", "nodes", "seconds", "seed", "events", "shuffles", "messages",
                "cpu_s", "wall_s", "events_per_cpu_s", "events_per_shuffle", "cpu_us_per_shuffle", "freshness_rounds", "freshness_s",
                "connections_per_node_s", "view_size", "peak_heap_mib", "peak_rss_mib"}) {
            assertTrue(json.has(field), "missing " + field + " in " + o.out());
        }
        // Every node starts one shuffle a round (1 s), all present from time 0: 500 x 12, less the
        // rounds whose random phase puts them at the very end.
        long shuffles = json.get("shuffles").asLong();
        assertTrue(shuffles > 5900 && shuffles <= 6000, o.out());
        // A shuffle and its reply over a connection opened for it: about 10 events.
        assertTrue(json.get("events_per_shuffle").asDouble() > 4 && json.get("events_per_shuffle").asDouble() < 20, o.out());
        assertTrue(json.get("freshness_rounds").asDouble() > 5 && json.get("view_size").asDouble() > 19, o.out());
        for (String protocol : new String[] {"croupier", "wpss"}) {
            Outcome other = run("bench", "pss", "--protocol", protocol, "--nodes", "300", "--seconds", "10", "--json");
            assertEquals(0, other.status(), other.err());
            JsonNode j = new ObjectMapper().readTree(other.out());
            // About 30 of the 300 have joined by 10 s: each node starts at most one exchange a round.
            assertTrue(j.get("shuffles").asLong() > 30 && j.get("shuffles").asLong() <= 300L * 10, other.out());
        }
        Outcome bad = run("bench", "pss", "--protocol", "hyparview", "--nodes", "100");
        assertEquals(GossamerCli.BAD_INPUT, bad.status());
        assertTrue(bad.err().contains("--protocol must be one of cyclon, croupier, wpss, got 'hyparview'"), bad.err());
    }

    @Test
    void kernelBenchmarkReportsBothQueues() throws Exception {
        Outcome o = run("bench", "kernel", "--sizes", "1000", "--operations", "20000", "--json");
        assertEquals(0, o.status(), o.err());
        JsonNode row = new ObjectMapper().readTree(o.out()).get("results").get(0);
        assertEquals(1000, row.get("pending").asInt());
        assertTrue(row.get("gossamer_mops").asDouble() > 0);
        assertTrue(row.get("priority_queue_mops").asDouble() > 0);
    }

    @Test
    void tooFewNodesIsBadInputWithAClearMessage() {
        Outcome o = run("bench", "flood", "--nodes", "5");
        assertEquals(GossamerCli.BAD_INPUT, o.status());
        assertTrue(o.err().contains("--nodes must be at least 9, got 5"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @Test
    void malformedNumberIsBadInput() {
        Outcome o = run("bench", "flood", "--nodes", "many");
        assertEquals(GossamerCli.BAD_INPUT, o.status());
        assertTrue(o.err().contains("--nodes"), o.err());
    }

    @Test
    void unknownOptionIsBadInput() {
        Outcome o = run("bench", "flood", "--nodes", "100", "--colour", "blue");
        assertEquals(GossamerCli.BAD_INPUT, o.status());
        assertTrue(o.err().contains("--colour"), o.err());
    }

    @Test
    void versionAndHelpWork() {
        assertEquals(0, run("--version").status());
        Outcome help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("bench"));
    }
}

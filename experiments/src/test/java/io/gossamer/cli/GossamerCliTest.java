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
    void aMistypedOptionOrCommandIsOneLineAndWhereToLookNotTheUsage() {
        Outcome seed = run("run", "quickstart", "--seed", "abc");
        assertEquals(2, seed.status());
        assertEquals("gossamer: Invalid value for option '--seed': 'abc' is not a long\ngossamer: see 'gossamer run --help'\n",
                seed.err().replace("\r", ""));
        Outcome command = run("nosuch");
        assertEquals(2, command.status());
        assertTrue(command.err().startsWith("gossamer: Unmatched argument at index 0: 'nosuch'"), command.err());
        assertTrue(!command.err().contains("Usage:"), command.err());
    }

    @Test
    void benchEdgeCasesSayWhatIsWrongAndWriteValidJson() throws Exception {
        Outcome sizes = run("bench", "kernel", "--sizes", ",");
        assertEquals(2, sizes.status());
        assertEquals("", sizes.out(), "no half table before the error");
        assertTrue(sizes.err().contains("--sizes needs at least one size"), sizes.err());
        Outcome lonely = run("bench", "pss", "--protocol", "wpss", "--nodes", "2", "--seconds", "12", "--json");
        assertEquals(0, lonely.status(), lonely.err());
        JsonNode json = new ObjectMapper().readTree(lonely.out());
        assertTrue(json.get("events_per_shuffle").isNull() && json.get("cpu_us_per_shuffle").isNull(), lonely.out());
        assertTrue(lonely.err().contains("no node shuffled"), lonely.err());
        assertTrue(run("bench", "flood", "--nodes", "200", "--latency", "5ms..5ms").out().startsWith(
                "workload: 8-out directed overlay, latency constant 5 ms"));
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
    void floodVariantsNameTheirWorkloadAndTheDefaultsOutputStaysAsItWas() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode plain = mapper.readTree(run("bench", "flood", "--nodes", "1000", "--seed", "2", "--json").out());
        JsonNode explicit = mapper.readTree(run("bench", "flood", "--nodes", "1000", "--seed", "2", "--json", "--degree", "8",
                "--latency", "10ms..100ms").out());
        java.util.List<String> fields = new java.util.ArrayList<>();
        plain.fieldNames().forEachRemaining(fields::add);
        assertEquals(java.util.List.of("nodes", "seed", "reached", "t50_ms", "t90_ms", "t99_ms", "last_ms", "messages", "events",
                "cpu_s", "msgs_per_cpu_s", "peak_heap_mib", "peak_rss_mib"), fields);
        for (String f : new String[] {"nodes", "reached", "t50_ms", "t90_ms", "t99_ms", "last_ms", "messages", "events"}) {
            assertEquals(plain.get(f), explicit.get(f), f);
        }
        assertFalse(explicit.has("degree"), "the defaults spelt out are workload F");
        Outcome variant = run("bench", "flood", "--nodes", "1000", "--seed", "2", "--degree", "4", "--undirected", "--latency",
                "1ms..2.5ms");
        assertEquals(0, variant.status(), variant.err());
        assertTrue(variant.out().startsWith("workload: 4-out undirected overlay, latency uniform [1, 2.5) ms\nseed 2: nodes 1000"
                + " reached 1000 "), variant.out());
        JsonNode json = mapper.readTree(run("bench", "flood", "--nodes", "1000", "--seed", "2", "--degree", "4", "--undirected",
                "--latency", "1ms..2.5ms", "--json").out());
        assertEquals(4, json.get("degree").asInt());
        assertTrue(json.get("undirected").asBoolean());
        assertEquals(2.5, json.get("latency_max_ms").asDouble());
        assertTrue(json.get("last_ms").asDouble() < 40, json.toString());
    }

    @Test
    void badFloodOptionsAreBadInputWithWhatIsValid() {
        Outcome reversed = run("bench", "flood", "--nodes", "100", "--latency", "100ms..10ms");
        assertEquals(GossamerCli.BAD_INPUT, reversed.status());
        assertTrue(reversed.err().contains("--latency MIN..MAX needs MIN <= MAX, got '100ms..10ms'"), reversed.err());
        Outcome shape = run("bench", "flood", "--nodes", "100", "--latency", "50ms");
        assertTrue(shape.err().contains("--latency must be MIN..MAX with durations, e.g. 10ms..100ms, got '50ms'"), shape.err());
        Outcome unit = run("bench", "flood", "--nodes", "100", "--latency", "10..100");
        assertEquals(GossamerCli.BAD_INPUT, unit.status());
        assertTrue(unit.err().contains("--latency '10..100': ") && unit.err().contains("ms"), unit.err());
        Outcome degree = run("bench", "flood", "--nodes", "100", "--degree", "0");
        assertTrue(degree.err().contains("--degree must be at least 1, got 0"), degree.err());
        Outcome few = run("bench", "flood", "--nodes", "10", "--degree", "12");
        assertTrue(few.err().contains("--nodes must be at least 13, got 10"), few.err());
        assertFalse((reversed.err() + shape.err() + unit.err() + degree.err() + few.err()).contains("Exception"));
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

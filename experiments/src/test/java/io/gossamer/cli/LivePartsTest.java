package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gossamer.cli.ScenarioCommandsTest.Outcome;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live run split over two parts ({@code gossamer live --part i/2}, here two threads of one
 * JVM, each with its own sockets, meeting in one address file) and merged
 * ({@code gossamer merge}) against the same run in one part: 20 flooding nodes on loopback,
 * emulation off, {@code stop-when: all-delivered}. Flooding's counts do not depend on timing,
 * so every message reaches every node in both, with the same copies sent; the merged summary
 * has every key of the one-part run's. Then the errors: a bad --part, a part whose peer never
 * appears, an address in use, a merge with a part missing.
 */
class LivePartsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] COMMON = {"--no-emulate", "--set", "stop-when=all-delivered", "-q"};

    @TempDir
    Path dir;

    private static Outcome gossamer(String... args) {
        return ScenarioCommandsTest.cli(args);
    }

    private static String[] args(String[] head, String... tail) {
        String[] all = new String[head.length + COMMON.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(COMMON, 0, all, head.length, COMMON.length);
        System.arraycopy(tail, 0, all, head.length + COMMON.length, tail.length);
        return all;
    }

    private Path scenario() throws Exception {
        Path file = dir.resolve("flood20.yaml");
        if (Files.notExists(file)) {
            try (var in = LivePartsTest.class.getResourceAsStream("/live/flood20.yaml")) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    private JsonNode metrics(Path run) throws Exception {
        return JSON.readTree(run.resolve("summary.json").toFile()).get("metrics");
    }

    private CompletableFuture<Outcome> part(int i, String... more) throws Exception {
        String[] head = {"live", scenario().toString(), "--part", i + "/2", "--addresses", dir.resolve("addresses.txt").toString(),
            "--out", dir.resolve("p" + i).toString()};
        return CompletableFuture.supplyAsync(() -> gossamer(args(head, more)));
    }

    @Test
    void twoPartsMergeToTheCountsOfOneRun() throws Exception {
        Outcome whole = gossamer(args(new String[] {"live", scenario().toString(), "--out", dir.resolve("whole").toString()}));
        assertEquals(0, whole.status(), whole.err());
        CompletableFuture<Outcome> p1 = part(1);
        CompletableFuture<Outcome> p2 = part(2);
        assertEquals(0, p1.get().status(), p1.get().err());
        assertEquals(0, p2.get().status(), p2.get().err());
        Outcome merge = gossamer("merge", dir.resolve("p1").toString(), dir.resolve("p2").toString(), "--out",
                dir.resolve("merged").toString());
        assertEquals(0, merge.status(), merge.err());
        assertTrue(merge.out().contains("merged the 2 parts"), merge.out());

        JsonNode w = metrics(dir.resolve("whole"));
        JsonNode m = metrics(dir.resolve("merged"));
        for (String key : new String[] {"messages", "complete", "coverage", "coverage_min", "never_reached", "reached_mean",
                "sent"}) {
            assertEquals(w.get("dissemination").get(key), m.get("dissemination").get(key), "dissemination." + key);
        }
        assertEquals(5, m.get("dissemination").get("complete").asInt());
        assertEquals(1.0, m.get("dissemination").get("coverage").asDouble());
        for (String key : new String[] {"sent", "sent_bytes", "load_mean", "dropped_dead_node", "dropped_loss"}) {
            assertEquals(w.get("traffic").get(key), m.get("traffic").get(key), "traffic." + key);
        }
        // Every copy sent was delivered, or is still under way when the parts stopped.
        JsonNode t = m.get("traffic");
        assertEquals(t.get("sent").asLong(), t.get("delivered").asLong() + t.get("in_flight").asLong());
        // Each part counted only its own nodes' first receipts: 10 of 20 nodes each.
        JsonNode d1 = metrics(dir.resolve("p1")).get("dissemination");
        assertEquals(10.0, d1.get("reached_mean").asDouble(), d1.toString());
        // Every key of the one-part run is in the merged summary, and the top-level keys are the same.
        for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> metric = it.next();
            for (Iterator<String> keys = metric.getValue().fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                assertTrue(m.get(metric.getKey()).has(key), metric.getKey() + "." + key + " missing in the merged run");
            }
        }
        JsonNode ws = JSON.readTree(dir.resolve("whole").resolve("summary.json").toFile());
        JsonNode ms = JSON.readTree(dir.resolve("merged").resolve("summary.json").toFile());
        assertEquals(iterate(ws.fieldNames()), iterate(ms.fieldNames()));
        assertTrue(Files.exists(dir.resolve("merged").resolve("tables").resolve("messages.csv")));
        JsonNode info = JSON.readTree(dir.resolve("merged").resolve("run-info.json").toFile());
        assertEquals(20, info.get("live").get("sockets_opened").asInt(), "each part opened its own 10 sockets");
        assertEquals(2, info.get("parts").size());
        // The parts met in the file, started their clocks together and said when they were done.
        String file = Files.readString(dir.resolve("addresses.txt"));
        assertEquals(2, file.lines().filter(l -> l.startsWith("done ")).count(), file);
        assertEquals(2, file.lines().filter(l -> l.startsWith("closed ")).count(), file);
        assertEquals(20, file.lines().filter(l -> l.startsWith("node ")).count(), file);
    }

    private static java.util.List<String> iterate(Iterator<String> it) {
        java.util.List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    @Test
    void aBadPartIsOneClearMessage() throws Exception {
        for (String bad : new String[] {"0/2", "3/2", "x", "1/0", "2"}) {
            Outcome o = gossamer("live", scenario().toString(), "--part", bad, "--out", dir.resolve("bad").toString(), "-q");
            assertEquals(2, o.status(), bad + ": " + o.err());
            assertTrue(o.err().contains("--part '" + bad + "': give i/N"), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
        }
        assertTrue(Files.notExists(dir.resolve("bad")));
    }

    @Test
    void aPartWhosePeerNeverAppearsGivesUpReleasesItsSocketsAndWritesNothing() throws Exception {
        int low = freePortRange(20);
        Outcome o = gossamer(args(new String[] {"live", scenario().toString(), "--part", "1/2", "--wait", "1s", "--ports",
            low + "-" + (low + 19), "--addresses", dir.resolve("alone.txt").toString(), "--out", dir.resolve("alone").toString()}));
        assertEquals(1, o.status(), o.err());
        assertTrue(o.err().contains("part 1/2 waited 1 s for the other parts in ") && o.err().contains("part 2/2 never wrote its"
                + " addresses"), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(Files.notExists(dir.resolve("alone")));
        for (int node = 0; node < 20; node += 2) {
            try (DatagramSocket udp = new DatagramSocket(low + node, InetAddress.getLoopbackAddress());
                    ServerSocket tcp = new ServerSocket(low + node, 50, InetAddress.getLoopbackAddress())) {
                assertTrue(udp.isBound() && tcp.isBound());
            }
        }
        assertTrue(Files.readString(dir.resolve("alone.txt")).contains("closed 1/2"), "the part says it gave up");
    }

    @Test
    void anAddressInUseStopsThePartWithOneMessage() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Outcome o = gossamer(args(new String[] {"live", scenario().toString(), "--part", "1/2", "--wait", "1s", "--ports",
                (port - 4) + "-" + (port + 40), "--addresses", dir.resolve("busy.txt").toString(), "--out",
                dir.resolve("busy").toString()}));
            assertEquals(1, o.status(), o.err());
            assertTrue(o.err().contains("node 4 cannot bind UDP 127.0.0.1:" + port) && o.err().contains("in use"), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
        }
        assertTrue(Files.notExists(dir.resolve("busy")));
    }

    @Test
    void aMergeWithAPartMissingSaysWhich() throws Exception {
        Path p = dir.resolve("p1");
        Files.createDirectories(p);
        Files.writeString(p.resolve("part.json"), "{\"part\": 1, \"parts\": 2, \"session\": \"s\"}");
        Files.writeString(p.resolve("summary.json"), "{}");
        Files.writeString(p.resolve("run-info.json"), "{}");
        Outcome o = gossamer("merge", p.toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, o.status(), o.err());
        assertTrue(o.err().contains("the run has 2 parts and part 2/2 is missing"), o.err());
        assertTrue(Files.notExists(dir.resolve("m")));
    }

    /** The first port of {@code n} consecutive ports that are free now (UDP and TCP). */
    static int freePortRange(int n) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            int low;
            try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                low = probe.getLocalPort() - n;
            }
            if (low < 1024 || low + n > 65535) {
                continue;
            }
            boolean free = true;
            for (int p = low; p < low + n && free; p++) {
                try (DatagramSocket u = new DatagramSocket(p, InetAddress.getLoopbackAddress());
                        ServerSocket t = new ServerSocket(p, 50, InetAddress.getLoopbackAddress())) {
                    free = u.isBound() && t.isBound();
                } catch (java.io.IOException e) {
                    free = false;
                }
            }
            if (free) {
                return low;
            }
        }
        throw new IllegalStateException("no free port range");
    }
}

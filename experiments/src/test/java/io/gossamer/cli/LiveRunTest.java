package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gossamer.cli.ScenarioCommandsTest.Outcome;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gossamer live} against {@code gossamer run} on the same scenario: 20 flooding nodes on
 * loopback for four seconds of wall time. With emulation off, flooding's counts do not depend
 * on timing, so every count must be equal; times are the real network's (stated bound: every
 * broadcast reaches every node within 2 s on loopback: on the shared 2-core machine, at a load
 * average of 60, a hop took up to 300 ms). With
 * emulation on, the scenario's latency is applied to the real packets: live times are the
 * simulated ones plus the real cost of each hop.
 */
class LiveRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Outcome gossamer(String... args) {
        return ScenarioCommandsTest.cli(args);
    }

    private Path scenario() throws Exception {
        Path file = dir.resolve("flood20.yaml");
        try (var in = LiveRunTest.class.getResourceAsStream("/live/flood20.yaml")) {
            Files.copy(in, file);
        }
        return file;
    }

    private JsonNode metrics(Path run) throws Exception {
        return JSON.readTree(run.resolve("summary.json").toFile()).get("metrics");
    }

    @Test
    void liveFloodingCountsEqualTheSimulatedRun() throws Exception {
        Path file = scenario();
        Outcome sim = gossamer("run", file.toString(), "--out", dir.resolve("sim").toString(), "-q");
        assertEquals(0, sim.status(), sim.err());
        Outcome live = gossamer("live", file.toString(), "--no-emulate", "--out", dir.resolve("live").toString(), "-q");
        assertEquals(0, live.status(), live.err());

        JsonNode s = metrics(dir.resolve("sim"));
        JsonNode l = metrics(dir.resolve("live"));
        for (String key : new String[] {"messages", "complete", "coverage", "never_reached", "sent", "duplicates",
                "redundancy"}) {
            assertEquals(s.get("dissemination").get(key), l.get("dissemination").get(key), "dissemination." + key);
        }
        // Every metric key of the simulated run is there, with a value wherever the simulation has one.
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> metric = it.next();
            for (Iterator<String> keys = metric.getValue().fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                assertTrue(l.get(metric.getKey()).has(key), metric.getKey() + "." + key + " missing in the live run");
            }
        }
        for (String key : new String[] {"sent", "delivered", "sent_bytes", "dropped_loss", "dropped_dead_node"}) {
            assertEquals(s.get("traffic").get(key), l.get("traffic").get(key), "traffic." + key);
        }
        assertEquals(1.0, l.get("dissemination").get("coverage").asDouble());
        assertEquals(0.0, s.get("dissemination").get("t100_ms").asDouble(), "no latency model: instant in the simulator");
        assertTrue(l.get("dissemination").get("t100_ms").asDouble() < 2000, "live t100 " + l.get("dissemination").get("t100_ms"));

        JsonNode info = JSON.readTree(dir.resolve("live").resolve("run-info.json").toFile());
        JsonNode wire = info.get("live");
        assertEquals(20, wire.get("sockets_opened").asInt());
        assertEquals(s.get("traffic").get("sent").asLong(), wire.get("datagrams_sent").asLong());
        assertEquals(wire.get("datagrams_sent").asLong(), wire.get("datagrams_received").asLong());
        JsonNode flooded = wire.get("message_types").get("io.gossamer.protocols.flood.Flooded");
        assertEquals(s.get("traffic").get("sent_bytes").asLong(), flooded.get("declared_bytes").asLong());
        assertTrue(flooded.get("encoded_bytes").asLong() > 0);
        assertTrue(info.get("wall_s").asDouble() >= 4.0, "the run lasts its duration in wall time");
    }

    @Test
    void emulatedLatencyIsAddedToTheRealPackets() throws Exception {
        Path file = scenario();
        String latency = "network.latency={model: constant, delay: 40ms}";
        Outcome sim = gossamer("run", file.toString(), "--set", latency, "--out", dir.resolve("sim").toString(), "-q");
        assertEquals(0, sim.status(), sim.err());
        Outcome live = gossamer("live", file.toString(), "--set", latency, "--out", dir.resolve("live").toString(), "-q");
        assertEquals(0, live.status(), live.err());
        JsonNode s = metrics(dir.resolve("sim")).get("dissemination");
        JsonNode l = metrics(dir.resolve("live")).get("dissemination");
        assertEquals(s.get("sent"), l.get("sent"));
        assertEquals(1.0, l.get("coverage").asDouble());
        double simT100 = s.get("t100_ms").asDouble();
        double liveT100 = l.get("t100_ms").asDouble();
        // Stated tolerance: the emulated latency is never undercut, and the real hops add at most 2 s.
        assertTrue(liveT100 >= simT100 && liveT100 <= simT100 + 2000, "sim t100 " + simT100 + " ms, live " + liveT100 + " ms");
    }

    /**
     * Centralized pub/sub through a real ZeroMQ broker: 1 broker and 9 subscribers, three
     * alerts. Every alert reaches every subscriber, with the simulated run's copies; the
     * broker's 8 copies of each alert are one ZeroMQ publication, which every node's SUB socket
     * receives (the publisher and the broker node keep none), and only subscriptions and
     * publications travel over TCP.
     */
    @Test
    void pubSubThroughAZeroMqBrokerDeliversToEverySubscriber() throws Exception {
        Path file = dir.resolve("pubsub10.yaml");
        try (var in = LiveRunTest.class.getResourceAsStream("/live/pubsub10.yaml")) {
            Files.copy(in, file);
        }
        Outcome sim = gossamer("run", file.toString(), "--out", dir.resolve("sim").toString(), "-q");
        assertEquals(0, sim.status(), sim.err());
        Outcome live = gossamer("live", file.toString(), "--broker", "zeromq", "--no-emulate", "--out",
                dir.resolve("zmq").toString(), "-q");
        assertEquals(0, live.status(), live.err());
        assertTrue(live.out().contains("zeromq: 3 relays published"), live.out());
        JsonNode s = metrics(dir.resolve("sim"));
        JsonNode l = metrics(dir.resolve("zmq"));
        assertEquals(3, l.get("dissemination").get("complete").asInt());
        assertEquals(1.0, l.get("dissemination").get("coverage").asDouble());
        for (String key : new String[] {"messages", "complete", "reached_mean", "sent"}) {
            assertEquals(s.get("dissemination").get(key), l.get("dissemination").get(key), "dissemination." + key);
        }
        assertEquals(s.get("traffic").get("sent"), l.get("traffic").get("sent"));
        assertEquals(s.get("traffic").get("sent_bytes"), l.get("traffic").get("sent_bytes"));
        JsonNode wire = JSON.readTree(dir.resolve("zmq").resolve("run-info.json").toFile()).get("live");
        JsonNode z = wire.get("zeromq");
        assertEquals(3, z.get("publications").asInt(), z.toString());
        assertEquals(24, z.get("relayed_copies").asInt(), "8 subscribers besides the publisher, 3 alerts");
        assertEquals(30, z.get("frames_received").asInt(), "every one of the 10 SUB sockets receives every relay");
        assertEquals(6, z.get("frames_not_for_node").asInt(), "the publisher and the broker node keep none");
        assertEquals(12, wire.get("stream").get("frames_sent").asInt(), "9 subscriptions and 3 publications over TCP");

        Outcome bad = gossamer("live", file.toString(), "--broker", "rabbit", "--out", dir.resolve("bad").toString(), "-q");
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("--broker 'rabbit': give gossamer"), bad.err());
        Outcome noBroker = gossamer("live", scenario().toString(), "--broker", "zeromq", "--out", dir.resolve("bad").toString(),
                "-q");
        assertEquals(2, noBroker.status(), noBroker.err());
        assertTrue(noBroker.err().contains("has no node class with protocol 'broker'"), noBroker.err());
        assertTrue(Files.notExists(dir.resolve("bad")));
    }

    @Test
    void anAddressInUseIsOneClearMessageAndWritesNothing() throws Exception {
        Path file = scenario();
        // A range free on both transports now, so that the nodes before the taken port can bind
        // (an ephemeral TCP port of another process next to a random one failed node 0 instead).
        int low = LivePartsTest.freePortRange(44);
        try (DatagramSocket taken = new DatagramSocket(low + 3, InetAddress.getLoopbackAddress())) {
            Outcome o = gossamer("live", file.toString(), "--ports", low + "-" + (low + 43),
                    "--out", dir.resolve("busy").toString(), "-q");
            assertEquals(1, o.status(), o.out() + o.err());
            assertTrue(o.err().contains("cannot bind UDP 127.0.0.1:") && o.err().contains("in use"), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
        }
        assertTrue(Files.notExists(dir.resolve("busy")));
    }

    @Test
    void anExhaustedPortRangeIsOneClearMessage() throws Exception {
        // A range free now (a fixed one may be taken by any process: ephemeral ports overlap it).
        int low = LivePartsTest.freePortRange(10);
        Outcome o = gossamer("live", scenario().toString(), "--ports", low + "-" + (low + 9), "--out", dir.resolve("few").toString(),
                "-q");
        assertEquals(1, o.status(), o.err());
        assertTrue(o.err().contains("port range exhausted: node 10 needs port " + (low + 10) + ", but the range " + low + "-"
                + (low + 9) + " has 10 ports"), o.err());
        assertTrue(Files.notExists(dir.resolve("few")));
    }

    @Test
    void aLiveSweepLinesUpWithTheSimulatedOne() throws Exception {
        Path file = scenario();
        String[] sets = {"--set", "duration=1s", "--set", "sweep={seeds: 1, grid: {nodes.peer.count: [10, 20]}}"};
        Outcome sim = gossamer(concat(new String[] {"sweep", file.toString(), "--out", dir.resolve("sim").toString(), "-q"}, sets));
        assertEquals(0, sim.status(), sim.err());
        Outcome live = gossamer(concat(new String[] {"sweep", file.toString(), "--live", "--no-emulate", "--out",
                dir.resolve("live").toString(), "-q"}, sets));
        assertEquals(0, live.status(), live.err());
        assertEquals(Files.readString(dir.resolve("sim").resolve("sweep.json")), Files.readString(dir.resolve("live").resolve("sweep.json")),
                "the same plan");
        for (String run : new String[] {"p001-r001", "p002-r001"}) {
            JsonNode s = metrics(dir.resolve("sim").resolve("runs").resolve(run));
            JsonNode l = metrics(dir.resolve("live").resolve("runs").resolve(run));
            assertEquals(s.get("traffic").get("sent"), l.get("traffic").get("sent"), run);
            assertEquals(s.get("dissemination").get("coverage"), l.get("dissemination").get("coverage"), run);
            assertTrue(l.get("live").get("handle_per_arrival_us").asDouble() > 0, run);
            assertEquals(l.get("traffic").get("sent").asDouble(), l.get("live").get("datagrams_sent").asDouble(), run);
        }
        assertTrue(Files.readString(dir.resolve("live").resolve("aggregate.csv")).contains(",live.transit_p50_us,"));
        Outcome wrong = gossamer("sweep", file.toString(), "--no-emulate", "--out", dir.resolve("x").toString());
        assertEquals(2, wrong.status(), wrong.err());
        assertTrue(wrong.err().contains("--no-emulate only applies with --live"), wrong.err());
    }

    @Test
    void copiesOverConnectionsTravelOverTcp() throws Exception {
        Path file = dir.resolve("pool10.yaml");
        try (var in = LiveRunTest.class.getResourceAsStream("/live/pool10.yaml")) {
            Files.copy(in, file);
        }
        Outcome sim = gossamer("run", file.toString(), "--out", dir.resolve("sim").toString(), "-q");
        assertEquals(0, sim.status(), sim.err());
        Outcome live = gossamer("live", file.toString(), "--no-emulate", "--out", dir.resolve("live").toString(), "-q");
        assertEquals(0, live.status(), live.err());
        JsonNode s = metrics(dir.resolve("sim"));
        JsonNode l = metrics(dir.resolve("live"));
        assertEquals(s.get("traffic").get("sent"), l.get("traffic").get("sent"));
        assertEquals(s.get("dissemination").get("sent"), l.get("dissemination").get("sent"));
        assertEquals(1.0, l.get("dissemination").get("coverage").asDouble());
        JsonNode stream = JSON.readTree(dir.resolve("live").resolve("run-info.json").toFile()).get("live").get("stream");
        // Joins and alerts all go over the pools' connections: every copy is a TCP frame, none a datagram.
        assertEquals(l.get("traffic").get("sent").asLong(), stream.get("frames_sent").asLong());
        assertEquals(stream.get("frames_sent").asLong(), stream.get("frames_received").asLong());
        assertEquals(0, stream.get("lost").asLong());
        // Each device opens a connection to the server and to every earlier device; the server and later devices answer
        // over their own: at least one per ordered pair that exchanged anything, at most one per ordered pair, per idle period.
        assertTrue(stream.get("connections_opened").asLong() >= 10, stream.toString());
        // The alerts end at 2.7 s and the run at 4 s: with a 300 ms idle timeout every connection in use was closed idle.
        assertTrue(stream.get("idle_closed").asLong() >= 10, stream.toString());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

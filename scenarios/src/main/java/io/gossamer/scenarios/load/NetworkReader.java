package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.NetworkSpec;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.ModelSpec;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.sim.net.ConnectionConfig;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;
import java.util.Map;

/** Reads {@code network} and {@code network.connections}. */
final class NetworkReader {
    /** The keys of {@code network}. */
    static final CoreSection NETWORK = new CoreSection("network", "The network every message crosses: latency, loss and link capacities",
            List.of(new CoreKey("latency", new ValueShape.Of(Kind.LATENCY_MODEL), "latency", "`0ms`",
                            "one-way delay of every message; `granularity` rounds every draw to whole units, e.g. `1ms` as in PeerSim",
                            "latency: {model: lognormal, mean: 50ms, sd: 20ms, granularity: 1ms}"),
                    new CoreKey("loss", new ValueShape.Of(Kind.LOSS_MODEL), "loss", "`none`", "which messages are lost", "loss: 2%"),
                    new CoreKey("uplink", new ValueShape.Of(Kind.BIT_RATE), "bit rate", "unlimited",
                            "upload capacity of every node whose class does not set its own", "uplink: 10Mbit/s"),
                    new CoreKey("downlink", new ValueShape.Of(Kind.BIT_RATE), "bit rate", "unlimited",
                            "download capacity of every node whose class does not set its own", "downlink: 50Mbit/s"),
                    new CoreKey("header-bytes", new ValueShape.Of(Kind.SIZE), "size, at most `64KiB`", "`0B`",
                            "bytes every message adds to its payload", "header-bytes: 40B"),
                    new CoreKey("processing", new ValueShape.Of(Kind.LATENCY_MODEL), "latency", "`0us`",
                            "time a node spends handling each message it receives; a busy node's messages wait their turn",
                            "processing: 40us"),
                    new CoreKey("send-processing", new ValueShape.Of(Kind.LATENCY_MODEL), "latency", "`0us`",
                            "time a node spends on each copy it sends, on the same processor", "send-processing: 10us"),
                    new CoreKey("processing-shared", new ValueShape.Of(Kind.BOOLEAN), "`true` or `false`", "`false`",
                            "all nodes share one processor (as a live run with every node in one process does)",
                            "processing-shared: true"),
                    new CoreKey("connections", new ValueShape.Defined("connections"), "mapping", "each key's own, below",
                            "how the connection-oriented transport behaves", "connections: {idle-timeout: 30s}")));
    /** The keys of {@code network.connections}. */
    static final CoreSection CONNECTIONS = new CoreSection("network.connections",
            "Timeouts of connections and whether private nodes can be reached by hole punching",
            List.of(new CoreKey("connect-timeout", new ValueShape.Of(Kind.DURATION), "duration", "`3s`",
                            "a handshake with no answer by then has failed", ""),
                    new CoreKey("idle-timeout", new ValueShape.Of(Kind.DURATION), "duration", "`60s`",
                            "a connection opened on demand and unused this long is closed (connections a protocol opens explicitly"
                                    + " stay open)", ""),
                    new CoreKey("failure-detection", new ValueShape.Of(Kind.DURATION), "duration", "`5s`",
                            "delay before the peers of a failed node learn that their connections to it are closed", ""),
                    new CoreKey("hole-punching", new ValueShape.Of(Kind.BOOLEAN), "`true` or `false`", "`false`",
                            "let connections reach private nodes when both NAT types allow UDP hole punching (one more round trip):"
                                    + " every pair works except symmetric with port-restricted or symmetric", ""),
                    new CoreKey("min-rto", new ValueShape.Of(Kind.DURATION), "duration", "`200ms`",
                            "floor of the retransmission timeout of a copy lost on a connection (Linux's floor; RFC 6298 says"
                                    + " 1 s)", "")));
    private static final long MAX_HEADER = 65_536;

    private final ParamReader reader;

    NetworkReader(ParamReader reader) {
        this.reader = reader;
    }

    NetworkSpec read(YamlNode node, Location top) {
        Section s = Section.of(node == null ? new YamlNode.Mapping(Map.of(), top) : node, "network", NETWORK.names()).checkKnown();
        ModelSpec latency = reader.model(s.has("latency") ? s.get("latency") : new YamlNode.Scalar("0ms", s.location()),
                "network.latency", reader.registries().latencies(), "50ms", "constant", "delay");
        ModelSpec loss = reader.model(s.has("loss") ? s.get("loss") : new YamlNode.Scalar("none", s.location()),
                "network.loss", reader.registries().losses(), "1%", "bernoulli", "rate");
        LinkCapacity link = new LinkCapacity(s.bitRate("uplink", 0), s.bitRate("downlink", 0));
        long header = s.size("header-bytes", 0);
        if (header > MAX_HEADER) {
            throw new ScenarioFileException(s.get("header-bytes").location(), "'network.header-bytes' must be at most 64KiB");
        }
        return new NetworkSpec(latency, loss, link, (int) header, connections(s), processing(s, "processing"),
                processing(s, "send-processing"), s.flag("processing-shared", false));
    }

    /** Models whose delay depends on the pair of nodes: meaningless as a cost at one node. */
    private static final List<String> PAIRWISE = List.of("matrix", "coordinates");

    private ModelSpec processing(Section s, String key) {
        if (!s.has(key)) {
            return null;
        }
        YamlNode node = s.get(key);
        if (node instanceof YamlNode.Scalar scalar && "none".equals(scalar.text())) {
            return null;
        }
        ModelSpec spec = reader.model(node, "network." + key, reader.registries().latencies(), "40us", "constant", "delay");
        if (PAIRWISE.contains(spec.provider().name())) {
            throw new ScenarioFileException(node.location(), "'network." + key + "' is a cost per message at one node; model '"
                    + spec.provider().name() + "' depends on a pair of nodes: use constant, uniform, normal, lognormal, exponential"
                    + " or pareto");
        }
        return spec;
    }

    private static ConnectionConfig connections(Section network) {
        ConnectionConfig d = ConnectionConfig.DEFAULT;
        if (!network.has("connections")) {
            return d;
        }
        Section s = Section.of(network.get("connections"), "network.connections", CONNECTIONS.names()).checkKnown();
        long connect = positiveDuration(s, "connect-timeout", d.connectTimeout());
        long idle = positiveDuration(s, "idle-timeout", d.idleTimeout());
        return new ConnectionConfig(connect, idle, s.duration("failure-detection", d.failureDetection()),
                s.flag("hole-punching", d.holePunching()), positiveDuration(s, "min-rto", d.minRto()));
    }

    static long positiveDuration(Section s, String key, long otherwise) {
        long value = s.duration(key, otherwise);
        if (value <= 0) {
            throw new ScenarioFileException(s.get(key).location(), "'" + s.pathOf(key) + "' must be positive");
        }
        return value;
    }
}

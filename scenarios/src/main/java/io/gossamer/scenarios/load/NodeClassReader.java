package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.NatType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code nodes}: the node classes, with {@code node-count} divided among those with a share. */
final class NodeClassReader {
    /** The values of a node class's {@code nat}. */
    static final List<String> NAT_TYPES = List.of("full-cone", "restricted", "port-restricted", "symmetric");
    /** The most nodes a run supports. */
    static final long MAX_NODES = 50_000_000;
    /** The keys of a node class. */
    static final CoreSection NODE_CLASS = new CoreSection("nodes[]", "A node class: how many nodes, their network access and their protocol",
            List.of(new CoreKey("class", new ValueShape.Of(Kind.TEXT), "text, unique, a plain file name", "`class0`, `class1`, …",
                            "the class's name; processes, `--set` and sweeps use it", "class: phone"),
                    new CoreKey("count", new ValueShape.Whole(0, Long.MAX_VALUE), "whole number ≥ 0", "—", "nodes of this class at time 0",
                            "count: 800"),
                    new CoreKey("share", new ValueShape.Of(Kind.FRACTION), "fraction", "the class's part of the initial nodes",
                            "share of `node-count`, and of the nodes that `join`, `churn` and `replace` start without a class",
                            "share: 70%"),
                    new CoreKey("public", new ValueShape.Of(Kind.FRACTION), "fraction", "`100%`",
                            "the chance that a node of the class is public (not behind a NAT)", "public: 30%"),
                    new CoreKey("nat", new ValueShape.Choice(NAT_TYPES),
                            String.join(", ", NAT_TYPES.stream().map(t -> "`" + t + "`").toList()), "`port-restricted`",
                            "the NAT of the nodes that are not public", "nat: symmetric"),
                    new CoreKey("uplink", new ValueShape.Of(Kind.BIT_RATE), "bit rate", "`network.uplink`",
                            "upload capacity of each node of the class", "uplink: 2Mbit/s"),
                    new CoreKey("downlink", new ValueShape.Of(Kind.BIT_RATE), "bit rate", "`network.downlink`",
                            "download capacity of each node of the class", "downlink: 20Mbit/s"),
                    new CoreKey("access-latency", new ValueShape.Of(Kind.DURATION), "duration", "`0ms`",
                            "added at this end of every message the node sends or receives", "access-latency: 40ms"),
                    new CoreKey("protocol", new ValueShape.Defined("protocol"), "protocol", CoreKey.REQUIRED,
                            "a protocol name, or `{name: NAME, parameters…}`", "protocol: {name: flood, ttl: 6}")));

    private record Raw(Section s, String name, long count, double share) {
    }

    private final ParamReader reader;
    private final Problems problems;
    /** The network's link, which a class that sets one direction keeps for the other. */
    private final LinkCapacity networkLink;

    NodeClassReader(ParamReader reader, Problems problems, LinkCapacity networkLink) {
        this.reader = reader;
        this.problems = problems;
        this.networkLink = networkLink == null ? LinkCapacity.UNLIMITED : networkLink;
    }

    /** The class names as written (for checks of other sections while the classes themselves may be wrong). */
    static List<String> namesIn(YamlNode nodes) {
        List<String> out = new ArrayList<>();
        if (nodes instanceof YamlNode.Sequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                YamlNode item = list.items().get(i);
                YamlNode.Entry e = item instanceof YamlNode.Mapping m ? m.entries().get("class") : null;
                out.add(e != null && e.value() instanceof YamlNode.Scalar s && s.text() != null ? s.text() : "class" + i);
            }
        }
        return out;
    }

    /** The classes; a bad class is kept in {@code problems} and left out. */
    List<NodeClassSpec> read(Section top) {
        YamlNode node = top.get("nodes");
        if (node == null) {
            throw new ScenarioFileException(top.location(), "'nodes' is required: a list of node classes, e.g.\n"
                    + "nodes:\n  - class: laptop\n    count: 100\n    protocol: flood");
        }
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw new ScenarioFileException(node.location(), "'nodes' must be a non-empty list of node classes (each with class, count or share, protocol)");
        }
        List<Raw> raws = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            int index = i;
            Raw r = problems.attempt(() -> raw(list.items().get(index), "nodes." + index, names));
            if (r != null) {
                raws.add(r);
            }
        }
        Long nodeCount = problems.attempt(() -> top.integer("node-count", 0, -1));
        if (raws.size() < list.items().size() || nodeCount == null) {
            return List.of();
        }
        long[] counts = counts(raws, nodeCount, top, list);
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        boolean anyShare = raws.stream().anyMatch(r -> r.share() >= 0);
        List<NodeClassSpec> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            double share = anyShare ? Math.max(0, r.share()) : (total == 0 ? 1.0 / raws.size() : (double) counts[i] / total);
            int count = (int) counts[i];
            NodeClassSpec c = problems.attempt(() -> nodeClass(r, count, share));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Raw raw(YamlNode item, String path, Set<String> names) {
        Section s = Section.of(item, path, NODE_CLASS.names()).checkKnown();
        String name = s.text("class", "class" + path.substring(path.indexOf('.') + 1));
        if (s.has("class")) {
            FileNames.check(name, s.get("class").location(), "'" + path + ".class'");
        }
        if (!names.add(name)) {
            throw new ScenarioFileException(s.get("class").location(), "two node classes are named '" + name + "'");
        }
        long count = s.integer("count", 0, -1);
        double share = s.fraction("share", -1);
        if (count < 0 && share < 0) {
            throw new ScenarioFileException(s.location(), "node class '" + name + "' needs a 'count' (nodes at the start) or a 'share' (of node-count and of joins)");
        }
        return new Raw(s, name, count, share);
    }

    /**
     * The nodes of each class at the start. node-count is divided among the classes with a share,
     * by largest remainder with ties to the earlier class (exact and deterministic); classes with a
     * count come on top, so sweeping node-count sweeps the population, not the infrastructure nodes.
     */
    private static long[] counts(List<Raw> raws, long nodeCount, Section top, YamlNode.Sequence list) {
        boolean anyShare = raws.stream().anyMatch(r -> r.share() >= 0);
        double shares = raws.stream().filter(r -> r.share() >= 0).mapToDouble(Raw::share).sum();
        if (anyShare && Math.abs(shares - 1) > 1e-6) {
            throw new ScenarioFileException(list.location(), "the shares of the node classes must add up to 100%, they add up to "
                    + String.format(Locale.ROOT, "%.4g%%", shares * 100));
        }
        long toShare = Math.max(0, nodeCount);
        if (!anyShare && toShare > 0) {
            throw new ScenarioFileException(top.get("node-count").location(),
                    "'node-count' needs node classes with a 'share' to divide the nodes among");
        }
        long[] counts = new long[raws.size()];
        double[] remainders = new double[raws.size()];
        long given = 0;
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.count() >= 0) {
                counts[i] = r.count();
            } else {
                double exact = toShare * r.share();
                counts[i] = (long) Math.floor(exact);
                remainders[i] = exact - counts[i];
                given += counts[i];
            }
        }
        long left = raws.stream().anyMatch(r -> r.count() < 0) ? toShare - given : 0;
        for (; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < raws.size(); i++) {
                if (raws.get(i).count() < 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total > MAX_NODES) {
            throw new ScenarioFileException(list.location(), "at most 50,000,000 nodes are supported, the classes ask for " + total);
        }
        return counts;
    }

    private NodeClassSpec nodeClass(Raw r, int count, double share) {
        Section s = r.s();
        String natText = s.text("nat", "port-restricted");
        if (!NAT_TYPES.contains(natText)) {
            throw new ScenarioFileException(s.get("nat").location(), Keys.unknown("NAT type", natText, NAT_TYPES, "'" + s.pathOf("nat") + "'"));
        }
        NatType nat = NatType.valueOf(natText.toUpperCase(Locale.ROOT).replace('-', '_'));
        // A class that sets one direction keeps the network's for the other.
        LinkCapacity link = s.has("uplink") || s.has("downlink")
                ? new LinkCapacity(s.bitRate("uplink", networkLink.uplinkBitsPerSecond()),
                        s.bitRate("downlink", networkLink.downlinkBitsPerSecond()))
                : null;
        long access = s.duration("access-latency", 0);
        YamlNode protocolNode = s.get("protocol");
        String ppath = s.pathOf("protocol");
        String known = ParamReader.names(reader.registries().protocols());
        if (protocolNode == null) {
            throw new ScenarioFileException(s.location(), "'" + ppath + "' is required (protocols: " + known + ")");
        }
        ProtocolProvider protocol;
        Params params;
        if (protocolNode instanceof YamlNode.Scalar ps && ps.text() != null) {
            protocol = reader.registries().protocols().get(ps.text(), ps.location());
            params = reader.read(null, ps.location(), ppath, protocol.parameters(), Set.of());
        } else if (protocolNode instanceof YamlNode.Mapping pm && pm.entries().get("name") != null
                && pm.entries().get("name").value() instanceof YamlNode.Scalar pn && pn.text() != null) {
            protocol = reader.registries().protocols().get(pn.text(), pn.location());
            params = reader.read(pm, pm.location(), ppath, protocol.parameters(), Set.of("name"));
        } else {
            throw new ScenarioFileException(protocolNode.location(), "'" + ppath
                    + "' must be a protocol name or {name: NAME, parameters...} (protocols: " + known + ")");
        }
        return new NodeClassSpec(r.name(), count, share, s.fraction("public", 1.0), nat, link, access, protocol, params);
    }
}

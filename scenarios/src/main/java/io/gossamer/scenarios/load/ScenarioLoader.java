package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.MetricSpec;
import io.gossamer.scenarios.model.NetworkSpec;
import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.model.StopCondition;
import io.gossamer.scenarios.model.SweepSpec;
import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.spi.ModelSpec;
import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.scenarios.yaml.YamlReader;
import io.gossamer.sim.net.ConnectionConfig;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.ProcessStart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads scenario files into {@link Scenario}s: follows {@code extends}, applies
 * {@code --set} overrides, checks every key and value and reports the first problem as
 * {@code file:line:column: message} with what would be valid.
 */
public final class ScenarioLoader {
    /** The top-level keys, in the order the docs list them. */
    public static final List<String> TOP_KEYS = List.of("name", "description", "extends", "seed", "duration", "stop-when",
            "network", "overlay", "node-count", "nodes", "processes", "metrics", "sweep");
    /** The keys of {@code network}. */
    public static final List<String> NETWORK_KEYS = List.of("latency", "loss", "uplink", "downlink", "header-bytes",
            "connections");
    /** The keys of {@code network.connections}. */
    public static final List<String> CONNECTION_KEYS = List.of("connect-timeout", "idle-timeout", "failure-detection",
            "hole-punching");
    /** The keys of {@code overlay}. */
    public static final List<String> OVERLAY_KEYS = List.of("type", "degree", "rewire");
    /** The keys of a node class (an item of {@code nodes}). */
    public static final List<String> NODE_KEYS = List.of("class", "count", "share", "public", "nat", "uplink", "downlink",
            "access-latency", "protocol");
    /** The keys every process has (an item of {@code processes}); its operation's parameters come beside them. */
    public static final Set<String> PROCESS_KEYS = java.util.Collections.unmodifiableSet(
            new java.util.LinkedHashSet<>(List.of("name", "do", "count", "every", "start", "stop")));
    /** The keys of a process's {@code start} when it is a mapping. */
    public static final List<String> START_KEYS = List.of("at", "after-start-of", "after-end-of", "delay");
    /** The keys of {@code sweep}. */
    public static final List<String> SWEEP_KEYS = List.of("seeds", "grid", "zip", "variants");
    /** The values of a node class's {@code nat}. */
    public static final List<String> NAT_TYPES = List.of("full-cone", "restricted", "port-restricted", "symmetric");
    private static final int MAX_EXTENDS = 16;

    private final Registries registries;

    /** A loader that knows the given protocols, models, metrics and operations. */
    public ScenarioLoader(Registries registries) {
        this.registries = registries;
    }

    /** A loader with everything on the class path. */
    public static ScenarioLoader discover() {
        return new ScenarioLoader(Registries.discover());
    }

    /** The registries it reads against. */
    public Registries registries() {
        return registries;
    }

    /** Reads, resolves and checks a scenario with overrides ("path=value"). */
    public Scenario load(ScenarioSource source, List<String> overrides) {
        return build(withOverrides(readTree(source), overrides), source);
    }

    /** The scenario's tree with {@code extends} resolved (the key itself removed). */
    public YamlNode readTree(ScenarioSource source) {
        return readTree(source, new ArrayList<>());
    }

    private YamlNode readTree(ScenarioSource source, List<String> chain) {
        if (chain.size() > MAX_EXTENDS || chain.contains(source.shownAs())) {
            throw new ScenarioFileException(new Location(source.shownAs(), 1, 1),
                    "'extends' goes round in a circle: " + String.join(" -> ", chain) + " -> " + source.shownAs());
        }
        chain.add(source.shownAs());
        YamlNode tree = source.read();
        Section.of(tree, "", TOP_KEYS);
        YamlNode.Mapping m = (YamlNode.Mapping) tree;
        YamlNode.Entry ext = m.entries().get("extends");
        if (ext == null) {
            return tree;
        }
        if (!(ext.value() instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ScenarioFileException(ext.value().location(), "'extends' must name a scenario file, e.g. extends: base.yaml");
        }
        YamlNode parent = readTree(source.relative(s.text(), s.location()), chain);
        return Trees.merge(parent, Trees.without(m, "extends"));
    }

    /** Applies "path=value" overrides; the value is read as YAML (so lists and mappings work). */
    public static YamlNode withOverrides(YamlNode tree, List<String> overrides) {
        YamlNode out = tree;
        for (String o : overrides) {
            int eq = o.indexOf('=');
            Location at = new Location("--set " + o, 1, 1);
            if (eq <= 0) {
                throw new ScenarioFileException(at, "an override is PATH=VALUE, e.g. --set network.loss=5%");
            }
            String path = o.substring(0, eq).trim();
            String text = o.substring(eq + 1);
            YamlNode value = text.isBlank() ? new YamlNode.Scalar(text, at) : YamlReader.parse(text, "--set " + path);
            out = Trees.set(out, path, relocate(value, at), at);
        }
        return out;
    }

    private static YamlNode relocate(YamlNode node, Location at) {
        if (node instanceof YamlNode.Scalar s) {
            return new YamlNode.Scalar(s.text(), at);
        }
        return node;
    }

    /** Checks a resolved tree and builds the scenario. */
    public Scenario build(YamlNode tree, ScenarioSource source) {
        Section top = Section.of(tree, "", TOP_KEYS).checkKnown();
        ParamReader reader = new ParamReader(registries, source.baseDir());
        String name = top.text("name", source.defaultName());
        String description = top.text("description", "");
        long seed = top.integer("seed", Long.MIN_VALUE, 1);
        if (!top.has("duration")) {
            throw new ScenarioFileException(top.location(), "'duration' is required: the longest a run may last in simulated time, e.g. duration: 60s");
        }
        long duration = top.duration("duration", 0);
        if (duration <= 0) {
            throw new ScenarioFileException(top.get("duration").location(), "'duration' must be positive");
        }
        StopCondition stop = stopCondition(top);
        NetworkSpec network = network(top.get("network"), reader, top.location());
        List<NodeClassSpec> classes = nodeClasses(top, reader);
        int initial = 0;
        for (NodeClassSpec c : classes) {
            initial += c.count();
        }
        boolean needsOverlay = classes.stream().anyMatch(c -> c.protocol().needsOverlay(c.protocolParams()));
        OverlaySpec overlay = overlay(top.get("overlay"), needsOverlay, top.location());
        List<ProcessSpec> processes = processes(top.get("processes"), reader, classes);
        List<MetricSpec> metrics = metrics(top.get("metrics"), reader, top.location(), processes);
        SweepSpec sweep = sweep(top.get("sweep"), tree);
        return new Scenario(name, description, source.file(), seed, duration, stop, network, overlay, classes, initial,
                processes, metrics, sweep, Trees.without((YamlNode.Mapping) tree, "sweep"));
    }

    private static StopCondition stopCondition(Section top) {
        String text = top.text("stop-when", StopCondition.DURATION.key());
        List<String> valid = new ArrayList<>();
        for (StopCondition c : StopCondition.values()) {
            if (c.key().equals(text)) {
                return c;
            }
            valid.add(c.key());
        }
        throw new ScenarioFileException(top.get("stop-when").location(), Keys.unknown("stop condition", text, valid, "'stop-when'"));
    }

    private NetworkSpec network(YamlNode node, ParamReader reader, Location top) {
        if (node == null) {
            node = new YamlNode.Mapping(Map.of(), top);
        }
        Section s = Section.of(node, "network", NETWORK_KEYS).checkKnown();
        ModelSpec latency = reader.model(s.has("latency") ? s.get("latency") : new YamlNode.Scalar("0ms", s.location()),
                "network.latency", registries.latencies(), "50ms", "constant", "delay");
        ModelSpec loss = reader.model(s.has("loss") ? s.get("loss") : new YamlNode.Scalar("none", s.location()),
                "network.loss", registries.losses(), "1%", "bernoulli", "rate");
        LinkCapacity link = new LinkCapacity(s.bitRate("uplink", 0), s.bitRate("downlink", 0));
        long header = s.size("header-bytes", 0);
        if (header > 65_536) {
            throw new ScenarioFileException(s.get("header-bytes").location(), "'network.header-bytes' must be at most 64KiB");
        }
        return new NetworkSpec(latency, loss, link, (int) header, connections(s));
    }

    private static long positiveDuration(Section s, String key, long otherwise) {
        long value = s.duration(key, otherwise);
        if (value <= 0) {
            throw new ScenarioFileException(s.get(key).location(), "'" + s.pathOf(key) + "' must be positive");
        }
        return value;
    }

    private static ConnectionConfig connections(Section network) {
        ConnectionConfig d = ConnectionConfig.DEFAULT;
        if (!network.has("connections")) {
            return d;
        }
        Section s = Section.of(network.get("connections"), "network.connections", CONNECTION_KEYS).checkKnown();
        long connect = positiveDuration(s, "connect-timeout", d.connectTimeout());
        long idle = positiveDuration(s, "idle-timeout", d.idleTimeout());
        return new ConnectionConfig(connect, idle, s.duration("failure-detection", d.failureDetection()),
                s.flag("hole-punching", d.holePunching()));
    }

    private static OverlaySpec overlay(YamlNode node, boolean needed, Location top) {
        if (node == null) {
            if (needed) {
                node = new YamlNode.Mapping(Map.of(), top);
            } else {
                return null;
            }
        }
        Section s = Section.of(node, "overlay", OVERLAY_KEYS).checkKnown();
        String type = s.text("type", "d-out");
        if (!OverlaySpec.TYPES.contains(type)) {
            throw new ScenarioFileException(s.get("type").location(), Keys.unknown("overlay type", type, OverlaySpec.TYPES, "'overlay.type'"));
        }
        long degree = s.integer("degree", 1, 8);
        if (degree > 10_000) {
            throw new ScenarioFileException(s.get("degree").location(), "'overlay.degree' must be at most 10000");
        }
        if (type.equals("watts-strogatz") && degree % 2 != 0) {
            throw new ScenarioFileException(s.has("degree") ? s.get("degree").location() : s.location(),
                    "'overlay.degree' must be even for watts-strogatz (each node links to degree/2 neighbours on each side)");
        }
        return new OverlaySpec(type, (int) degree, s.fraction("rewire", 0.1));
    }

    private List<NodeClassSpec> nodeClasses(Section top, ParamReader reader) {
        YamlNode node = top.get("nodes");
        if (node == null) {
            throw new ScenarioFileException(top.location(), "'nodes' is required: a list of node classes, e.g.\n"
                    + "nodes:\n  - class: laptop\n    count: 100\n    protocol: flood");
        }
        if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw new ScenarioFileException(node.location(), "'nodes' must be a non-empty list of node classes (each with class, count or share, protocol)");
        }
        long nodeCount = top.integer("node-count", 0, -1);
        record Raw(Section s, String name, long count, double share) {
        }
        List<Raw> raws = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long fixed = 0;
        double shares = 0;
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String path = "nodes." + i;
            Section s = Section.of(item, path, NODE_KEYS).checkKnown();
            String name = s.text("class", "class" + i);
            if (!names.add(name)) {
                throw new ScenarioFileException(s.get("class").location(), "two node classes are named '" + name + "'");
            }
            long count = s.integer("count", 0, -1);
            double share = s.fraction("share", -1);
            if (count >= 0) {
                fixed += count;
            }
            if (share >= 0) {
                shares += share;
            }
            raws.add(new Raw(s, name, count, share));
        }
        boolean anyShare = raws.stream().anyMatch(r -> r.share() >= 0);
        if (anyShare && Math.abs(shares - 1) > 1e-6) {
            throw new ScenarioFileException(list.location(), "the shares of the node classes must add up to 100%, they add up to "
                    + String.format(Locale.ROOT, "%.4g%%", shares * 100));
        }
        // node-count is divided among the classes with a share; classes with a count come on top
        // (so sweeping node-count sweeps the population, not the infrastructure nodes).
        long toShare = nodeCount < 0 ? 0 : nodeCount;
        if (nodeCount >= 0 && !anyShare && toShare > 0) {
            throw new ScenarioFileException(top.get("node-count").location(),
                    "'node-count' needs node classes with a 'share' to divide the nodes among");
        }
        // Divide the shared nodes by largest remainder, ties to the earlier class: exact and deterministic.
        long[] counts = new long[raws.size()];
        double[] remainders = new double[raws.size()];
        long given = 0;
        double shareSum = 0;
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.count() >= 0) {
                counts[i] = r.count();
            } else if (r.share() >= 0) {
                shareSum += r.share();
                double exact = toShare * r.share();
                counts[i] = (long) Math.floor(exact);
                remainders[i] = exact - counts[i];
                given += counts[i];
            }
        }
        long left = raws.stream().anyMatch(r -> r.count() < 0 && r.share() >= 0) ? toShare - given : 0;
        while (left > 0) {
            int best = -1;
            for (int i = 0; i < raws.size(); i++) {
                if (raws.get(i).count() < 0 && raws.get(i).share() >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            left--;
        }
        List<NodeClassSpec> out = new ArrayList<>();
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total > 50_000_000) {
            throw new ScenarioFileException(list.location(), "at most 50,000,000 nodes are supported, the classes ask for " + total);
        }
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            Section s = r.s();
            if (r.count() < 0 && r.share() < 0) {
                throw new ScenarioFileException(s.location(), "node class '" + r.name() + "' needs a 'count' (nodes at the start) or a 'share' (of node-count and of joins)");
            }
            double share = anyShare ? Math.max(0, r.share()) : (total == 0 ? 1.0 / raws.size() : (double) counts[i] / total);
            String natText = s.text("nat", "port-restricted");
            if (!NAT_TYPES.contains(natText)) {
                throw new ScenarioFileException(s.get("nat").location(), Keys.unknown("NAT type", natText, NAT_TYPES, "'" + s.pathOf("nat") + "'"));
            }
            NatType nat = NatType.valueOf(natText.toUpperCase(Locale.ROOT).replace('-', '_'));
            LinkCapacity link = s.has("uplink") || s.has("downlink") ? new LinkCapacity(s.bitRate("uplink", 0), s.bitRate("downlink", 0)) : null;
            long access = s.duration("access-latency", 0);
            YamlNode protocolNode = s.get("protocol");
            if (protocolNode == null) {
                throw new ScenarioFileException(s.location(), "'" + s.pathOf("protocol") + "' is required (protocols: "
                        + names(registries.protocols().all()) + ")");
            }
            ProtocolProvider protocol;
            Params params;
            String ppath = s.pathOf("protocol");
            if (protocolNode instanceof YamlNode.Scalar ps && ps.text() != null) {
                protocol = registries.protocols().get(ps.text(), ps.location());
                params = reader.read(null, ps.location(), ppath, protocol.parameters(), Set.of());
            } else if (protocolNode instanceof YamlNode.Mapping pm && pm.entries().get("name") != null
                    && pm.entries().get("name").value() instanceof YamlNode.Scalar pn && pn.text() != null) {
                protocol = registries.protocols().get(pn.text(), pn.location());
                params = reader.read(pm, pm.location(), ppath, protocol.parameters(), Set.of("name"));
            } else {
                throw new ScenarioFileException(protocolNode.location(), "'" + ppath
                        + "' must be a protocol name or {name: NAME, parameters...} (protocols: " + names(registries.protocols().all()) + ")");
            }
            out.add(new NodeClassSpec(r.name(), (int) counts[i], share, s.fraction("public", 1.0), nat, link, access, protocol, params));
        }
        return out;
    }

    private List<ProcessSpec> processes(YamlNode node, ParamReader reader, List<NodeClassSpec> classes) {
        List<ProcessSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            throw new ScenarioFileException(node.location(), "'processes' must be a list of processes (each with name, do, count, every, start)");
        }
        Map<String, Location> names = new LinkedHashMap<>();
        List<String> classNames = classes.stream().map(NodeClassSpec::name).toList();
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String path = "processes." + i;
            if (!(item instanceof YamlNode.Mapping m)) {
                throw new ScenarioFileException(item.location(), "'" + path + "' must be a mapping (name, do, count, every, start, ...)");
            }
            Section s = Section.of(item, path, List.copyOf(PROCESS_KEYS));
            String name = s.text("name", "process" + i);
            if (names.containsKey(name)) {
                throw new ScenarioFileException(s.get("name").location(), "two processes are named '" + name + "'");
            }
            names.put(name, s.location());
            YamlNode opNode = s.get("do");
            if (opNode == null) {
                throw new ScenarioFileException(s.location(), "'" + path + ".do' is required: what the process raises (operations: "
                        + names(registries.operations().all()) + ")");
            }
            String opName = s.text("do", "");
            OperationProvider op = registries.operations().get(opName, opNode.location());
            Params params = reader.read(m, m.location(), path, op.parameters(), PROCESS_KEYS);
            checkClassParam(params, classNames);
            if (op.name().equals("broadcast")) {
                checkBroadcasts(params, classes, opNode.location());
            }
            long count = s.integer("count", 1, 1);
            DurationDistribution every = s.has("every") ? Distributions.read(s.get("every"), path + ".every", reader.baseDir()) : null;
            ProcessStart start = start(s.get("start"), path, names.keySet(), s.location());
            long stopAt = s.has("stop") ? s.duration("stop", 0) : Long.MAX_VALUE;
            out.add(new ProcessSpec(name, op, params, count, every, start, stopAt, s.location()));
        }
        // A dependency on a later process is fine; an unknown one is not.
        for (ProcessSpec p : out) {
            String dep = dependency(p.start());
            if (dep != null && !names.containsKey(dep)) {
                throw new ScenarioFileException(p.location(), Keys.unknown("process", dep, names.keySet(), "the start of process '" + p.name() + "'"));
            }
        }
        checkNoCycle(out);
        return out;
    }

    private static void checkClassParam(Params params, List<String> classNames) {
        if (params.values().containsKey("class")) {
            String c = params.text("class");
            if (!c.isEmpty() && !classNames.contains(c)) {
                throw params.error("class", "names no node class: " + Keys.unknown("class", c, classNames, "").replace("unknown class '" + c + "'", "").trim());
            }
        }
    }

    private static void checkBroadcasts(Params params, List<NodeClassSpec> classes, Location at) {
        String only = params.text("class");
        if (only.isEmpty()) {
            if (classes.stream().noneMatch(c -> c.protocol().broadcasts())) {
                throw new ScenarioFileException(at, "'broadcast' needs nodes whose protocol broadcasts, but no node class runs one"
                        + " (the classes run: " + String.join(", ", classes.stream().map(c -> c.protocol().name()).distinct().toList()) + ")");
            }
            return;
        }
        for (NodeClassSpec c : classes) {
            if (only.equals(c.name()) && !c.protocol().broadcasts()) {
                throw new ScenarioFileException(at, "'broadcast' needs nodes whose protocol broadcasts, but node class '" + c.name()
                        + "' runs '" + c.protocol().name() + "'");
            }
        }
    }

    private static void checkNoCycle(List<ProcessSpec> processes) {
        Map<String, String> after = new LinkedHashMap<>();
        for (ProcessSpec p : processes) {
            String dep = dependency(p.start());
            if (dep != null) {
                after.put(p.name(), dep);
            }
        }
        for (ProcessSpec p : processes) {
            List<String> seen = new ArrayList<>();
            String at = p.name();
            while (at != null) {
                if (seen.contains(at)) {
                    seen.add(at);
                    throw new ScenarioFileException(p.location(), "the processes wait for each other in a circle: " + String.join(" -> ", seen));
                }
                seen.add(at);
                at = after.get(at);
            }
        }
    }

    private static String dependency(ProcessStart start) {
        if (start instanceof ProcessStart.AfterStartOf a) {
            return a.process();
        }
        return start instanceof ProcessStart.AfterEndOf a ? a.process() : null;
    }

    private static ProcessStart start(YamlNode node, String path, Set<String> known, Location where) {
        if (node == null) {
            return new ProcessStart.At(0);
        }
        String at = path + ".start";
        if (node instanceof YamlNode.Scalar) {
            return new ProcessStart.At(Distributions.duration(node, at));
        }
        Section s = Section.of(node, at, START_KEYS).checkKnown();
        long delay = s.duration("delay", 0);
        if (delay < 0) {
            throw new ScenarioFileException(s.get("delay").location(), "'" + at + ".delay' cannot be negative");
        }
        int given = (s.has("at") ? 1 : 0) + (s.has("after-start-of") ? 1 : 0) + (s.has("after-end-of") ? 1 : 0);
        if (given != 1) {
            throw new ScenarioFileException(s.location(), "'" + at + "' needs exactly one of at, after-start-of, after-end-of");
        }
        if (s.has("at")) {
            if (s.has("delay")) {
                throw new ScenarioFileException(s.get("delay").location(), "'" + at + ".delay' goes with after-start-of or after-end-of, not at");
            }
            return new ProcessStart.At(s.duration("at", 0));
        }
        if (s.has("after-start-of")) {
            return new ProcessStart.AfterStartOf(s.text("after-start-of", ""), delay);
        }
        return new ProcessStart.AfterEndOf(s.text("after-end-of", ""), delay);
    }

    private List<MetricSpec> metrics(YamlNode node, ParamReader reader, Location top, List<ProcessSpec> processes) {
        List<MetricSpec> out = new ArrayList<>();
        if (node == null) {
            // By default: the node count, the traffic, and dissemination if anything is broadcast.
            List<String> defaults = new ArrayList<>(List.of("nodes", "traffic"));
            if (processes.stream().anyMatch(p -> p.operation().name().equals("broadcast"))) {
                defaults.add(0, "dissemination");
            }
            for (String name : defaults) {
                MetricProvider p = registries.metrics().get(name, top);
                out.add(new MetricSpec(p, reader.read(null, top, "metrics." + name, p.parameters(), Set.of())));
            }
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            throw new ScenarioFileException(node.location(), "'metrics' must be a list of metric names or {NAME: {parameters}} (metrics: "
                    + names(registries.metrics().all()) + ")");
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            String name;
            Location at;
            YamlNode.Mapping params = null;
            if (item instanceof YamlNode.Scalar s && s.text() != null) {
                name = s.text();
                at = s.location();
            } else if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
                YamlNode.Entry e = m.entries().values().iterator().next();
                name = e.key();
                at = e.keyLocation();
                if (e.value() instanceof YamlNode.Mapping pm) {
                    params = pm;
                } else if (!(e.value() instanceof YamlNode.Scalar ns && (ns.text() == null || ns.text().isEmpty()))) {
                    // "- overlay:" (empty, which YAML reads as null) and "- overlay: ~" both mean no parameters.
                    throw new ScenarioFileException(e.value().location(), "the parameters of metric '" + name + "' must be a mapping");
                }
            } else {
                throw new ScenarioFileException(item.location(), "a metric is a name or {NAME: {parameters}} (metrics: "
                        + names(registries.metrics().all()) + ")");
            }
            MetricProvider p = registries.metrics().get(name, at);
            if (!seen.add(name)) {
                throw new ScenarioFileException(at, "metric '" + name + "' is listed twice");
            }
            out.add(new MetricSpec(p, reader.read(params, at, "metrics." + name, p.parameters(), Set.of())));
        }
        return out;
    }

    private static SweepSpec sweep(YamlNode node, YamlNode tree) {
        if (node == null) {
            return null;
        }
        Section s = Section.of(node, "sweep", SWEEP_KEYS).checkKnown();
        int count = 0;
        List<Long> seeds = new ArrayList<>();
        YamlNode seedsNode = s.get("seeds");
        if (seedsNode == null) {
            count = 1;
        } else if (seedsNode instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                String text = item instanceof YamlNode.Scalar sc ? sc.text() : null;
                try {
                    seeds.add(Long.parseLong(text));
                } catch (NumberFormatException | NullPointerException e) {
                    throw new ScenarioFileException(item.location(), "'sweep.seeds' items must be whole numbers");
                }
            }
            if (seeds.isEmpty()) {
                throw new ScenarioFileException(list.location(), "'sweep.seeds' is an empty list");
            }
        } else {
            long n = s.integer("seeds", 1, 1);
            if (n > 100_000) {
                throw new ScenarioFileException(seedsNode.location(), "'sweep.seeds' must be at most 100000");
            }
            count = (int) n;
        }
        List<SweepSpec.Dimension> grid = dimensions(s.get("grid"), "sweep.grid", tree);
        List<SweepSpec.Dimension> zip = dimensions(s.get("zip"), "sweep.zip", tree);
        for (SweepSpec.Dimension d : zip) {
            if (d.values().size() != zip.get(0).values().size()) {
                throw new ScenarioFileException(s.get("zip").location(), "the lists under 'sweep.zip' must have the same length ('"
                        + zip.get(0).path() + "' has " + zip.get(0).values().size() + ", '" + d.path() + "' has " + d.values().size() + ")");
            }
        }
        List<SweepSpec.Variant> variants = variants(s.get("variants"), tree);
        return new SweepSpec(grid, zip, variants, count, seeds);
    }

    private static List<SweepSpec.Variant> variants(YamlNode node, YamlNode tree) {
        List<SweepSpec.Variant> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
            throw new ScenarioFileException(node.location(), "'sweep.variants' must map names to value paths and values,"
                    + " e.g. pubsub: {nodes.user.protocol: pubsub}");
        }
        for (YamlNode.Entry e : m.entries().values()) {
            if (!(e.value() instanceof YamlNode.Mapping sets) || sets.entries().isEmpty()) {
                throw new ScenarioFileException(e.value().location(), "variant '" + e.key()
                        + "' must map value paths to values, e.g. {nodes.user.protocol: flood}");
            }
            Map<String, YamlNode> values = new LinkedHashMap<>();
            for (YamlNode.Entry v : sets.entries().values()) {
                checkPath(v.key(), v.keyLocation(), tree);
                values.put(v.key(), v.value());
            }
            out.add(new SweepSpec.Variant(e.key(), values));
        }
        return out;
    }

    private static void checkPath(String path, Location at, YamlNode tree) {
        if (path.startsWith("sweep")) {
            throw new ScenarioFileException(at, "a sweep cannot sweep its own settings");
        }
        // The path must lead somewhere that exists, or to a new key of an existing mapping.
        String parentPath = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
        if (Trees.get(tree, path) == null && !parentPath.isEmpty() && Trees.get(tree, parentPath) == null) {
            throw new ScenarioFileException(at, "'" + path + "' is not a value path of this scenario"
                    + " (list items are named by their name or class, e.g. nodes.laptop.count)");
        }
    }

    private static List<SweepSpec.Dimension> dimensions(YamlNode node, String path, YamlNode tree) {
        List<SweepSpec.Dimension> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ScenarioFileException(node.location(), "'" + path + "' must map value paths to lists of values, e.g. network.loss: [0%, 10%]");
        }
        for (YamlNode.Entry e : m.entries().values()) {
            if (!(e.value() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
                throw new ScenarioFileException(e.value().location(), "'" + path + "." + e.key() + "' must be a non-empty list of values");
            }
            checkPath(e.key(), e.keyLocation(), tree);
            out.add(new SweepSpec.Dimension(e.key(), list.items()));
        }
        return out;
    }

    private static String names(java.util.Collection<? extends io.gossamer.scenarios.spi.Provider> providers) {
        List<String> n = new ArrayList<>();
        providers.forEach(p -> n.add(p.name()));
        return String.join(", ", n);
    }
}

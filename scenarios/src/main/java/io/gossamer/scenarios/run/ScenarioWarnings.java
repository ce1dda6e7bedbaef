package io.gossamer.scenarios.run;

import io.gossamer.scenarios.model.MetricSpec;
import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.spi.ModelSpec;
import io.gossamer.sim.scenario.ProcessStart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what in a scenario runs but cannot mean what it says. Each check reads only the
 * scenario, so the warnings are the same for validate, run and sweep.
 */
public final class ScenarioWarnings {
    /** Operations that start nodes. */
    private static final Set<String> STARTERS = Set.of("join", "churn", "replace");
    /** Metrics of a peer sampling service's views. */
    private static final Set<String> PSS_PROTOCOLS = Set.of("cyclon", "croupier", "wpss");

    private ScenarioWarnings() {
    }

    /** The warnings of a scenario, in file order of the sections. */
    public static List<Warning> of(Scenario s) {
        List<Warning> out = new ArrayList<>();
        needsNode(s, "pubsub", "broker", "pub/sub clients need a broker to publish through", out);
        for (NodeClassSpec c : s.nodeClasses()) {
            if ("bootstrap".equals(neighbours(c)) && startedNodes(s, "bootstrap-server") == 0) {
                out.add(new Warning(c.protocolParams().location(), "node class '" + c.name() + "' takes its neighbours from the"
                        + " bootstrap server, but no node runs 'bootstrap-server' (add a class with protocol: bootstrap-server and"
                        + " count: 1): its nodes find no peers"));
            }
        }
        failures(s, out);
        broadcastsBeforeAnyNode(s, out);
        metrics(s, out);
        unlinkedNodes(s, out);
        noNodes(s, out);
        oddRegularDegree(s, out);
        processesOutsideTheRun(s, out);
        allDeliveredWithoutBroadcasts(s, out);
        return out;
    }

    /** stop-when: all-delivered with nothing broadcast holds as soon as the processes have ended. */
    private static void allDeliveredWithoutBroadcasts(Scenario s, List<Warning> out) {
        if (s.stop() == io.gossamer.scenarios.model.StopCondition.ALL_DELIVERED
                && s.processes().stream().noneMatch(p -> p.operation().name().equals("broadcast"))) {
            out.add(new Warning(at(s, "stop-when"), "stop-when: all-delivered waits for broadcasts, but no process does"
                    + " 'broadcast': the run ends as soon as its processes have ended (at 0 s if it has none);"
                    + " use processes-ended or a duration"));
        }
    }

    /** A process that starts after the run's end, or is stopped before it starts, raises nothing. */
    private static void processesOutsideTheRun(Scenario s, List<Warning> out) {
        for (ProcessSpec p : s.processes()) {
            if (!(p.start() instanceof ProcessStart.At at)) {
                continue;
            }
            if (at.time() >= s.duration()) {
                out.add(new Warning(p.location(), "process '" + p.name() + "' starts at " + seconds(at.time()) + ", at or after the"
                        + " run's end (duration " + seconds(s.duration()) + "): it raises nothing"));
            } else if (p.stopAt() != Long.MAX_VALUE && p.stopAt() <= at.time()) {
                out.add(new Warning(p.location(), "process '" + p.name() + "' stops at " + seconds(p.stopAt()) + ", before it starts at "
                        + seconds(at.time()) + ": it raises nothing"));
            }
        }
    }

    private static String seconds(long nanos) {
        return io.gossamer.scenarios.Numbers.format(nanos / 1e9) + " s";
    }

    /** The location of {@code keys} in the scenario's tree, or of the deepest of them that is there. */
    private static io.gossamer.scenarios.yaml.Location at(Scenario s, String... keys) {
        io.gossamer.scenarios.yaml.YamlNode node = s.tree();
        io.gossamer.scenarios.yaml.Location where = node == null ? new io.gossamer.scenarios.yaml.Location(s.name(), 1, 1)
                : node.location();
        for (String key : keys) {
            if (!(node instanceof io.gossamer.scenarios.yaml.YamlNode.Mapping m) || !m.entries().containsKey(key)) {
                break;
            }
            io.gossamer.scenarios.yaml.YamlNode.Entry e = m.entries().get(key);
            where = e.keyLocation();
            node = e.value();
        }
        return where;
    }

    /** A run with no node at time 0 and none joining later: nothing happens in it. */
    private static void noNodes(Scenario s, List<Warning> out) {
        long ids = s.initialNodes();
        for (ProcessSpec p : s.processes()) {
            ids += p.operation().newNodes(p.params(), p.count());
        }
        if (ids == 0) {
            out.add(new Warning(at(s, "nodes"), "the run has no nodes: every class counts 0 at time 0 (or node-count is 0) and no"
                    + " process starts any, so nothing happens and every figure is empty"));
        }
    }

    /** random-regular needs nodes x degree even: with an odd product the graph gets one degree less. */
    private static void oddRegularDegree(Scenario s, List<Warning> out) {
        if (!(s.overlay() instanceof OverlaySpec.Generated g) || g.type() != io.gossamer.scenarios.model.OverlayType.RANDOM_REGULAR) {
            return;
        }
        long n = s.initialNodes();
        for (ProcessSpec p : s.processes()) {
            n += p.operation().newNodes(p.params(), p.count());
        }
        int d = (int) Math.min(g.degree(), Math.max(0, n - 1));
        if (n > 0 && n * d % 2 != 0) {
            out.add(new Warning(at(s, "overlay", "degree"), "a random-regular graph of " + n + " nodes cannot have degree " + d
                    + " (nodes x degree must be even): it is built with degree " + (d - 1) + "; use an even degree or node count"));
        }
    }

    /** Node ids of the run that an edge-list overlay leaves without a link (they can neither send nor hear over it). */
    private static void unlinkedNodes(Scenario s, List<Warning> out) {
        if (!(s.overlay() instanceof OverlaySpec.FromFile f)) {
            return;
        }
        long ids = s.initialNodes();
        for (ProcessSpec p : s.processes()) {
            ids += p.operation().newNodes(p.params(), p.count());
        }
        if (ids > 50_000_000) {
            return; // the runner refuses runs this large with an error of its own
        }
        java.util.BitSet linked = new java.util.BitSet();
        for (int i = 0; i < f.edges().links(); i++) {
            linked.set(f.edges().from()[i]);
            linked.set(f.edges().to()[i]);
        }
        int unlinked = (int) ids - linked.get(0, (int) ids).cardinality();
        if (unlinked > 0) {
            int first = linked.nextClearBit(0);
            out.add(new Warning(new io.gossamer.scenarios.yaml.Location(f.edges().file(), 1, 1), unlinked + " of the run's " + ids
                    + " node ids appear on no line of the overlay file (the first is node " + first + "): those nodes have no"
                    + " overlay links, so overlay protocols neither reach them nor send from them"));
        }
    }

    private static void needsNode(Scenario s, String client, String server, String why, List<Warning> out) {
        if (startedNodes(s, server) > 0) {
            return;
        }
        for (NodeClassSpec c : s.nodeClasses()) {
            if (c.protocol().name().equals(client)) {
                out.add(new Warning(c.protocolParams().location(), "node class '" + c.name() + "' runs '" + client + "', but no node"
                        + " runs '" + server + "' (" + why + "; add a class with protocol: " + server + " and count: 1)"));
            }
        }
    }

    /** Nodes of classes running {@code protocol}: at the start and started by processes that name such a class. */
    private static long startedNodes(Scenario s, String protocol) {
        long n = 0;
        for (NodeClassSpec c : s.nodeClasses()) {
            if (c.protocol().name().equals(protocol)) {
                n += c.count() + started(s, c.name());
            }
        }
        return n;
    }

    /** Nodes that processes start in class {@code name} (or without a class, which may draw it). */
    private static long started(Scenario s, String name) {
        long n = 0;
        for (ProcessSpec p : s.processes()) {
            if (STARTERS.contains(p.operation().name())) {
                String c = classOf(p);
                n += c.isEmpty() || c.equals(name) ? p.count() : 0;
            }
        }
        return n;
    }

    /** The name of a node class's neighbour source, or "" if its protocol takes none. */
    private static String neighbours(NodeClassSpec c) {
        return c.protocolParams().values().get("neighbours") instanceof ModelSpec m ? m.provider().name() : "";
    }

    private static String classOf(ProcessSpec p) {
        Object c = p.params().values().get("class");
        return c instanceof String text ? text : "";
    }

    private static void failures(Scenario s, List<Warning> out) {
        Map<String, Long> fails = new LinkedHashMap<>();
        Map<String, ProcessSpec> last = new LinkedHashMap<>();
        for (ProcessSpec p : s.processes()) {
            if (p.operation().name().equals("fail")) {
                fails.merge(classOf(p), p.count(), Long::sum);
                last.put(classOf(p), p);
            }
        }
        for (Map.Entry<String, Long> f : fails.entrySet()) {
            String c = f.getKey();
            long nodes = 0;
            for (NodeClassSpec k : s.nodeClasses()) {
                nodes += c.isEmpty() || k.name().equals(c) ? k.count() + started(s, k.name()) : 0;
            }
            if (f.getValue() > nodes) {
                ProcessSpec p = last.get(c);
                out.add(new Warning(p.location(), "'fail' crashes " + f.getValue() + " nodes" + (c.isEmpty() ? "" : " of class '" + c + "'")
                        + ", but only " + nodes + " ever run" + (c.isEmpty() ? "" : " in it") + ": the rest of the failures do nothing"));
            }
        }
    }

    private static void broadcastsBeforeAnyNode(Scenario s, List<Warning> out) {
        long initial = 0;
        for (NodeClassSpec c : s.nodeClasses()) {
            initial += c.protocol().provides().contains(Broadcast.class) ? c.count() : 0;
        }
        if (initial > 0) {
            return;
        }
        long firstStart = Long.MAX_VALUE;
        for (ProcessSpec p : s.processes()) {
            if (STARTERS.contains(p.operation().name())) {
                firstStart = p.start() instanceof ProcessStart.At at ? Math.min(firstStart, at.time()) : Math.min(firstStart, 0);
            }
        }
        for (ProcessSpec p : s.processes()) {
            if (p.operation().name().equals("broadcast") && p.start() instanceof ProcessStart.At at
                    && (firstStart == Long.MAX_VALUE || at.time() < firstStart)) {
                out.add(new Warning(p.location(), "broadcast process '" + p.name() + "' starts before any node that broadcasts is up"
                        + " (no such node runs at time 0" + (firstStart == Long.MAX_VALUE ? " and none joins" : "") + "): it has no"
                        + " sender; start it later, e.g. start: {after-end-of: joins}"));
            }
        }
    }

    private static void metrics(Scenario s, List<Warning> out) {
        boolean broadcasts = s.processes().stream().anyMatch(p -> p.operation().name().equals("broadcast"));
        boolean sampling = s.nodeClasses().stream().anyMatch(c -> PSS_PROTOCOLS.contains(c.protocol().name())
                || PSS_PROTOCOLS.contains(neighbours(c)));
        for (MetricSpec m : s.metrics()) {
            String name = m.provider().name();
            if (name.equals("dissemination") && !broadcasts) {
                out.add(new Warning(m.params().location(), "metric 'dissemination' measures broadcasts, but no process does"
                        + " 'broadcast': it will have no value"));
            } else if (name.equals("pss") && !sampling) {
                out.add(new Warning(m.params().location(), "metric 'pss' measures peer sampling views, but no node runs a peer"
                        + " sampling service (" + String.join(", ", PSS_PROTOCOLS.stream().sorted().toList()) + "): it will have no value"));
            }
        }
    }
}

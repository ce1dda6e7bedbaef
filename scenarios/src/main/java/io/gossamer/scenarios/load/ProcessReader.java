package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.sim.core.PortType;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.ProcessStart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code processes}: each process's own keys, its operation's parameters beside them, and its start. */
final class ProcessReader {
    /** The keys every process has; its operation's parameters come beside them. */
    static final CoreSection PROCESS = new CoreSection("processes[]", "A process: raises 'count' operations of one kind, 'every' apart, from its start",
            List.of(new CoreKey("name", new ValueShape.Of(Kind.TEXT), "text, unique, a plain file name", "`process0`, `process1`, …",
                            "other processes' `start` refers to it", "name: crash"),
                    new CoreKey("do", new ValueShape.Defined("operation"), "operation name", CoreKey.REQUIRED,
                            "what it raises, see [operations](#operations)", "do: fail-fraction"),
                    new CoreKey("count", new ValueShape.Whole(1, Long.MAX_VALUE), "whole number ≥ 1", "`1`", "how many operations",
                            "count: 100"),
                    new CoreKey("every", new ValueShape.Of(Kind.DISTRIBUTION), "distribution", "none",
                            "the gap before each operation; needed when `count` > 1, unless the operation supplies one (`replace`)",
                            "every: {exponential: 100ms}"),
                    new CoreKey("start", new ValueShape.Defined("start"), "start", "`0s`", "when the process starts, see below",
                            "start: {after-end-of: joins, delay: 10s}"),
                    new CoreKey("stop", new ValueShape.Of(Kind.DURATION), "duration", "never",
                            "the time after which it raises nothing more, and ends", "stop: 5min")));

    private final ParamReader reader;
    private final Problems problems;

    ProcessReader(ParamReader reader, Problems problems) {
        this.reader = reader;
        this.problems = problems;
    }

    /**
     * The processes; a bad one is kept in {@code problems} and left out.
     *
     * @param classNames the node classes as written
     * @param classes the node classes read, or null if some could not be read (checks that need them are skipped)
     */
    List<ProcessSpec> read(YamlNode node, List<String> classNames, List<NodeClassSpec> classes) {
        List<ProcessSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            throw new ScenarioFileException(node.location(), "'processes' must be a list of processes (each with name, do, count, every, start)");
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            int index = i;
            ProcessSpec p = problems.attempt(() -> process(list.items().get(index), "processes." + index, names, classNames, classes));
            if (p != null) {
                out.add(p);
            }
        }
        StartReader.checkDependencies(out, names, problems);
        return out;
    }

    private ProcessSpec process(YamlNode item, String path, Set<String> names, List<String> classNames, List<NodeClassSpec> classes) {
        if (!(item instanceof YamlNode.Mapping m)) {
            throw new ScenarioFileException(item.location(), "'" + path + "' must be a mapping (name, do, count, every, start, ...)");
        }
        Section s = Section.of(item, path, PROCESS.names());
        String name = s.text("name", "process" + path.substring(path.indexOf('.') + 1));
        if (s.has("name")) {
            FileNames.check(name, s.get("name").location(), "'" + path + ".name'");
        }
        if (!names.add(name)) {
            throw new ScenarioFileException(s.get("name").location(), "two processes are named '" + name + "'");
        }
        YamlNode opNode = s.get("do");
        if (opNode == null) {
            throw new ScenarioFileException(s.location(), "'" + path + ".do' is required: what the process raises (operations: "
                    + ParamReader.names(reader.registries().operations()) + ")");
        }
        OperationProvider op = reader.registries().operations().get(s.text("do", ""), opNode.location());
        // The operation's parameters and the process's own keys are checked apart, so that the problems of both are reported.
        Params params = problems.attempt(() -> {
            Params p = reader.read(m, m.location(), path, op.parameters(), Set.copyOf(PROCESS.names()));
            checkClassParam(p, classNames);
            if (op.requires() != null && classes != null) {
                checkProvided(op, p, classes, opNode.location());
            }
            return p;
        });
        Long count = problems.attempt(() -> s.integer("count", 1, 1));
        DurationDistribution every = s.has("every")
                ? problems.attempt(() -> Distributions.read(s.get("every"), path + ".every", reader.baseDir())) : null;
        ProcessStart start = problems.attempt(() -> StartReader.read(s.get("start"), path));
        Long stopAt = problems.attempt(() -> s.has("stop") ? s.duration("stop", 0) : Long.MAX_VALUE);
        if (params == null || count == null || s.has("every") && every == null || start == null || stopAt == null) {
            return null; // its problems are kept
        }
        return new ProcessSpec(name, op, params, count, every, start, stopAt, s.location());
    }

    private static void checkClassParam(Params params, List<String> classNames) {
        if (params.values().containsKey("class")) {
            String c = params.text("class");
            if (c.isEmpty() && params.written("class")) {
                throw params.error("class", "is empty: name a node class (classes: " + String.join(", ", classNames)
                        + "), or leave 'class' out to act on every class");
            }
            if (!c.isEmpty() && !classNames.contains(c)) {
                String near = Keys.nearest(c, classNames);
                throw params.error("class", "names no node class: '" + c + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
                        + " (classes: " + String.join(", ", classNames) + ")");
            }
        }
    }

    /** Some node class the process can act on must provide the port type its operation requires. */
    private static void checkProvided(OperationProvider op, Params params, List<NodeClassSpec> classes, Location at) {
        Class<? extends PortType> port = op.requires();
        String only = params.values().containsKey("class") ? params.text("class") : "";
        String needs = "'" + op.name() + "' needs nodes that provide the " + port.getSimpleName() + " port";
        if (only.isEmpty()) {
            if (classes.stream().noneMatch(c -> c.protocol().provides().contains(port))) {
                throw new ScenarioFileException(at, needs + ", but no node class runs a protocol that does (the classes run: "
                        + String.join(", ", classes.stream().map(c -> c.protocol().name()).distinct().toList()) + ")");
            }
            return;
        }
        for (NodeClassSpec c : classes) {
            if (only.equals(c.name()) && !c.protocol().provides().contains(port)) {
                throw new ScenarioFileException(at, needs + ", but node class '" + c.name() + "' runs '" + c.protocol().name()
                        + "', which does not");
            }
        }
    }
}

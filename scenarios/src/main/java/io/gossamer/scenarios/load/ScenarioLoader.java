package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.MetricSpec;
import io.gossamer.scenarios.model.NetworkSpec;
import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.model.StopCondition;
import io.gossamer.scenarios.model.SweepSpec;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.scenarios.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads scenario files into {@link Scenario}s: follows {@code extends}, applies
 * {@code --set} overrides, checks every key and value and reports the first problem as
 * {@code file:line:column: message} with what would be valid.
 */
public final class ScenarioLoader {
    private static final List<String> STOPS = java.util.Arrays.stream(StopCondition.values()).map(StopCondition::key).toList();
    /** The top-level keys, in the order the docs list them. */
    public static final CoreSection TOP = new CoreSection("", "A Gossamer scenario file: the network, the node classes, the processes"
            + " that act on them, the metrics, and an optional sweep. See docs/scenarios.md.",
            List.of(new CoreKey("name", new ValueShape.Of(Kind.TEXT), "text, a plain file name", "the file name without `.yaml`",
                            "names the results directory (`results/NAME`); letters, digits, `.`, `-`, `_`", "name: churn-study"),
                    new CoreKey("description", new ValueShape.Of(Kind.TEXT), "text", "empty", "one line for `gossamer list` and the summary",
                            "description: Flooding under 5% loss"),
                    new CoreKey("extends", new ValueShape.Of(Kind.PATH), "file path", "none",
                            "a scenario this one is laid over, relative to this file, see [extends](#extends)", "extends: base.yaml"),
                    new CoreKey("seed", new ValueShape.Whole(Long.MIN_VALUE, Long.MAX_VALUE), "whole number", "`1`",
                            "master seed; `gossamer run --seed` overrides it", "seed: 42"),
                    new CoreKey("duration", new ValueShape.Of(Kind.DURATION), "duration", CoreKey.REQUIRED,
                            "the longest a run may last, in simulated time", "duration: 10min"),
                    new CoreKey("stop-when", new ValueShape.Choice(STOPS), "text", "`duration`",
                            "when a run may end earlier, see [stop-when](#stop-when)", "stop-when: all-delivered"),
                    new CoreKey("network", new ValueShape.Defined("network"), "mapping", "0 ms latency, no loss, no limit",
                            "latency, loss and link capacities, see [network](#network)", ""),
                    new CoreKey("overlay", new ValueShape.Defined("overlay"), "mapping", "`{type: d-out, degree: 8}` if a protocol needs one",
                            "the static graph that overlay protocols use, see [overlay](#overlay)", ""),
                    new CoreKey("node-count", new ValueShape.Whole(0, Long.MAX_VALUE), "whole number ≥ 0", "none",
                            "initial nodes to divide among the classes with a `share` (classes with a `count` come on top)",
                            "node-count: 10000"),
                    new CoreKey("nodes", new ValueShape.ListOf("node-class", 1), "list", CoreKey.REQUIRED,
                            "node classes, at least one, see [nodes](#nodes)", ""),
                    new CoreKey("processes", new ValueShape.ListOf("process", 0), "list", "none", "what happens during a run: joins, failures, churn, broadcasts, partitions, network changes;"
                            + " see [processes](#processes)", ""),
                    new CoreKey("metrics", new ValueShape.ListOf("metric", 0), "list", "`nodes`, `traffic`, and `dissemination` if anything is broadcast",
                            "what to measure, see [metrics](#metrics)",
                            "metrics: [nodes, traffic]"),
                    new CoreKey("sweep", new ValueShape.Defined("sweep"), "mapping", "none", "runs over a grid of values and several seeds (`gossamer sweep`), see [sweep](#sweep)", ""),
                    new CoreKey("report", new ValueShape.Defined("report"), "mapping", "none",
                            "how `gossamer report` presents the results, see [report](#report)",
                            "report: {plots: [dissemination.t90_ms]}")));
    /** Every core section, in the order the docs list them. */
    public static final List<CoreSection> SECTIONS = List.of(TOP, NetworkReader.NETWORK, NetworkReader.CONNECTIONS,
            OverlayReader.OVERLAY, NodeClassReader.NODE_CLASS, ProcessReader.PROCESS, StartReader.START, SweepReader.SWEEP,
            ReportReader.REPORT);
    /** The values of a node class's {@code nat}. */
    public static final List<String> NAT_TYPES = NodeClassReader.NAT_TYPES;
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
        Section.of(tree, "", TOP.names());
        YamlNode.Mapping m = (YamlNode.Mapping) tree;
        YamlNode.Entry ext = m.entries().get("extends");
        if (ext == null) {
            return tree;
        }
        if (!(ext.value() instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ScenarioFileException(ext.value().location(), "'extends' must name a scenario file, e.g. extends: base.yaml");
        }
        ScenarioSource parentSource = source.relative(s.text(), s.location());
        if (parentSource.file() != null && !java.nio.file.Files.isRegularFile(parentSource.file())) {
            throw new ScenarioFileException(s.location(), "'extends': there is no file '" + s.text() + "' (paths are relative to"
                    + " this file's folder; looked for " + parentSource.file() + ")");
        }
        if (parentSource.file() != null && !java.nio.file.Files.isReadable(parentSource.file())) {
            throw new ScenarioFileException(s.location(), "'extends': cannot read " + parentSource.file() + " (no permission)");
        }
        YamlNode parent = readTree(parentSource, chain);
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

    /** Checks a resolved tree and builds the scenario; every problem found is reported at once. */
    public Scenario build(YamlNode tree, ScenarioSource source) {
        Problems problems = new Problems();
        Section top = Section.of(tree, "", TOP.names());
        problems.check(top::checkKnown);
        ParamReader reader = new ParamReader(registries, source.baseDir());
        String name = problems.attempt(() -> top.has("name")
                ? FileNames.check(top.text("name", ""), top.get("name").location(), "'name'") : safeDefault(source));
        String description = problems.attempt(() -> top.text("description", ""));
        Long seed = problems.attempt(() -> top.integer("seed", Long.MIN_VALUE, 1));
        Long duration = problems.attempt(() -> duration(top));
        StopCondition stop = problems.attempt(() -> stopCondition(top));
        NetworkSpec network = problems.attempt(() -> new NetworkReader(reader).read(top.get("network"), top.location()));
        List<NodeClassSpec> classes = problems.attempt(() -> new NodeClassReader(reader, problems, network == null ? null : network.link()).read(top));
        List<NodeClassSpec> known = classes == null ? List.of() : classes;
        int initial = known.stream().mapToInt(NodeClassSpec::count).sum();
        boolean needsOverlay = known.stream().anyMatch(c -> c.protocol().needsOverlay(c.protocolParams()));
        OverlaySpec overlay = problems.attempt(() -> OverlayReader.read(top.get("overlay"), needsOverlay, top.location(), source.baseDir()));
        List<ProcessSpec> processes = problems.attempt(() -> new ProcessReader(reader, problems).read(top.get("processes"),
                NodeClassReader.namesIn(top.get("nodes")), classes != null && classes.size() == countOf(top.get("nodes")) ? classes : null));
        List<MetricSpec> metrics = problems.attempt(() -> new MetricReader(reader, problems).read(top.get("metrics"), top.location(),
                processes == null ? List.of() : processes));
        SweepSpec sweep = problems.attempt(() -> SweepReader.read(top.get("sweep"), tree, problems));
        problems.check(() -> ReportReader.check(top.get("report"), problems));
        problems.throwIfAny();
        return new Scenario(name, description, source.file(), seed, duration, stop, network, overlay, classes, initial,
                processes, metrics, sweep, Trees.without((YamlNode.Mapping) tree, "sweep"));
    }

    private static int countOf(YamlNode nodes) {
        return nodes instanceof YamlNode.Sequence list ? list.items().size() : -1;
    }

    /** The default name (the file's) may hold characters a written name may not: those become '_'. */
    private static String safeDefault(ScenarioSource source) {
        String name = source.defaultName().replaceAll("[^A-Za-z0-9._-]", "_");
        return FileNames.safe(name) ? name : "scenario";
    }

    private static long duration(Section top) {
        if (!top.has("duration")) {
            throw new ScenarioFileException(top.location(), "'duration' is required: the longest a run may last in simulated time, e.g. duration: 60s");
        }
        long duration = top.duration("duration", 0);
        if (duration <= 0) {
            throw new ScenarioFileException(top.get("duration").location(), "'duration' must be positive");
        }
        return duration;
    }

    private static StopCondition stopCondition(Section top) {
        String text = top.text("stop-when", StopCondition.DURATION.key());
        for (StopCondition c : StopCondition.values()) {
            if (c.key().equals(text)) {
                return c;
            }
        }
        throw new ScenarioFileException(top.get("stop-when").location(), Keys.unknown("stop condition", text, STOPS, "'stop-when'"));
    }
}

package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.MetricSpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code metrics}: a list of metric names or {NAME: {parameters}}; by default what the processes' operations ask for, the node count and traffic. */
final class MetricReader {
    private final ParamReader reader;
    private final Problems problems;

    MetricReader(ParamReader reader, Problems problems) {
        this.reader = reader;
        this.problems = problems;
    }

    List<MetricSpec> read(YamlNode node, Location top, List<ProcessSpec> processes) {
        List<MetricSpec> out = new ArrayList<>();
        if (node == null) {
            // What the processes' operations ask for (dissemination for broadcasts), the node count, the traffic.
            List<String> defaults = new ArrayList<>();
            for (ProcessSpec p : processes) {
                for (String m : p.operation().defaultMetrics()) {
                    if (!defaults.contains(m)) {
                        defaults.add(m);
                    }
                }
            }
            defaults.addAll(List.of("nodes", "traffic"));
            for (String name : defaults) {
                out.add(metric(name, top, null));
            }
            return out;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            throw new ScenarioFileException(node.location(), "'metrics' must be a list of metric names or {NAME: {parameters}} (metrics: "
                    + ParamReader.names(reader.registries().metrics()) + ")");
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : list.items()) {
            MetricSpec m = problems.attempt(() -> item(item, seen));
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private MetricSpec item(YamlNode item, Set<String> seen) {
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
                    + ParamReader.names(reader.registries().metrics()) + ")");
        }
        MetricProvider p = reader.registries().metrics().get(name, at);
        if (!seen.add(name)) {
            throw new ScenarioFileException(at, "metric '" + name + "' is listed twice");
        }
        return metric(name, at, params);
    }

    private MetricSpec metric(String name, Location at, YamlNode.Mapping params) {
        MetricProvider p = reader.registries().metrics().get(name, at);
        return new MetricSpec(p, reader.read(params, at, "metrics." + name, p.parameters(), Set.of()));
    }
}

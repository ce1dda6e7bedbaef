package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.sim.scenario.ProcessStart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a process's {@code start} and checks that processes wait only for processes that exist, never in a circle. */
final class StartReader {
    /** The keys of a process's {@code start} when it is a mapping. */
    static final CoreSection START = new CoreSection("processes[].start",
            "When a process starts: a time (e.g. 10s), {at: TIME}, {after-start-of: NAME, delay: D} or {after-end-of: NAME, delay: D}",
            List.of(new CoreKey("at", new ValueShape.Of(Kind.DURATION), "duration", "—", "at this simulated time", "start: {at: 30s}"),
                    new CoreKey("after-start-of", new ValueShape.Of(Kind.TEXT), "process name", "—",
                            "when the named process starts (plus delay)", "start: {after-start-of: NAME, delay: 5s}"),
                    new CoreKey("after-end-of", new ValueShape.Of(Kind.TEXT), "process name", "—",
                            "when the named process ends: its last operation, or its stop time (plus delay)",
                            "start: {after-end-of: NAME, delay: 5s}"),
                    new CoreKey("delay", new ValueShape.Of(Kind.DURATION), "duration", "`0s`",
                            "wait this long after the named process's start or end", "delay: 5s")));

    private StartReader() {
    }

    static ProcessStart read(YamlNode node, String path) {
        if (node == null) {
            return new ProcessStart.At(0);
        }
        String at = path + ".start";
        if (node instanceof YamlNode.Scalar) {
            return new ProcessStart.At(Distributions.duration(node, at));
        }
        Section s = Section.of(node, at, START.names()).checkKnown();
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

    /** The process a start waits for, or null. */
    static String dependency(ProcessStart start) {
        if (start instanceof ProcessStart.AfterStartOf a) {
            return a.process();
        }
        return start instanceof ProcessStart.AfterEndOf a ? a.process() : null;
    }

    /** Each start names a process that exists (earlier or later in the list), and no processes wait in a circle. */
    static void checkDependencies(List<ProcessSpec> processes, Collection<String> names, Problems problems) {
        Map<String, String> after = new LinkedHashMap<>();
        for (ProcessSpec p : processes) {
            String dep = dependency(p.start());
            if (dep != null && !names.contains(dep)) {
                problems.add(new ScenarioFileException(p.location(),
                        Keys.unknown("process", dep, names, "the start of process '" + p.name() + "'")));
            } else if (dep != null) {
                after.put(p.name(), dep);
            }
        }
        for (ProcessSpec p : processes) {
            List<String> seen = new ArrayList<>();
            for (String at = p.name(); at != null; at = after.get(at)) {
                if (seen.contains(at)) {
                    seen.add(at);
                    problems.add(new ScenarioFileException(p.location(), "the processes wait for each other in a circle: "
                            + String.join(" -> ", seen)));
                    return;
                }
                seen.add(at);
            }
        }
    }
}

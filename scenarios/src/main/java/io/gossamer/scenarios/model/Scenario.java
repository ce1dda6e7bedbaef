package io.gossamer.scenarios.model;

import io.gossamer.scenarios.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file, read and checked: everything one run needs. Built by
 * {@link io.gossamer.scenarios.load.ScenarioLoader}; immutable.
 *
 * @param name the scenario's name
 * @param description one line about it
 * @param file the file it was read from (relative paths in it resolve against its directory)
 * @param seed the master seed of a run
 * @param duration the time limit in ns
 * @param stop when the run ends before the time limit
 * @param network the network model
 * @param overlay the overlay, or null if no protocol needs one
 * @param nodeClasses the kinds of nodes, in file order
 * @param initialNodes how many nodes start at time 0
 * @param processes the stochastic processes
 * @param metrics what to measure
 * @param sweep the parameter sweep, or null
 * @param tree the scenario as resolved (extends, --set and sweep values applied), for summary.json
 */
public record Scenario(String name, String description, Path file, long seed, long duration, StopCondition stop,
        NetworkSpec network, OverlaySpec overlay, List<NodeClassSpec> nodeClasses, int initialNodes,
        List<ProcessSpec> processes, List<MetricSpec> metrics, SweepSpec sweep, YamlNode tree) {
    /** Copies the lists. */
    public Scenario {
        nodeClasses = List.copyOf(nodeClasses);
        processes = List.copyOf(processes);
        metrics = List.copyOf(metrics);
    }
}

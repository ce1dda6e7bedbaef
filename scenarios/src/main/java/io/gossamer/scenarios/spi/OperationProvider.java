package io.gossamer.scenarios.spi;

import io.gossamer.sim.core.PortType;
import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.Operation;
import java.util.List;

/** What a process raises, by name ({@code processes[].do}). Library users can add their own. */
public interface OperationProvider extends Provider {
    /** The operation for one process in one run. */
    Operation create(Params params, RunSetup setup);

    /**
     * The port type a node must provide for the operation to act on it (e.g. {@code Broadcast}
     * for {@code broadcast}), or null when it needs none. The scenario loader rejects a process
     * whose node classes provide none of it, naming the file and line.
     */
    default Class<? extends PortType> requires() {
        return null;
    }

    /** Metrics that a scenario naming no metrics collects when a process raises this operation. */
    default List<String> defaultMetrics() {
        return List.of();
    }

    /**
     * The gaps between operations when the process gives no {@code every}, e.g. derived from
     * a churn rate; null when {@code every} is needed.
     */
    default DurationDistribution defaultEvery(Params params, RunSetup setup) {
        return null;
    }

    /** Node ids the process may start beyond the initial nodes, given its count (for sizing). */
    default long newNodes(Params params, long count) {
        return 0;
    }
}

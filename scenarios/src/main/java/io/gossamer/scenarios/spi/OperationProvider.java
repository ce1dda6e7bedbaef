package io.gossamer.scenarios.spi;

import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.Operation;

/** What a process raises, by name ({@code processes[].do}). Library users can add their own. */
public interface OperationProvider extends Provider {
    /** The operation for one process in one run. */
    Operation create(Params params, RunSetup setup);

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

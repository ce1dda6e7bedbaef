package io.gossamer.scenarios.spi;

/** A metric by name ({@code metrics[]}). */
public interface MetricProvider extends Provider {
    /** A probe for one run: it may schedule sampling on the simulation now. */
    MetricProbe create(Params params, RunSetup setup);

    /**
     * True if the results of the parts of a run split over several processes can be put
     * together into the whole run's ({@link #mergeParts}); a metric that reads protocol state
     * of every node (which a part has only for the nodes it hosts) cannot, and a split run
     * refuses it at the start.
     */
    default boolean mergesParts() {
        return false;
    }

    /**
     * The whole run's result from its parts' results (see {@link RunSetup#hosted}), each part's
     * made by a probe of this metric; figures that depend on every node's observations are
     * computed again from the raw data the parts' results carry, never averaged.
     *
     * @throws UnsupportedOperationException if {@link #mergesParts} is false
     */
    default MetricResult mergeParts(java.util.List<MetricResult> parts) {
        throw new UnsupportedOperationException("metric '" + name() + "' cannot merge the parts of a split run");
    }
}

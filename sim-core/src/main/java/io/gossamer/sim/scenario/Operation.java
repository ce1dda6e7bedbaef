package io.gossamer.sim.scenario;

/**
 * What a {@link StochasticProcess} does at each of its arrivals: join a node, fail one,
 * inject a broadcast, change the network, or anything a library user writes.
 * {@link Operations} holds the common ones.
 */
@FunctionalInterface
public interface Operation {
    /**
     * Performs the {@code index}-th operation of the process (from 0), at the current virtual
     * time.
     */
    void apply(ScenarioContext context, long index);
}

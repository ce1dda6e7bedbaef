package io.gossamer.sim.scenario;

import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;

/**
 * What an {@link Operation} works with.
 *
 * @param simulation the simulation
 * @param host the node host (network, timer, nodes)
 * @param run the running scenario (fresh node ids, other processes)
 * @param random the stream of the process raising the operation
 */
public record ScenarioContext(Simulation simulation, NodeHost host, ScenarioRun run, RandomStream random) {
}

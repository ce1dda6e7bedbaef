package io.gossamer.scenarios.model;

import io.gossamer.sim.net.ConnectionConfig;
import io.gossamer.scenarios.spi.ModelSpec;
import io.gossamer.sim.net.LinkCapacity;

/**
 * The network of a scenario.
 *
 * @param latency the latency model
 * @param loss the loss model
 * @param link the default access link of nodes whose class gives none
 * @param headerBytes bytes each message adds to its payload on the wire
 * @param connections behaviour of the connection-oriented transport
 * @param processing the cost of each message a node receives (a latency model, drawn per
 *     message with the node as both ends), or null for none
 * @param sendProcessing the cost of each copy a node sends, or null for none
 * @param processingShared true if all nodes share one processor
 */
public record NetworkSpec(ModelSpec latency, ModelSpec loss, LinkCapacity link, int headerBytes,
        ConnectionConfig connections, ModelSpec processing, ModelSpec sendProcessing, boolean processingShared) {
}

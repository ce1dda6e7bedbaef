package io.gossamer.sim.net;

import io.gossamer.sim.net.model.ConstantLatency;

/**
 * The network model chain of a simulation: latency, loss and the default access link of a
 * node (nodes may get their own with {@link SimNetwork#setCapacity(int, LinkCapacity)}).
 *
 * @param latency propagation delay per message
 * @param loss loss in transit
 * @param defaultCapacity access link of nodes that were given none
 * @param connections behaviour of the connection-oriented transport
 * @param processing what handling messages costs the nodes ({@link ProcessingConfig#NONE}: nothing)
 */
public record NetworkConfig(LatencyModel latency, LossModel loss, LinkCapacity defaultCapacity,
        ConnectionConfig connections, ProcessingConfig processing) {

    /** Validates the parts. */
    public NetworkConfig {
        if (latency == null || loss == null || defaultCapacity == null || connections == null || processing == null) {
            throw new IllegalArgumentException("latency, loss, defaultCapacity, connections and processing are required");
        }
    }

    /** A configuration that charges nothing for handling a message. */
    public NetworkConfig(LatencyModel latency, LossModel loss, LinkCapacity defaultCapacity, ConnectionConfig connections) {
        this(latency, loss, defaultCapacity, connections, ProcessingConfig.NONE);
    }

    /** A configuration with the default connection behaviour. */
    public NetworkConfig(LatencyModel latency, LossModel loss, LinkCapacity defaultCapacity) {
        this(latency, loss, defaultCapacity, ConnectionConfig.DEFAULT);
    }

    /** Zero latency, no loss, unlimited bandwidth. */
    public static NetworkConfig ideal() {
        return new NetworkConfig(new ConstantLatency(0), LossModel.NONE, LinkCapacity.UNLIMITED);
    }

    /** This configuration with another latency model. */
    public NetworkConfig withLatency(LatencyModel model) {
        return new NetworkConfig(model, loss, defaultCapacity, connections, processing);
    }

    /** This configuration with another loss model. */
    public NetworkConfig withLoss(LossModel model) {
        return new NetworkConfig(latency, model, defaultCapacity, connections, processing);
    }

    /** This configuration with another default access link. */
    public NetworkConfig withDefaultCapacity(LinkCapacity capacity) {
        return new NetworkConfig(latency, loss, capacity, connections, processing);
    }

    /** This configuration with another connection behaviour. */
    public NetworkConfig withConnections(ConnectionConfig config) {
        return new NetworkConfig(latency, loss, defaultCapacity, config, processing);
    }

    /** This configuration with other processing costs. */
    public NetworkConfig withProcessing(ProcessingConfig config) {
        return new NetworkConfig(latency, loss, defaultCapacity, connections, config);
    }
}

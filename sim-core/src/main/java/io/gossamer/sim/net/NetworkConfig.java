package io.gossamer.sim.net;

import io.gossamer.sim.net.model.ConstantLatency;

/**
 * The network model chain of a simulation: latency, loss and the default access link of a
 * node (nodes may get their own with {@link SimNetwork#setCapacity(int, LinkCapacity)}).
 *
 * @param latency propagation delay per message
 * @param loss loss in transit
 * @param defaultCapacity access link of nodes that were given none
 */
public record NetworkConfig(LatencyModel latency, LossModel loss, LinkCapacity defaultCapacity) {

    /** Validates the parts. */
    public NetworkConfig {
        if (latency == null || loss == null || defaultCapacity == null) {
            throw new IllegalArgumentException("latency, loss and defaultCapacity are required");
        }
    }

    /** Zero latency, no loss, unlimited bandwidth. */
    public static NetworkConfig ideal() {
        return new NetworkConfig(new ConstantLatency(0), LossModel.NONE, LinkCapacity.UNLIMITED);
    }

    /** This configuration with another latency model. */
    public NetworkConfig withLatency(LatencyModel model) {
        return new NetworkConfig(model, loss, defaultCapacity);
    }

    /** This configuration with another loss model. */
    public NetworkConfig withLoss(LossModel model) {
        return new NetworkConfig(latency, model, defaultCapacity);
    }

    /** This configuration with another default access link. */
    public NetworkConfig withDefaultCapacity(LinkCapacity capacity) {
        return new NetworkConfig(latency, loss, capacity);
    }
}

package io.gossamer.scenarios.spi;

/**
 * All the registries a scenario file is read against.
 *
 * @param protocols protocol stacks
 * @param operations what processes raise
 * @param metrics metrics
 * @param latencies latency models
 * @param losses loss models
 */
public record Registries(Registry<ProtocolProvider> protocols, Registry<OperationProvider> operations,
        Registry<MetricProvider> metrics, Registry<LatencyProvider> latencies, Registry<LossProvider> losses) {

    /** Everything registered with {@link java.util.ServiceLoader} on the class path. */
    public static Registries discover() {
        ClassLoader loader = Registries.class.getClassLoader();
        return new Registries(
                Registry.load("protocol", ProtocolProvider.class, loader),
                Registry.load("operation", OperationProvider.class, loader),
                Registry.load("metric", MetricProvider.class, loader),
                Registry.load("latency model", LatencyProvider.class, loader),
                Registry.load("loss model", LossProvider.class, loader));
    }
}

package io.gossamer.scenarios.spi;

/**
 * All the registries a scenario file is read against.
 *
 * @param protocols protocol stacks
 * @param operations what processes raise
 * @param metrics metrics
 * @param latencies latency models
 * @param losses loss models
 * @param neighbours neighbour sources of dissemination protocols
 */
public record Registries(Registry<ProtocolProvider> protocols, Registry<OperationProvider> operations,
        Registry<MetricProvider> metrics, Registry<LatencyProvider> latencies, Registry<LossProvider> losses,
        Registry<NeighbourProvider> neighbours) {

    /**
     * Everything registered with {@link java.util.ServiceLoader} on the class path, and in the
     * plug-ins the current thread's context class loader sees (the command line puts them there).
     */
    public static Registries discover() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return discover(context != null ? context : Registries.class.getClassLoader());
    }

    /**
     * Everything registered with {@link java.util.ServiceLoader} that {@code loader} sees: the
     * built-in providers and those of plug-in jars on its class path.
     */
    public static Registries discover(ClassLoader loader) {
        return new Registries(
                Registry.load("protocol", ProtocolProvider.class, loader),
                Registry.load("operation", OperationProvider.class, loader),
                Registry.load("metric", MetricProvider.class, loader),
                Registry.load("latency model", LatencyProvider.class, loader),
                Registry.load("loss model", LossProvider.class, loader),
                Registry.load("neighbour source", NeighbourProvider.class, loader));
    }
}

package io.gossamer.scenarios.spi;

import java.util.List;

/**
 * Several providers registered at once: a class listed in
 * {@code META-INF/services/io.gossamer.scenarios.spi.ProviderSet} whose providers join the
 * registry of their kind (a {@link ProtocolProvider} the protocols, a {@link MetricProvider}
 * the metrics, and so on) beside the providers registered one by one. Gossamer's built-in
 * protocols, models, metrics and operations come in sets; {@link Providers} makes the simple
 * ones from a name, a description, parameters and a function.
 */
public interface ProviderSet {
    /** The providers, of any kinds (names unique within a kind). */
    List<Provider> providers();
}

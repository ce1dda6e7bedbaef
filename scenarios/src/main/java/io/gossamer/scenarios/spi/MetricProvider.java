package io.gossamer.scenarios.spi;

/** A metric by name ({@code metrics[]}). */
public interface MetricProvider extends Provider {
    /** A probe for one run: it may schedule sampling on the simulation now. */
    MetricProbe create(Params params, RunSetup setup);
}

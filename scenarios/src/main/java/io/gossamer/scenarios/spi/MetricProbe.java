package io.gossamer.scenarios.spi;

/** A metric being collected in one run. */
public interface MetricProbe {
    /** Called once when the run has ended: the figures to write. */
    MetricResult finish();
}

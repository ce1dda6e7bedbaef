/**
 * Metric probes: what protocols report while they run ({@link io.gossamer.sim.metrics.DisseminationProbe})
 * and the records that turn it into per-message figures ({@link io.gossamer.sim.metrics.DisseminationLog}).
 */
package io.gossamer.sim.metrics;

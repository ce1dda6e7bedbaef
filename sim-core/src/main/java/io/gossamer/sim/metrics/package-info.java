/**
 * Records that measurement fills by observing protocols from outside (port indications and
 * network traffic), and turns into per-message figures ({@link io.gossamer.sim.metrics.DisseminationLog}); the
 * figures a run reports ({@link io.gossamer.sim.metrics.DisseminationFigures},
 * {@link io.gossamer.sim.metrics.TrafficFigures}).
 */
package io.gossamer.sim.metrics;

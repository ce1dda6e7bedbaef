/**
 * Records that measurement fills by observing protocols from outside (port indications and
 * network traffic), and turns into per-message figures ({@link io.gossamer.sim.metrics.DisseminationLog}).
 */
package io.gossamer.sim.metrics;

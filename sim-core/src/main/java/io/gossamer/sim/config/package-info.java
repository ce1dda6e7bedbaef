/**
 * Parameters declared once, on a component's configuration record ({@link io.gossamer.sim.config.Parameter}),
 * and the error a record throws for an invalid value ({@link io.gossamer.sim.config.InvalidParameter}).
 */
package io.gossamer.sim.config;

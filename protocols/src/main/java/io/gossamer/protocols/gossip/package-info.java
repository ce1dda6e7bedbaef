/**
 * Gossip dissemination protocols that pick their peers at random: random-walk gossip,
 * infect-and-die, push gossip in rounds and push-pull gossip in rounds. Each provides the
 * {@link io.gossamer.protocols.broadcast.Broadcast} port, sends over any
 * {@link io.gossamer.protocols.neighbours.Neighbours} source and reports to a
 * {@link io.gossamer.sim.metrics.DisseminationProbe}, like flooding.
 */
package io.gossamer.protocols.gossip;

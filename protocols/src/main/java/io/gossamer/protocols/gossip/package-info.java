/**
 * Gossip dissemination protocols that pick their peers at random: random-walk gossip,
 * infect-and-die, push gossip in rounds and push-pull gossip in rounds. Each provides the
 * {@link io.gossamer.protocols.broadcast.Broadcast} port, sends over any
 * {@link io.gossamer.protocols.neighbours.Neighbours} source and reports nothing: measurement
 * observes its {@code BroadcastDelivery} indications and its payload messages, like flooding's.
 */
package io.gossamer.protocols.gossip;

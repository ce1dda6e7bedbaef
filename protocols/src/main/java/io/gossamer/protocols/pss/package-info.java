/**
 * Peer sampling services: the PeerSampling port, descriptors, Cyclon (NAT-unaware), Croupier and
 * WPSS (NAT-aware: only public nodes are contacted). Each service shows its current view to
 * measurement as a {@link io.gossamer.protocols.pss.PeerSamplingView} (ages in rounds of its period)
 * and hands out samples only through its port.
 */
package io.gossamer.protocols.pss;

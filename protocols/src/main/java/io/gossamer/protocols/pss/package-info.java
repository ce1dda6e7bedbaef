/**
 * Peer sampling services: the PeerSampling port, descriptors, Cyclon (NAT-unaware), Croupier and
 * WPSS (NAT-aware: only public nodes are contacted); all views of a run in
 * {@link io.gossamer.protocols.pss.Views}, ages in rounds of each service's period.
 */
package io.gossamer.protocols.pss;

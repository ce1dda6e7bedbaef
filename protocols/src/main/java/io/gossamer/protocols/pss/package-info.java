/** Peer sampling services: the PeerSampling port, descriptors, Cyclon; all views of a run in {@link io.gossamer.protocols.pss.Views}. */
package io.gossamer.protocols.pss;

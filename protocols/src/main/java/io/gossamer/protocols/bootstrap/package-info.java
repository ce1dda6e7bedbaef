/** Joining through a bootstrap server, as in the study's gossip architectures; well-known addresses. */
package io.gossamer.protocols.bootstrap;

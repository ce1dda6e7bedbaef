/**
 * Neighbour sources for dissemination protocols: static overlays, all live nodes, and the
 * connection pools built through a bootstrap server.
 */
package io.gossamer.protocols.neighbours;

/**
 * Plumtree, epidemic broadcast trees (Leitão, Pereira, Rodrigues, SRDS 2007): eager push
 * along a spanning tree that PRUNE carves out of HyParView's active view, lazy push (IHAVE)
 * on the other links, and GRAFT to repair the tree when a message is announced but missing.
 */
package io.gossamer.protocols.plumtree;

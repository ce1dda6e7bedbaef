/**
 * HyParView, a membership protocol with a small symmetric active view and a larger passive
 * view (Leitão, Pereira, Rodrigues, DSN 2007). It reports active-view changes on the
 * {@link io.gossamer.protocols.hyparview.Membership} port, which Plumtree uses as its links.
 */
package io.gossamer.protocols.hyparview;

package io.gossamer.protocols.pss;

import io.gossamer.sim.node.NodeHost;

/**
 * The tests' window on every node's view: reads each live node's service through its
 * {@link PeerSampling} port, as a metric does ({@link PeerSamplingView}); empty for a node
 * that is not running.
 */
final class Views {
    private NodeHost host;

    /** Reads the nodes of {@code host} from now on. */
    Views bind(NodeHost nodes) {
        this.host = nodes;
        return this;
    }

    private PeerSamplingView view(int node) {
        var port = host.portOrNull(node, PeerSampling.class);
        return port == null ? null : (PeerSamplingView) port.owner();
    }

    int size(int node) {
        PeerSamplingView v = view(node);
        return v == null ? 0 : v.viewSize();
    }

    int id(int node, int i) {
        return view(node).viewEntry(i).address().id();
    }

    int age(int node, int i) {
        return view(node).viewEntry(i).age();
    }
}

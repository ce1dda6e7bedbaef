package io.gossamer.protocols.neighbours;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;

/** The out-neighbours in a static overlay. */
public final class OverlayNeighbours implements Neighbours {
    private final StaticGraph graph;

    /** Neighbours as given by {@code graph}. */
    public OverlayNeighbours(StaticGraph graph) {
        this.graph = graph;
    }

    /** The overlay. */
    public StaticGraph graph() {
        return graph;
    }

    @Override
    public int count(int node) {
        return graph.degree(node);
    }

    @Override
    public int get(int node, int i) {
        return graph.neighbour(node, i);
    }

    @Override
    public Multicast multicast(Message message, int node, int excluded) {
        return graph.multicast(message, node, excluded);
    }
}

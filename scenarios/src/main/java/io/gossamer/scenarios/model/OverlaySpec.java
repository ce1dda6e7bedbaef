package io.gossamer.scenarios.model;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.random.RandomStream;

/** A static overlay over all node ids of a run: a random graph or an edge list from a file. */
public sealed interface OverlaySpec {
    /** True if every link is usable both ways. */
    boolean undirected();

    /** The graph over {@code nodes} node ids; a random one draws from {@code random}. */
    StaticGraph build(int nodes, RandomStream random);

    /**
     * A random graph.
     *
     * @param type the generator
     * @param degree out-degree (d-out), degree (random-regular, watts-strogatz: even) or edges per new node (barabasi-albert)
     * @param rewire the rewiring probability of watts-strogatz
     * @param undirected every link usable both ways (always so for the undirected types)
     */
    record Generated(OverlayType type, int degree, double rewire, boolean undirected) implements OverlaySpec {
        @Override
        public StaticGraph build(int nodes, RandomStream random) {
            StaticGraph g = type.build(nodes, degree, rewire, random);
            return undirected && !type.alwaysUndirected() ? g.undirected() : g;
        }
    }

    /**
     * The links of an edge-list file.
     *
     * @param edges the links as read
     * @param undirected every link usable both ways
     */
    record FromFile(EdgeList edges, boolean undirected) implements OverlaySpec {
        @Override
        public StaticGraph build(int nodes, RandomStream random) {
            StaticGraph g = StaticGraph.ofEdges(nodes, edges.from(), edges.to());
            return undirected ? g.undirected() : g;
        }
    }
}

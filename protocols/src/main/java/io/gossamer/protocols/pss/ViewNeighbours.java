package io.gossamer.protocols.pss;

import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;

/**
 * A peer sampling service's views as the neighbours of a dissemination protocol: a node's
 * neighbours are the descriptors of its current view, so gossip targets are fresh samples.
 * Reads the run's {@link Views}, which the service of every node keeps up to date.
 */
public final class ViewNeighbours implements Neighbours {
    private final Views views;

    /** Neighbours from {@code views}. */
    public ViewNeighbours(Views views) {
        this.views = views;
    }

    @Override
    public int count(int node) {
        return views.size(node);
    }

    @Override
    public int get(int node, int i) {
        return views.id(node, i);
    }

    @Override
    public Multicast multicast(Message message, int node, int excluded) {
        int n = views.size(node);
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            targets[i] = views.id(node, i);
        }
        return new Multicast(message, targets, 0, n, excluded);
    }
}

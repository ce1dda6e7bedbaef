package io.gossamer.scenarios.model;

import io.gossamer.protocols.overlay.RandomGraphs;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The random graphs {@code overlay.type} names. Each builds its graph over the run's node ids,
 * with {@code degree} clamped to what that many nodes allow (a run of 5 nodes gets a 4-out
 * graph, not an error).
 */
public enum OverlayType {
    /** Every node links to {@code degree} distinct others drawn uniformly (directed). */
    D_OUT("d-out", false) {
        @Override
        StaticGraph generate(int n, int d, double rewire, RandomStream r) {
            return RandomGraphs.dOut(n, d, r);
        }
    },
    /** Every node has exactly {@code degree} neighbours (undirected). */
    RANDOM_REGULAR("random-regular", true) {
        @Override
        StaticGraph generate(int n, int d, double rewire, RandomStream r) {
            return RandomGraphs.randomRegular(n, (n * (long) d) % 2 == 0 ? d : d - 1, r);
        }
    },
    /** A ring lattice of {@code degree} neighbours with links rewired (undirected). */
    WATTS_STROGATZ("watts-strogatz", true) {
        @Override
        StaticGraph generate(int n, int d, double rewire, RandomStream r) {
            return RandomGraphs.wattsStrogatz(n, Math.min(d - d % 2, Math.max(0, n - 1 - (n - 1) % 2)), rewire, r);
        }
    },
    /** Preferential attachment, {@code degree} links per new node (undirected). */
    BARABASI_ALBERT("barabasi-albert", true) {
        @Override
        StaticGraph generate(int n, int d, double rewire, RandomStream r) {
            return RandomGraphs.barabasiAlbert(n, Math.max(1, Math.min(d, n - 1)), r);
        }
    };

    private final String key;
    private final boolean undirected;

    OverlayType(String key, boolean undirected) {
        this.key = key;
        this.undirected = undirected;
    }

    /** The name in scenario files. */
    public String key() {
        return key;
    }

    /** True if every link of the graph is usable both ways whatever {@code undirected} says. */
    public boolean alwaysUndirected() {
        return undirected;
    }

    /** The graph over {@code nodes} node ids, drawn from {@code random}. */
    public StaticGraph build(int nodes, int degree, double rewire, RandomStream random) {
        if (nodes == 0) {
            return StaticGraph.ofEdges(0, new int[0], new int[0]); // a run without nodes (it is warned of)
        }
        return generate(nodes, Math.min(degree, Math.max(0, nodes - 1)), rewire, random);
    }

    abstract StaticGraph generate(int nodes, int degree, double rewire, RandomStream random);

    /** The type named {@code key}, if any. */
    public static Optional<OverlayType> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    /** Every type's name, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(OverlayType::key).toList();
    }
}

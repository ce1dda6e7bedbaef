package io.gossamer.kompics.examples;

import java.util.Random;
import java.util.TreeSet;

/**
 * The examples' overlay, computed the same way under both simulators: an undirected random
 * graph in which every node links to {@code links} others drawn uniformly (duplicates and
 * self-links skipped), so the mean degree is about {@code 2 * links}. Neighbours ascend.
 */
public final class Graphs {
    private Graphs() {
    }

    /** Neighbour lists of the graph drawn from {@code seed}. */
    public static int[][] undirected(int nodes, int links, long seed) {
        Random random = new Random(seed);
        @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
        TreeSet<Integer>[] sets = new TreeSet[nodes];
        for (int i = 0; i < nodes; i++) {
            sets[i] = new TreeSet<>();
        }
        for (int i = 0; i < nodes; i++) {
            for (int k = 0; k < links; k++) {
                int j = random.nextInt(nodes);
                if (j != i) {
                    sets[i].add(j);
                    sets[j].add(i);
                }
            }
        }
        int[][] out = new int[nodes][];
        for (int i = 0; i < nodes; i++) {
            out[i] = sets[i].stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }
}

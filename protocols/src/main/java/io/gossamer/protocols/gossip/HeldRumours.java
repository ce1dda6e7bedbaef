package io.gossamer.protocols.gossip;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The rumours one node of a round-based protocol holds: every id it has seen (for dropping
 * duplicates) and, in arrival order, the rumours it still passes on, each with the hops it
 * took to get here and the rounds it has been pushed in so far. Parallel primitive arrays, so
 * a node costs a handful of objects however many rumours it holds.
 */
final class HeldRumours {
    private final BitSet seen = new BitSet();
    private Rumour[] rumours = new Rumour[2];
    private int[] hops = new int[2];
    private int[] rounds = new int[2];
    private int count;

    /** True if the node has had rumour {@code id}, whether it still passes it on or not. */
    boolean seen(int id) {
        return seen.get(id);
    }

    /** Holds a rumour first received after {@code hopCount} hops (0 at its origin). */
    void add(Rumour rumour, int hopCount) {
        seen.set(rumour.id());
        if (count == rumours.length) {
            int n = count * 2;
            rumours = Arrays.copyOf(rumours, n);
            hops = Arrays.copyOf(hops, n);
            rounds = Arrays.copyOf(rounds, n);
        }
        rumours[count] = rumour;
        hops[count] = hopCount;
        rounds[count] = 0;
        count++;
    }

    /** Rumours still passed on. */
    int size() {
        return count;
    }

    /** Every rumour still passed on, in arrival order, with its hops on arrival if sent now. */
    Outgoing all() {
        int[] next = new int[count];
        for (int i = 0; i < count; i++) {
            next[i] = hops[i] + 1;
        }
        return new Outgoing(Arrays.copyOf(rumours, count), next);
    }

    /**
     * The rumours held whose id is not set in {@code known}, in arrival order, with their
     * hops on arrival: what a peer that has {@code known} is missing.
     */
    Outgoing missingFrom(BitSet known) {
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (!known.get(rumours[i].id())) {
                k++;
            }
        }
        Rumour[] out = new Rumour[k];
        int[] outHops = new int[k];
        int j = 0;
        for (int i = 0; i < count && j < k; i++) {
            if (!known.get(rumours[i].id())) {
                out[j] = rumours[i];
                outHops[j++] = hops[i] + 1;
            }
        }
        return new Outgoing(out, outHops);
    }

    /**
     * Counts one more round for every rumour held and stops passing on those pushed in
     * {@code maxRounds} rounds (0: never stop).
     */
    void endRound(int maxRounds) {
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int r = rounds[i] + 1;
            if (maxRounds > 0 && r >= maxRounds) {
                continue;
            }
            // Compact in place, keeping arrival order so runs stay easy to follow.
            rumours[kept] = rumours[i];
            hops[kept] = hops[i];
            rounds[kept] = r;
            kept++;
        }
        Arrays.fill(rumours, kept, count, null);
        count = kept;
    }
}

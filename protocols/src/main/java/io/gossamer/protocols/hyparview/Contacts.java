package io.gossamer.protocols.hyparview;

import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Where a joining node finds its contact: the ids of the nodes that started HyParView in
 * this run, in start order, shared by all nodes of the run. A newcomer asks for one drawn
 * uniformly among the earlier members still alive (a tracker that knows who runs; the
 * protocol itself learns nothing else from it). The first node finds none and waits to be
 * contacted.
 */
public final class Contacts {
    private static final int DRAWS = 32;
    private final IntPredicate alive;
    private int[] members = new int[16];
    private int count;

    /** Contacts among the nodes {@code alive} accepts. */
    public Contacts(IntPredicate alive) {
        this.alive = alive;
    }

    /** Records that {@code node} runs HyParView. */
    public void joined(int node) {
        if (count == members.length) {
            members = Arrays.copyOf(members, count * 2);
        }
        members[count++] = node;
    }

    /**
     * A live member other than {@code self}, drawn with {@code random}; -1 if none is found.
     * A few uniform draws, then a scan from a random point: dead members are skipped without
     * being removed, so the list only grows.
     */
    public int pick(int self, RandomStream random) {
        if (count == 0) {
            return -1;
        }
        for (int i = 0; i < DRAWS; i++) {
            int m = members[random.nextInt(count)];
            if (m != self && alive.test(m)) {
                return m;
            }
        }
        int start = random.nextInt(count);
        for (int i = 0; i < count; i++) {
            int m = members[(start + i) % count];
            if (m != self && alive.test(m)) {
                return m;
            }
        }
        return -1;
    }
}

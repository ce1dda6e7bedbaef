package io.gossamer.sim.metrics;

import java.util.Arrays;

/**
 * The first receipts of one message, in order: (node, delay, hops) entries in chunks that
 * double in size (16, 32, 64, ... entries) and are never copied. A doubling array would leave
 * all its earlier copies behind as garbage - as much again as the receipts themselves, 16 MB
 * at a million nodes, in the old generation where it stays until a full collection.
 */
final class Receipts {
    private static final int FIRST = 16;

    private int[][] nodes = new int[0][];
    private long[][] delays = new long[0][];
    private int[][] hops = new int[0][];
    private int size;

    int size() {
        return size;
    }

    void add(int node, long delay, int hopCount) {
        int c = chunk(size);
        if (c == nodes.length) {
            int length = FIRST << c;
            nodes = Arrays.copyOf(nodes, c + 1);
            delays = Arrays.copyOf(delays, c + 1);
            hops = Arrays.copyOf(hops, c + 1);
            nodes[c] = new int[length];
            delays[c] = new long[length];
            hops[c] = new int[length];
        }
        int at = offset(size, c);
        nodes[c][at] = node;
        delays[c][at] = delay;
        hops[c][at] = hopCount;
        size++;
    }

    int node(int i) {
        int c = chunk(i);
        return nodes[c][offset(i, c)];
    }

    long delay(int i) {
        int c = chunk(i);
        return delays[c][offset(i, c)];
    }

    int hops(int i) {
        int c = chunk(i);
        return hops[c][offset(i, c)];
    }

    /** Chunk c holds entries FIRST * (2^c - 1) .. FIRST * (2^(c+1) - 1) - 1. */
    private static int chunk(int i) {
        return 31 - Integer.numberOfLeadingZeros(i / FIRST + 1);
    }

    private static int offset(int i, int c) {
        return i - FIRST * ((1 << c) - 1);
    }

    int[] nodes() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = node(i);
        }
        return out;
    }

    long[] delays() {
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = delay(i);
        }
        return out;
    }

    int[] hops() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = hops(i);
        }
        return out;
    }
}

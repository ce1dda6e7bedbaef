package io.gossamer.sim.net;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * The messages sent over connections whose handshake has not completed yet, each connection's
 * under a small index that its {@link ConnectionPool} slot holds: the one message, or an
 * {@code ArrayList<Message>} of several, oldest first. Only the connections in a handshake use
 * an index (a few thousand at once in a run of 100,000 nodes), so the array stays small and
 * in the cache, and taking a connection's messages is one array read where a hash map by slot
 * probed and shifted its keys at each removal. Freed indices are reused, most recent first.
 */
final class WaitingMessages {
    /** Indices are below 2^{@value #INDEX_BITS}: a bound on the connections in a handshake at once. */
    static final int INDEX_BITS = 24;
    private static final int MAX_INDEX = (1 << INDEX_BITS) - 1;

    /** By index; index 0 means "nothing waits" and is never handed out. */
    private Object[] waiting = new Object[64];
    /** Indices handed out so far (index 0 included). */
    private int high = 1;
    private int[] free = new int[16];
    private int freeCount;

    /** A new index holding {@code m}. */
    int add(Message m) {
        int i;
        if (freeCount > 0) {
            i = free[--freeCount];
        } else {
            if (high > MAX_INDEX) {
                throw new IllegalStateException("more than " + MAX_INDEX + " connections have messages waiting for their handshake at once");
            }
            i = high++;
            if (i == waiting.length) {
                waiting = Arrays.copyOf(waiting, 2 * i);
            }
        }
        waiting[i] = m;
        return i;
    }

    /** Appends {@code m} to what waits at index {@code i}. */
    @SuppressWarnings("unchecked")
    void append(int i, Message m) {
        Object w = waiting[i];
        if (w instanceof Message first) {
            ArrayList<Message> list = new ArrayList<>(4);
            list.add(first);
            list.add(m);
            waiting[i] = list;
        } else {
            ((ArrayList<Message>) w).add(m);
        }
    }

    /** Removes and returns what waits at index {@code i}; the index is free again. */
    Object take(int i) {
        Object w = waiting[i];
        waiting[i] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, 2 * freeCount);
        }
        free[freeCount++] = i;
        return w;
    }

    /** How many messages {@code taken} (from {@link #take}, or null for none) holds. */
    static int count(Object taken) {
        return taken == null ? 0 : taken instanceof Message ? 1 : ((ArrayList<?>) taken).size();
    }

    /** The {@code i}-th message of {@code taken}, oldest first. */
    static Message at(Object taken, int i) {
        return taken instanceof Message m ? m : (Message) ((ArrayList<?>) taken).get(i);
    }
}

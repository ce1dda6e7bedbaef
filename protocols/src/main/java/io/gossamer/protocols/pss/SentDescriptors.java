package io.gossamer.protocols.pss;

/**
 * The descriptors a service sent in the shuffle it started last, kept until the answer comes
 * to be replaced by what it brings (Cyclon's and Croupier's swap merge).
 *
 * <p>A primitive array the service owns from its start, rather than the sent
 * {@link Descriptors} themselves: a service lives long (the collector soon moves it to the old
 * generation), and every reference to a new object stored in it each round would leave the
 * collector a card to rescan at its next young collection, a hundred thousand of them a
 * round at 100k nodes.
 */
final class SentDescriptors {
    private final long[] entries;
    private int size;

    /** Room for {@code capacity} descriptors (a shuffle's length). */
    SentDescriptors(int capacity) {
        entries = new long[capacity];
    }

    /** Remembers {@code sent} from position {@code from} on, replacing what was kept. */
    void set(Descriptors sent, int from) {
        size = sent.size() - from;
        for (int i = 0; i < size; i++) {
            entries[i] = sent.entry(from + i);
        }
    }

    /** Forgets what was kept. */
    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** The array itself: the first {@link #size()} entries are the descriptors kept. */
    long[] entries() {
        return entries;
    }
}

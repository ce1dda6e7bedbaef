package io.gossamer.sim.net;

import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import java.util.Arrays;

/**
 * Every connection's state, one <em>slot</em> each, in pages of primitive words: no object
 * per connection. A run with millions of open connections (every shuffle of a peer-sampling
 * run keeps one open until the idle timeout) then holds a few large {@code long[]}s, which the
 * garbage collector neither traces nor copies, instead of millions of small objects it walks
 * at every full collection.
 *
 * <p>A slot is four {@code long} words, 32 bytes, side by side so one connection's state sits
 * in one cache line, or two: both ends; a time, the handshake's start until it completes and
 * the last use after; the index of the messages waiting for the handshake in
 * {@link WaitingMessages} until it completes and the time it completed after; and a word of
 * flags (state, permanent, announce, current, opened, why the handshake failed) with a count
 * of the timed events and FIFO entries that still name the slot and, once open, the round
 * trip in its upper half (in nanoseconds; a round trip of 2^32 - 1 ns, 4.3 s, or more is
 * kept apart, by slot). The words that change meaning at the handshake's end hold what a
 * connection needs only before it or only after, so a run with millions of open connections
 * keeps 32 bytes of each instead of 40. A closed slot returns
 * to a free list once nothing names it any more, so a late event can never reach a newer
 * connection that took its slot. Pages of {@value #PAGE} slots are added as needed and never
 * copied. The messages that wait for a handshake are kept aside, under an index the slot
 * holds (few connections are in a handshake at once).
 */
final class ConnectionPool {
    /** The SYN is travelling to the acceptor. */
    static final int OPENING = 0;
    /** The acceptor took it; the answer is travelling back. */
    static final int ACCEPTED = 1;
    /** Refused, or the acceptor died: the opener learns it when the connect timeout ends. */
    static final int FAILING = 2;
    /** Open: messages flow; closes when idle unless permanent. */
    static final int OPEN = 3;
    /** Closed or failed, and forgotten by the tables; late events about it do nothing. */
    static final int CLOSED = 4;

    private static final int WORDS = 4;
    private static final int ENDS = 0;
    /** The handshake's start until it completes, the last use after. */
    private static final int TIME = 1;
    /** The index of the messages waiting for the handshake (0: none) until it completes, the time it did after. */
    private static final int AUX = 2;
    private static final int FLAGS = 3;

    private static final long STATE_MASK = 0x7;
    /** Opened with {@link Connect}: no idle timeout. */
    private static final long PERMANENT = 1 << 3;
    /** The opener asked with {@link Connect}, so it is told when the connection is open. */
    private static final long ANNOUNCE = 1 << 4;
    /** The latest connection of its pair, the one lookups find (see {@link ConnectionTable}). */
    private static final long CURRENT = 1 << 5;
    /** The handshake completed: {@link #AUX} holds the time it did and the upper half of the flags the round trip. */
    private static final long WAS_OPENED = 1 << 6;
    private static final int FAILURE_SHIFT = 7;
    private static final long FAILURE_MASK = 0x7L << FAILURE_SHIFT;
    private static final int REFS_SHIFT = 10;
    private static final long ONE_REF = 1L << REFS_SHIFT;
    private static final long MAX_REFS = (1L << (32 - REFS_SHIFT)) - 1;
    private static final long REFS_MASK = MAX_REFS << REFS_SHIFT;
    private static final int RTT_SHIFT = 32;
    /** The round trip's bits when it is kept in {@link #longRtts}. */
    private static final long LONG_RTT = 0xFFFF_FFFFL;
    private static final DropReason[] REASONS = DropReason.values();

    static {
        if (REASONS.length >= 1 << 3) {
            throw new AssertionError("a slot keeps a failure in 3 bits");
        }
    }

    /** Slots in use at once, at most (2^30, 32 GiB of slots). */
    static final int MAX_SLOTS = 1 << 30;
    private static final int PAGE_SHIFT = 12;
    static final int PAGE = 1 << PAGE_SHIFT;
    private static final int PAGE_MASK = PAGE - 1;

    private long[][] pages = new long[4][];
    /** Slots handed out so far, free ones included. */
    private int high;
    /** The most recently freed slot (its ENDS word links to the next free one), or -1. */
    private int freeHead = -1;
    private int live;
    /** Messages sent before a handshake completed, under the index in their slot. */
    private final WaitingMessages waiting = new WaitingMessages();
    /** Round trips of 2^32 - 1 ns or more, by slot (open connections only); made at the first. */
    private Int2LongOpenHashMap longRtts;

    /** A new slot: {@code opener} started a handshake with {@code acceptor} at {@code started}. */
    int open(int opener, int acceptor, long started) {
        int s;
        if (freeHead >= 0) {
            s = freeHead;
            freeHead = (int) page(s)[index(s) + ENDS];
        } else {
            if (high == MAX_SLOTS) {
                // The connection lists keep a flag beside each slot number (ConnectionTable.STEADY).
                throw new IllegalStateException("more than " + MAX_SLOTS + " connections at once");
            }
            s = high++;
            int p = s >>> PAGE_SHIFT;
            if (p == pages.length) {
                pages = Arrays.copyOf(pages, p * 2);
            }
            if (pages[p] == null) {
                pages[p] = new long[PAGE * WORDS];
            }
        }
        long[] w = page(s);
        int i = index(s);
        w[i + ENDS] = ((long) opener << 32) | (acceptor & 0xFFFFFFFFL);
        w[i + TIME] = started;
        w[i + AUX] = 0;
        w[i + FLAGS] = OPENING;
        live++;
        return s;
    }

    /**
     * Reads slot {@code s}'s ends and flags, its first and last words, which may lie in two
     * cache lines (see {@link io.gossamer.sim.core.EventSink#readAhead}); 0 for no slot.
     */
    long readAhead(int s) {
        long[] page = s >= 0 && (s >>> PAGE_SHIFT) < pages.length ? pages[s >>> PAGE_SHIFT] : null;
        return page == null ? 0 : page[index(s) + ENDS] + page[index(s) + FLAGS];
    }

    private long[] page(int s) {
        return pages[s >>> PAGE_SHIFT];
    }

    private static int index(int s) {
        return (s & PAGE_MASK) * WORDS;
    }

    int opener(int s) {
        return (int) (page(s)[index(s) + ENDS] >>> 32);
    }

    int acceptor(int s) {
        return (int) page(s)[index(s) + ENDS];
    }

    /** The end that is not {@code node}. */
    int other(int s, int node) {
        long ends = page(s)[index(s) + ENDS];
        int opener = (int) (ends >>> 32);
        return node == opener ? (int) ends : opener;
    }

    /** When the opener started the handshake; only until it completes ({@link #opened}). */
    long started(int s) {
        return page(s)[index(s) + TIME];
    }

    /** The last use of an open connection (its handshake's end, or a later send). */
    long lastUsed(int s) {
        return page(s)[index(s) + TIME];
    }

    void lastUsed(int s, long time) {
        page(s)[index(s) + TIME] = time;
    }

    /**
     * The handshake completed at {@code now}: the connection is {@link #OPEN}, last used now,
     * with the round trip from its start. Take the waiting messages ({@link #takePending})
     * first: their index and the time of opening share a word.
     */
    void opened(int s, long now) {
        long[] w = page(s);
        int i = index(s);
        long rtt = now - w[i + TIME];
        long bits = rtt;
        if (rtt < 0 || rtt >= LONG_RTT) {
            if (longRtts == null) {
                longRtts = new Int2LongOpenHashMap();
            }
            longRtts.put(s, rtt);
            bits = LONG_RTT;
        }
        w[i + TIME] = now;
        w[i + AUX] = now;
        long flags = w[i + FLAGS] & ~STATE_MASK & ~(LONG_RTT << RTT_SHIFT);
        w[i + FLAGS] = flags | OPEN | WAS_OPENED | (bits << RTT_SHIFT);
    }

    /** When the handshake completed ({@link #opened}). */
    long openedAt(int s) {
        return page(s)[index(s) + AUX];
    }

    /** The round trip the handshake took (the path's round trip the retransmission timeout starts from); 0 before it completed. */
    long rtt(int s) {
        long bits = page(s)[index(s) + FLAGS] >>> RTT_SHIFT;
        return bits == LONG_RTT ? longRtts.get(s) : bits;
    }

    int state(int s) {
        return (int) (page(s)[index(s) + FLAGS] & STATE_MASK);
    }

    void state(int s, int state) {
        int i = index(s);
        long[] w = page(s);
        w[i + FLAGS] = (w[i + FLAGS] & ~STATE_MASK) | state;
    }

    boolean isOpen(int s) {
        return state(s) == OPEN;
    }

    boolean isClosed(int s) {
        return state(s) == CLOSED;
    }

    boolean permanent(int s) {
        return (page(s)[index(s) + FLAGS] & PERMANENT) != 0;
    }

    void makePermanent(int s) {
        page(s)[index(s) + FLAGS] |= PERMANENT;
    }

    boolean announce(int s) {
        return (page(s)[index(s) + FLAGS] & ANNOUNCE) != 0;
    }

    void announceWhenOpen(int s) {
        page(s)[index(s) + FLAGS] |= ANNOUNCE;
    }

    boolean current(int s) {
        return (page(s)[index(s) + FLAGS] & CURRENT) != 0;
    }

    void current(int s, boolean current) {
        int i = index(s);
        long[] w = page(s);
        w[i + FLAGS] = current ? w[i + FLAGS] | CURRENT : w[i + FLAGS] & ~CURRENT;
    }

    /** Why the handshake failed, or null while that is not known. */
    DropReason failure(int s) {
        int f = (int) ((page(s)[index(s) + FLAGS] & FAILURE_MASK) >>> FAILURE_SHIFT);
        return f == 0 ? null : REASONS[f - 1];
    }

    void failure(int s, DropReason reason) {
        int i = index(s);
        long[] w = page(s);
        w[i + FLAGS] = (w[i + FLAGS] & ~FAILURE_MASK) | ((long) (reason.ordinal() + 1) << FAILURE_SHIFT);
    }

    // ---------------------------------------------------------------- references and reuse

    /** A timed event or FIFO entry now names slot {@code s}. */
    void retain(int s) {
        long[] w = page(s);
        int i = index(s);
        if ((w[i + FLAGS] & REFS_MASK) == REFS_MASK) {
            throw new IllegalStateException("more than " + MAX_REFS + " pending events name one connection");
        }
        w[i + FLAGS] += ONE_REF;
    }

    /** One event or FIFO entry naming {@code s} is done; the slot is freed if it was the last one of a closed connection. */
    void release(int s) {
        page(s)[index(s) + FLAGS] -= ONE_REF;
        freeIfDone(s);
    }

    /** Frees {@code s} if its connection is closed and nothing names it any more. */
    void freeIfDone(int s) {
        long[] w = page(s);
        int i = index(s);
        long flags = w[i + FLAGS];
        if ((flags & STATE_MASK) == CLOSED && (flags & REFS_MASK) == 0) {
            w[i + ENDS] = freeHead;
            w[i + FLAGS] = CLOSED;
            if ((flags & WAS_OPENED) == 0 && w[i + AUX] != 0) {
                // Messages still waiting for a handshake that broke (its opener died) go nowhere.
                waiting.take((int) w[i + AUX]);
            } else if ((flags >>> RTT_SHIFT) == LONG_RTT) {
                longRtts.remove(s);
            }
            w[i + AUX] = 0;
            freeHead = s;
            live--;
        }
    }

    /** Connections whose slot is in use (open, in a handshake, or closed with events still naming them). */
    int live() {
        return live;
    }

    /** Slots ever handed out: the pool's size. */
    int slots() {
        return high;
    }

    // ---------------------------------------------------------------- messages waiting for a handshake

    /** Queues {@code m} on {@code s} until the handshake completes. */
    void addPending(int s, Message m) {
        long[] w = page(s);
        int i = index(s);
        long index = w[i + AUX];
        if (index == 0) {
            w[i + AUX] = waiting.add(m);
        } else {
            waiting.append((int) index, m);
        }
    }

    /**
     * Removes and returns what waits on {@code s}: null, one {@link Message}, or a list of
     * them; nothing once the handshake completed.
     */
    Object takePending(int s) {
        long[] w = page(s);
        int i = index(s);
        long index = w[i + AUX];
        if (index == 0 || (w[i + FLAGS] & WAS_OPENED) != 0) {
            return null;
        }
        w[i + AUX] = 0;
        return waiting.take((int) index);
    }

    /** How many messages {@code taken} (from {@link #takePending}) holds. */
    static int count(Object taken) {
        return WaitingMessages.count(taken);
    }

    /** The {@code i}-th message of {@code taken}, oldest first. */
    static Message at(Object taken, int i) {
        return WaitingMessages.at(taken, i);
    }
}

package io.gossamer.sim.net;

import java.util.Arrays;

/**
 * Every connection's state, one <em>slot</em> each, in pages of primitive words: no object
 * per connection. A run with millions of open connections (every shuffle of a peer-sampling
 * run keeps one open until the idle timeout) then holds a few large {@code long[]}s, which the
 * garbage collector neither traces nor copies, instead of millions of small objects it walks
 * at every full collection.
 *
 * <p>A slot is five {@code long} words, 40 bytes, side by side so one connection's state sits
 * in one or two cache lines: both ends, the handshake's start, the last use, the round trip,
 * and a word of flags (state, permanent, announce, current, why the handshake failed, the index
 * of the messages waiting for the handshake in {@link WaitingMessages}) with a count of the
 * timed events and FIFO entries that still name the slot. A closed slot returns
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

    private static final int WORDS = 5;
    private static final int ENDS = 0;
    private static final int STARTED = 1;
    private static final int LAST_USED = 2;
    private static final int RTT = 3;
    private static final int FLAGS = 4;

    private static final long STATE_MASK = 0x7;
    /** Opened with {@link Connect}: no idle timeout. */
    private static final long PERMANENT = 1 << 3;
    /** The opener asked with {@link Connect}, so it is told when the connection is open. */
    private static final long ANNOUNCE = 1 << 4;
    /** The latest connection of its pair, the one lookups find (see {@link ConnectionTable}). */
    private static final long CURRENT = 1 << 5;
    private static final int FAILURE_SHIFT = 8;
    private static final long FAILURE_MASK = 0xFFL << FAILURE_SHIFT;
    private static final int WAITING_SHIFT = 16;
    private static final long WAITING_MASK = ((1L << WaitingMessages.INDEX_BITS) - 1) << WAITING_SHIFT;
    private static final int REFS_SHIFT = WAITING_SHIFT + WaitingMessages.INDEX_BITS;
    private static final long ONE_REF = 1L << REFS_SHIFT;
    private static final long MAX_REFS = (1L << (64 - REFS_SHIFT)) - 1;
    private static final DropReason[] REASONS = DropReason.values();

    private static final int PAGE_SHIFT = 12;
    static final int PAGE = 1 << PAGE_SHIFT;
    private static final int PAGE_MASK = PAGE - 1;

    private long[][] pages = new long[4][];
    /** Slots handed out so far, free ones included. */
    private int high;
    /** The most recently freed slot (its ENDS word links to the next free one), or -1. */
    private int freeHead = -1;
    private int live;
    /** Messages sent before a handshake completed, under the index in their slot's flags. */
    private final WaitingMessages waiting = new WaitingMessages();

    /** A new slot: {@code opener} started a handshake with {@code acceptor} at {@code started}. */
    int open(int opener, int acceptor, long started) {
        int s;
        if (freeHead >= 0) {
            s = freeHead;
            freeHead = (int) page(s)[index(s) + ENDS];
        } else {
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
        w[i + STARTED] = started;
        w[i + LAST_USED] = started;
        w[i + RTT] = 0;
        w[i + FLAGS] = OPENING;
        live++;
        return s;
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

    /** When the opener started the handshake. */
    long started(int s) {
        return page(s)[index(s) + STARTED];
    }

    long lastUsed(int s) {
        return page(s)[index(s) + LAST_USED];
    }

    void lastUsed(int s, long time) {
        page(s)[index(s) + LAST_USED] = time;
    }

    /** The round trip the handshake took (the path's round trip the retransmission timeout starts from). */
    long rtt(int s) {
        return page(s)[index(s) + RTT];
    }

    void rtt(int s, long rtt) {
        page(s)[index(s) + RTT] = rtt;
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
        if ((w[i + FLAGS] >>> REFS_SHIFT) == MAX_REFS) {
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
        if ((flags & STATE_MASK) == CLOSED && (flags >>> REFS_SHIFT) == 0) {
            w[i + ENDS] = freeHead;
            w[i + FLAGS] = CLOSED;
            if ((flags & WAITING_MASK) != 0) {
                // Messages still waiting for a handshake that broke (its opener died) go nowhere.
                waiting.take((int) ((flags & WAITING_MASK) >>> WAITING_SHIFT));
            }
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
        long flags = w[i + FLAGS];
        if ((flags & WAITING_MASK) == 0) {
            w[i + FLAGS] = flags | ((long) waiting.add(m) << WAITING_SHIFT);
        } else {
            waiting.append((int) ((flags & WAITING_MASK) >>> WAITING_SHIFT), m);
        }
    }

    /** Removes and returns what waits on {@code s}: null, one {@link Message}, or a list of them. */
    Object takePending(int s) {
        long[] w = page(s);
        int i = index(s);
        long flags = w[i + FLAGS];
        if ((flags & WAITING_MASK) == 0) {
            return null;
        }
        w[i + FLAGS] = flags & ~WAITING_MASK;
        return waiting.take((int) ((flags & WAITING_MASK) >>> WAITING_SHIFT));
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

package io.gossamer.sim.net;

/**
 * The connections of every node, kept with both ends: per node, a list of pairs (the other
 * end's id, the connection's {@link ConnectionPool} slot), in the order the connections were
 * made. The lists are chunks of shared pages ({@link PairChunks}), found through the node's
 * row: no array per node, and none left behind when a list grows.
 *
 * <p>A node has tens to a few hundred connections, so finding the one between two nodes scans
 * a list: a few sequential cache lines, where a run-wide hash map keyed by the pair costs two
 * or three cache misses per lookup and more memory per connection. The sender's list is
 * scanned while it is short ({@value #SHORT} entries or fewer), since reading the other end's
 * count would be one more cache miss than the scan costs; past that, the shorter of the two.
 * The counts live in the {@link NodeTable}'s wide rows, beside the traffic counters that the
 * same send updates, and so does each node's last accepted connection (with its opener, so
 * that a lookup for another peer does not read the slot), tried before the scan:
 * the answer to a request that opened a connection (a shuffle's reply) goes back over it, and
 * finding it there costs no read of the list. Next, for a list longer than {@value #FILTERED}
 * entries, comes the row's filter of the peers the list holds ({@link NodeTable#mayBePeer}): a
 * lookup for a peer the node has no connection with (a new shuffle partner) mostly ends
 * there, without the scan. A removal leaves the
 * peer's bits in the filter; a lookup that the filter let through in vain makes it again from
 * the list it has just scanned. Where the list is sits in the row too, so a scan
 * reads the row, which the send needs anyway, and the list, and no per-node array of lists
 * between them. A pair may briefly have two entries: a handshake that is failing (it still
 * reports at its connect timeout) and the new attempt that superseded it. Only the latest is
 * <em>current</em> ({@link ConnectionPool#current}); lookups see only current ones.
 */
final class ConnectionTable {
    private static final int[] NO_SLOTS = new int[0];

    /** Lists this long or shorter are scanned without looking at the other end's. */
    static final int SHORT = 128;
    /** Lists longer than this are checked against the peer filter before a scan. */
    static final int FILTERED = 8;
    /**
     * Lists of this many pairs or fewer sit in the node's row, in the words the filter takes
     * once the list is in a chunk: a node with a few connections (a private WPSS node's base
     * links and wormhole) finds them where its traffic counters are, with no miss on a chunk.
     */
    static final int INLINE = NodeTable.PEER_FILTER_WORDS;

    private final ConnectionPool pool;
    /** The entry counts, in the nodes' wide rows. */
    private final NodeTable nodes;
    /**
     * The lists: a node's chunk of {@code c} pairs holds the other ends' ids in its first
     * {@code c} ints and the slots in the next {@code c}, so a scan for a peer reads only ids
     * (half the cache lines of interleaved pairs) and one slot.
     */
    private final PairChunks chunks = new PairChunks();

    ConnectionTable(ConnectionPool pool, NodeTable nodes) {
        this.pool = pool;
        this.nodes = nodes;
        nodes.widen();
    }

    /**
     * In a list entry, beside the slot: the connection is open, current and permanent, so a
     * send over it needs nothing from its slot (see {@link #find}).
     */
    static final int STEADY = 1 << 30;
    private static final int SLOT = STEADY - 1;

    /** The slot of the current connection between {@code a} and {@code b}, or -1. */
    int get(int a, int b) {
        int found = find(a, b);
        return found < 0 ? found : found & SLOT;
    }

    /** True if {@code found}, a result of {@link #find}, names a {@link #STEADY} connection. */
    static boolean isSteady(int found) {
        return (found & STEADY) != 0;
    }

    /** The slot of a result of {@link #find}. */
    static int slotOf(int found) {
        return found & SLOT;
    }

    /**
     * {@link #get}, with {@link #STEADY} set if the list marks the connection so: then the
     * lookup has not read the slot either (a walk over a permanent base link reads the two
     * rows and lists only, not the connection's state far away in the pool).
     */
    int find(int a, int b) {
        int accepted = nodes.lastAccepted(a);
        // The opener is checked in the row first: a request to a new peer reads no slot here.
        if (accepted >= 0 && nodes.lastAcceptedPeer(a) == b
                && pool.current(accepted) && pool.acceptor(accepted) == a && pool.opener(accepted) == b) {
            // A pair has at most one current connection: this is the one the scan would find.
            return accepted;
        }
        int n = nodes.connectionCount(a);
        int code = nodes.connectionList(a);
        if (code == 0) {
            // A short list in the row itself, which this step reads anyway.
            return scanRow(a, n, b);
        }
        // A peer the filter has not seen has no entry in a's list, nor a's in its own. A list
        // of a cache line or less is scanned without asking: the filter's word would cost
        // about as much as the scan.
        if (n > FILTERED && !nodes.mayBePeer(a, b)) {
            return -1;
        }
        if (n > SHORT) {
            int m = nodes.connectionCount(b);
            if (m < n) {
                int other = nodes.connectionList(b);
                return other == 0 ? scanRow(b, m, a) : scanChunk(other, m, a);
            }
        }
        int found = scanChunk(code, n, b);
        if (found < 0 && n <= SHORT && nodes.peersRemoved(a)) {
            // The filter let b through, but a's list does not hold it, and peers left the list
            // since the filter was made (a removal leaves their bits: a rebuild per removal
            // would cost a pass over the list each). The list just read makes it again.
            nodes.clearPeers(a);
            int[] list = chunks.page(code);
            for (int i = PairChunks.base(code), end = i + n; i < end; i++) {
                nodes.addPeer(a, list[i]);
            }
        }
        return found;
    }

    /** True if a list entry names a current connection: a steady one is, by what marks it. */
    private boolean current(int entry) {
        return (entry & STEADY) != 0 || pool.current(entry);
    }

    /** Marks open, permanent connection {@code s} {@link #STEADY} in both ends' lists. */
    void markSteady(int s) {
        mark(pool.opener(s), s);
        mark(pool.acceptor(s), s);
    }

    private void mark(int node, int s) {
        int i = indexOfSlot(node, s);
        if (i < 0) {
            return;
        }
        int code = nodes.connectionList(node);
        if (code == 0) {
            nodes.inlinePair(node, i, nodes.inlinePair(node, i) | (long) STEADY << 32);
        } else {
            chunks.page(code)[PairChunks.base(code) + chunks.capacity(code) + i] |= STEADY;
        }
    }

    /** Where connection {@code s} is in {@code node}'s list, or -1. */
    private int indexOfSlot(int node, int s) {
        int n = nodes.connectionCount(node);
        int code = nodes.connectionList(node);
        if (code == 0) {
            for (int i = 0; i < n; i++) {
                if (((int) (nodes.inlinePair(node, i) >>> 32) & SLOT) == s) {
                    return i;
                }
            }
            return -1;
        }
        int[] list = chunks.page(code);
        int slots = PairChunks.base(code) + chunks.capacity(code);
        for (int i = 0; i < n; i++) {
            if ((list[slots + i] & SLOT) == s) {
                return i;
            }
        }
        return -1;
    }

    // Newest first: a reply or a follow-up goes over a connection made moments ago. (A pair
    // has at most one current connection, so the direction does not change the answer.)

    /** The current connection to {@code other} among the {@code n} pairs in {@code node}'s row, or -1. */
    private int scanRow(int node, int n, int other) {
        for (int i = n - 1; i >= 0; i--) {
            long pair = nodes.inlinePair(node, i);
            if ((int) pair == other && current((int) (pair >>> 32))) {
                return (int) (pair >>> 32);
            }
        }
        return -1;
    }

    /** The current connection to {@code other} among the first {@code n} pairs of chunk {@code code}, or -1. */
    private int scanChunk(int code, int n, int other) {
        int[] list = chunks.page(code);
        int base = PairChunks.base(code);
        int slots = base + chunks.capacity(code);
        for (int i = n - 1; i >= 0; i--) {
            if (list[base + i] == other && current(list[slots + i])) {
                return list[slots + i];
            }
        }
        return -1;
    }

    /**
     * Adds connection {@code s} to both ends as the pair's current connection; the pair must
     * have none ({@link #get} returned -1, or the one it returned was superseded or removed).
     */
    void add(int s) {
        int opener = pool.opener(s);
        int acceptor = pool.acceptor(s);
        pool.current(s, true);
        append(opener, acceptor, s);
        append(acceptor, opener, s);
        nodes.lastAccepted(acceptor, s, opener);
    }

    /** Lookups stop finding {@code s}; it stays listed with both ends until {@link #remove}. */
    void supersede(int s) {
        pool.current(s, false);
    }

    /** Forgets connection {@code s} at both ends. */
    void remove(int s) {
        pool.current(s, false);
        unlink(pool.opener(s), s);
        unlink(pool.acceptor(s), s);
    }

    /** How many connections node {@code node} is listed with (current or superseded). */
    int count(int node) {
        return node < nodes.capacity() ? nodes.connectionCount(node) : 0;
    }

    /** The slot of the {@code i}-th connection of {@code node}, in the order they were made. */
    int at(int node, int i) {
        int code = nodes.connectionList(node);
        if (code == 0) {
            return (int) (nodes.inlinePair(node, i) >>> 32) & SLOT;
        }
        return chunks.page(code)[PairChunks.base(code) + chunks.capacity(code) + i] & SLOT;
    }

    /** A copy of {@code node}'s connection slots, for walking them while they change. */
    int[] snapshot(int node) {
        int n = count(node);
        if (n == 0) {
            return NO_SLOTS;
        }
        int[] slots = new int[n];
        for (int i = 0; i < n; i++) {
            slots[i] = at(node, i);
        }
        return slots;
    }

    private void append(int node, int other, int s) {
        int n = nodes.connectionCount(node);
        int code = nodes.connectionList(node);
        if (code == 0 && n < INLINE) {
            nodes.inlinePair(node, n, pair(other, s));
            nodes.connectionCount(node, n + 1);
            return;
        }
        if (code == 0) {
            code = moveToChunk(node, n);
        } else if (n == chunks.capacity(code)) {
            // Doubling into a chunk of the next class; the old one goes back to the pages.
            int grown = chunks.allocate(chunks.classOf(code) + 1);
            int[] from = chunks.page(code);
            int[] to = chunks.page(grown);
            int was = PairChunks.base(code);
            int now = PairChunks.base(grown);
            System.arraycopy(from, was, to, now, n);
            System.arraycopy(from, was + n, to, now + 2 * n, n);
            chunks.free(code);
            code = grown;
            nodes.connectionList(node, code);
        }
        int[] list = chunks.page(code);
        int base = PairChunks.base(code);
        list[base + n] = other;
        list[base + chunks.capacity(code) + n] = s;
        nodes.connectionCount(node, n + 1);
        nodes.addPeer(node, other);
    }

    private static long pair(int other, int s) {
        return ((long) s << 32) | (other & 0xFFFF_FFFFL);
    }

    /** Moves the {@code n} pairs in {@code node}'s row to a chunk with room for more, and makes the row's filter of them. */
    private int moveToChunk(int node, int n) {
        int code = chunks.allocate(PairChunks.classFor(2 * INLINE));
        int[] list = chunks.page(code);
        int base = PairChunks.base(code);
        int slots = base + chunks.capacity(code);
        for (int i = 0; i < n; i++) {
            long pair = nodes.inlinePair(node, i);
            list[base + i] = (int) pair;
            list[slots + i] = (int) (pair >>> 32);
        }
        nodes.clearPeers(node);
        for (int i = 0; i < n; i++) {
            nodes.addPeer(node, list[base + i]);
        }
        nodes.connectionList(node, code);
        return code;
    }

    /** Moves {@code node}'s {@code n} pairs from chunk {@code code} back into its row, over the filter. */
    private void moveToRow(int node, int code, int n) {
        int[] list = chunks.page(code);
        int base = PairChunks.base(code);
        int slots = base + chunks.capacity(code);
        nodes.clearPeers(node);
        for (int i = 0; i < n; i++) {
            nodes.inlinePair(node, i, pair(list[base + i], list[slots + i]));
        }
        chunks.free(code);
        nodes.connectionList(node, 0);
    }

    private void unlink(int node, int s) {
        int i = indexOfSlot(node, s);
        if (i < 0) {
            return;
        }
        int n = nodes.connectionCount(node);
        int code = nodes.connectionList(node);
        nodes.connectionCount(node, n - 1);
        // Shift, not swap: the order connections were made in stays the order they are walked
        // in (failure reports go out in it).
        if (code == 0) {
            for (int j = i + 1; j < n; j++) {
                nodes.inlinePair(node, j - 1, nodes.inlinePair(node, j));
            }
            nodes.inlinePair(node, n - 1, 0);
            return;
        }
        int[] list = chunks.page(code);
        int base = PairChunks.base(code);
        int slots = base + chunks.capacity(code);
        System.arraycopy(list, base + i + 1, list, base + i, n - i - 1);
        System.arraycopy(list, slots + i + 1, list, slots + i, n - i - 1);
        if (n - 1 <= INLINE / 2) {
            // Back to the row (not at INLINE, so a list at the edge does not move to and fro).
            moveToRow(node, code, n - 1);
        } else {
            // The peer's bits stay in the node's filter until a lookup makes it again.
            nodes.peerRemoved(node);
        }
    }
}

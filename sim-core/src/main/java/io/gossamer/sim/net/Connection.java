package io.gossamer.sim.net;

import java.util.ArrayList;

/** One connection between two nodes, from the first handshake packet to its close. */
final class Connection {
    /** Where a connection is in its life. */
    enum State {
        /** The SYN is travelling to the acceptor. */
        OPENING,
        /** The acceptor took it; the answer is travelling back. */
        ACCEPTED,
        /** Refused, or the acceptor died: the opener learns it when the connect timeout ends. */
        FAILING,
        /** Open: messages flow; closes when idle unless permanent. */
        OPEN,
        /** Closed or failed, and forgotten by the network; late events about it do nothing. */
        CLOSED
    }

    final int opener;
    final int acceptor;
    /** When the opener started the handshake. */
    final long started;
    State state = State.OPENING;
    /** Opened with {@link Connect}: no idle timeout. */
    boolean permanent;
    /** The opener asked with {@link Connect}, so it is told when the connection is open. */
    boolean announce;
    /** Why the handshake failed, once that is known. */
    DropReason failure;
    long lastUsed;
    /** The round trip the handshake took (the path's round trip the retransmission timeout starts from). */
    long rtt;
    /** Messages sent before the handshake completed; null when there are none. */
    ArrayList<Message> pending;

    Connection(int opener, int acceptor, long started) {
        this.opener = opener;
        this.acceptor = acceptor;
        this.started = started;
        this.lastUsed = started;
    }

    boolean isOpen() {
        return state == State.OPEN;
    }

    boolean isClosed() {
        return state == State.CLOSED;
    }

    int other(int node) {
        return node == opener ? acceptor : opener;
    }

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }
}

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

    private static final State[] STATES = State.values();

    final int opener;
    final int acceptor;
    /** When the opener started the handshake. */
    final long started;
    /** The {@link State}'s ordinal: a byte rather than a reference, as millions can be live. */
    private byte state;
    /** Opened with {@link Connect}: no idle timeout. */
    boolean permanent;
    /** The opener asked with {@link Connect}, so it is told when the connection is open. */
    boolean announce;
    /** Why the handshake failed, once that is known. */
    DropReason failure;
    long lastUsed;
    /** The round trip the handshake took (the path's round trip the retransmission timeout starts from). */
    long rtt;
    /** The latest connection of its pair, the one lookups find (see {@link ConnectionTable}). */
    boolean current;
    /**
     * Messages sent before the handshake completed: null, the one message, or an
     * {@code ArrayList<Message>} of several, oldest first. Nearly always exactly one, so the
     * common case allocates nothing.
     */
    private Object pending;

    Connection(int opener, int acceptor, long started) {
        this.opener = opener;
        this.acceptor = acceptor;
        this.started = started;
        this.lastUsed = started;
    }

    State state() {
        return STATES[state];
    }

    void state(State s) {
        state = (byte) s.ordinal();
    }

    boolean isOpen() {
        return state == State.OPEN.ordinal();
    }

    boolean isClosed() {
        return state == State.CLOSED.ordinal();
    }

    /** Queues {@code m} until the handshake completes. */
    @SuppressWarnings("unchecked")
    void addPending(Message m) {
        if (pending == null) {
            pending = m;
        } else if (pending instanceof Message first) {
            ArrayList<Message> list = new ArrayList<>(4);
            list.add(first);
            list.add(m);
            pending = list;
        } else {
            ((ArrayList<Message>) pending).add(m);
        }
    }

    /** Messages waiting for the handshake. */
    int pendingCount() {
        return pending == null ? 0 : pending instanceof Message ? 1 : ((ArrayList<?>) pending).size();
    }

    /** The {@code i}-th waiting message, oldest first. */
    Message pendingAt(int i) {
        return pending instanceof Message m ? m : (Message) ((ArrayList<?>) pending).get(i);
    }

    /** Forgets the waiting messages. */
    void clearPending() {
        pending = null;
    }

    int other(int node) {
        return node == opener ? acceptor : opener;
    }
}

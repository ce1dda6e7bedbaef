package io.gossamer.sim.net;

import io.gossamer.sim.core.Simulation;
import java.util.Arrays;

/**
 * The network's connections: handshakes, NAT refusals and hole punching, idle closes, breaks
 * when a node dies, and the connection counters. Each connection is a slot of the
 * {@link ConnectionPool} that moves through the pool's states; timed steps (SYN arrival,
 * answer, failure report, idle check) are kernel events that name the slot (as their target,
 * with no payload) and do nothing once their connection is closed. A slot is reused only once
 * no pending event names it (each scheduled event holds a reference on it until it has run).
 * Messages themselves go through the network's model chain; a copy that loss takes on a
 * connection is resent after the retransmission timeout ({@link ConnectionConfig#minRto}),
 * so loss on a connection costs time, not the message.
 */
final class ConnectionManager {
    private static final int NONE = -1;

    private final SimNetwork net;
    /** The per-node rows, which hold each node's connection counters (see {@link NodeTable#widen}). */
    private final NodeTable nodes;
    private final Simulation sim;
    private final ConnectionConfig config;
    /** Every connection's state, by slot. */
    private final ConnectionPool pool = new ConnectionPool();
    /** Every node's connections (open, opening or failing); null until the first handshake. */
    private ConnectionTable connections;
    /** Copies resent per node; null until the first handshake. */
    private long[] retransmitted;
    private long totalRetransmissions;
    private final int synSink;
    private final int answerSink;
    private final int failSink;
    private final int idleSink;
    private final int firstIdleSink;
    /** Open connections waiting for their first idle check, which falls due in opening order. */
    private final ConnectionFifo firstIdleChecks = new ConnectionFifo();
    private final int signalSink;
    private final int resendSink;

    /** A copy lost on connection {@code slot}, waiting for its retransmission timeout. */
    private record Segment(Message message, int src, int slot, int attempt) {
    }

    ConnectionManager(SimNetwork net, NodeTable nodes, Simulation sim, ConnectionConfig config) {
        this.net = net;
        this.nodes = nodes;
        this.sim = sim;
        this.config = config;
        this.synSink = sim.registerSink("net.syn", new SlotSink(this, SlotSink.SYN));
        this.answerSink = sim.registerSink("net.syn-answer", new SlotSink(this, SlotSink.ANSWER));
        this.failSink = sim.registerSink("net.connect-failed", (slot, none) -> onConnectFailed(slot));
        this.idleSink = sim.registerSink("net.idle", new SlotSink(this, SlotSink.IDLE));
        this.firstIdleSink = sim.registerSink("net.idle-first", (slot, none) -> onFirstIdleCheck());
        this.signalSink = sim.registerSink("net.signal", net::signalNow);
        this.resendSink = sim.registerSink("net.retransmit", (src, segment) -> onResend((Segment) segment));
    }

    /** What the events of slot {@code s} read first: its ends and their rows (see {@link SlotSink}). */
    long readAhead(int s) {
        return pool.readAhead(s) + (s < 0 ? 0 : nodes.readAhead(pool.opener(s)) + nodes.readAhead(pool.acceptor(s)));
    }

    /**
     * What a reply to a message {@code node} receives from {@code from} will read first: the
     * connection {@code from} opened to it last, if it did (see {@link ConnectionTable#find}).
     */
    long readAheadReply(int node, int from) {
        int s = nodes.replySlot(node, from);
        return s < 0 ? 0 : pool.readAhead(s);
    }

    /** Grows the per-node tables (once they exist) to {@code n} nodes. */
    void resize(int n) {
        if (connections != null) {
            retransmitted = Arrays.copyOf(retransmitted, n);
        }
    }

    // ---------------------------------------------------------------- requests

    void connect(int src, int dst) {
        int s = current(src, dst);
        if (s == NONE) {
            s = handshake(src, dst);
        } else if (pool.isOpen(s)) {
            pool.makePermanent(s);
            connections.markSteady(s);
            net.signalNow(src, new ConnectionEvent.Opened(net.addressOf(dst)));
            return;
        }
        pool.makePermanent(s);
        pool.announceWhenOpen(s);
    }

    void disconnect(int src, int dst) {
        int s = src < 0 || dst < 0 || connections == null ? NONE : connections.get(src, dst);
        if (s == NONE) {
            return;
        }
        boolean wasOpen = pool.isOpen(s);
        remove(s);
        dropPending(s, DropReason.NOT_CONNECTED);
        pool.freeIfDone(s);
        if (wasOpen) {
            signalLater(sim.now() + net.latencyDraw(src, dst), dst, new ConnectionEvent.Closed(net.addressOf(src)));
        }
    }

    /** Sends a STREAM message over the connection, opening one first if there is none. */
    void send(Message message, int src, int dst) {
        int found = connections == null ? NONE : connections.find(src, dst);
        if (found >= 0 && ConnectionTable.isSteady(found)) {
            // Open and permanent: no idle timeout to renew (lastUsed is read only for
            // connections that can go idle), so the send does not touch the slot at all.
            net.countSent(src, message.sizeBytes());
            net.transmit(message, src, dst, ConnectionTable.slotOf(found), 0);
            return;
        }
        int s = current(found < 0 ? NONE : ConnectionTable.slotOf(found));
        if (s == NONE) {
            s = handshake(src, dst);
        }
        if (!pool.isOpen(s)) {
            pool.addPending(s, message);
            return;
        }
        pool.lastUsed(s, sim.now());
        net.countSent(src, message.sizeBytes());
        net.transmit(message, src, dst, s, 0);
    }

    /**
     * Loss took a copy on connection {@code s} (its {@code attempt}-th resend, 0 for the
     * original) that left the sender at {@code departure}: the sender resends it when the
     * retransmission timeout expires, as a TCP sender does when no acknowledgement came.
     */
    void lost(Message message, int src, int s, int attempt, long departure) {
        long at = departure + config.rto(pool.rtt(s), attempt);
        pool.retain(s);
        sim.schedule(at, resendSink, src, new Segment(message, src, s, attempt + 1));
    }

    private void onResend(Segment segment) {
        int s = segment.slot();
        int dst = pool.other(s, segment.src());
        if (!pool.isOpen(s)) {
            // The connection broke (the peer failed, or a side closed it) before the copy got through.
            net.drop(dst, segment.message(), net.isAlive(dst) ? DropReason.NOT_CONNECTED : DropReason.DEAD_NODE);
        } else {
            retransmitted[segment.src()]++;
            totalRetransmissions++;
            pool.lastUsed(s, sim.now());
            net.transmit(segment.message(), segment.src(), dst, s, segment.attempt());
        }
        pool.release(s);
    }

    /** Copies resent over connections because loss took them, over all nodes. */
    long retransmissions() {
        return totalRetransmissions;
    }

    /** True if a datagram from {@code src} may pass {@code dst}'s NAT; marks the connection used. */
    boolean admitsDatagram(int src, int dst) {
        int s = current(src, dst);
        if (s == NONE || !pool.isOpen(s)) {
            return false;
        }
        pool.lastUsed(s, sim.now());
        return true;
    }

    // ---------------------------------------------------------------- the handshake

    /** Starts a handshake between two nodes that have no current connection (see {@link #current}). */
    private int handshake(int src, int dst) {
        if (connections == null) {
            connections = new ConnectionTable(pool, nodes);
            retransmitted = new long[net.capacity()];
        }
        long now = sim.now();
        int s = pool.open(src, dst, now);
        connections.add(s);
        // The SYN is not subject to loss: a real stack retransmits it within the timeout.
        schedule(now + net.latencyDraw(src, dst), synSink, s);
        return s;
    }

    /** Schedules a step of connection {@code s}, which keeps its slot until the step has run. */
    private void schedule(long time, int sink, int s) {
        pool.retain(s);
        sim.schedule(time, sink, s, null);
    }

    void onSyn(int s) {
        if (!pool.isClosed(s)) {
            syn(s);
        }
        pool.release(s);
    }

    private void syn(int s) {
        int opener = pool.opener(s);
        int dst = pool.acceptor(s);
        boolean punched = false;
        DropReason refusal = null;
        if (!net.isAlive(dst)) {
            refusal = DropReason.DEAD_NODE;
        } else if (net.isPartitioned(opener, dst)) {
            refusal = DropReason.PARTITION;
        } else if (!net.natOf(dst).isPublic()) {
            punched = config.holePunching() && net.natOf(opener).canHolePunch(net.natOf(dst));
            if (!punched) {
                refusal = DropReason.NAT;
                net.drop(dst, null, DropReason.NAT);
            }
        }
        if (refusal != null) {
            fail(s, refusal, pool.started(s) + config.connectTimeout());
            return;
        }
        pool.state(s, ConnectionPool.ACCEPTED);
        nodes.countAccepted(dst);
        long back = net.latencyDraw(dst, opener);
        // Hole punching goes through a rendezvous first: one more round trip.
        long extra = punched ? back + net.latencyDraw(opener, dst) : 0;
        schedule(sim.now() + back + extra, answerSink, s);
    }

    void onAnswer(int s) {
        if (!pool.isClosed(s)) {
            answer(s);
        }
        pool.release(s);
    }

    private void answer(int s) {
        int opener = pool.opener(s);
        int acceptor = pool.acceptor(s);
        if (!net.isAlive(acceptor)) {
            fail(s, DropReason.DEAD_NODE, Math.max(sim.now(), pool.started(s) + config.connectTimeout()));
            return;
        }
        long now = sim.now();
        Object waiting = pool.takePending(s);
        pool.opened(s, now);
        if (pool.permanent(s)) {
            connections.markSteady(s);
        }
        nodes.countOpened(opener);
        if (pool.announce(s)) {
            net.signalNow(opener, new ConnectionEvent.Opened(net.addressOf(acceptor)));
        }
        for (int i = 0, n = ConnectionPool.count(waiting); i < n; i++) {
            Message m = ConnectionPool.at(waiting, i);
            int src = m.source().id();
            net.countSent(src, m.sizeBytes());
            net.transmit(m, src, pool.other(s, src), s, 0);
        }
        if (!pool.permanent(s)) {
            // Due at now + idle timeout, so after every first check queued before.
            pool.retain(s);
            firstIdleChecks.add(s);
            if (firstIdleChecks.size() == 1) {
                scheduleFirstIdleCheck(s);
            }
        }
    }

    /** The handshake failed for {@code reason}; the opener learns it at {@code reportAt}. */
    private void fail(int s, DropReason reason, long reportAt) {
        pool.state(s, ConnectionPool.FAILING);
        pool.failure(s, reason);
        schedule(reportAt, failSink, s);
    }

    private void onConnectFailed(int s) {
        if (!pool.isClosed(s)) {
            int opener = pool.opener(s);
            DropReason failure = pool.failure(s);
            remove(s);
            nodes.countFailed(opener);
            dropPending(s, failure);
            net.signalNow(opener, new ConnectionEvent.Failed(net.addressOf(pool.acceptor(s)), failure));
        }
        pool.release(s);
    }

    // ---------------------------------------------------------------- idle and broken connections

    /** The slot of the connection between two nodes (or NONE), after closing it if it has been idle too long. */
    private int current(int a, int b) {
        return current(connections == null ? NONE : connections.get(a, b));
    }

    /** {@link #current(int, int)} of the slot the table found (or NONE). */
    private int current(int s) {
        if (s == NONE) {
            return NONE;
        }
        int state = pool.state(s);
        if (state == ConnectionPool.OPEN && expired(s)) {
            closeIdle(s);
            return NONE;
        }
        if (state == ConnectionPool.FAILING) {
            // Refused, or its acceptor was dead: a new attempt (the acceptor may have restarted
            // meanwhile) starts a new handshake. The failed one still reports at its time.
            connections.supersede(s);
            return NONE;
        }
        return s;
    }

    private boolean expired(int s) {
        return !pool.permanent(s) && sim.now() - pool.lastUsed(s) >= config.idleTimeout();
    }

    private void onFirstIdleCheck() {
        // The FIFO's reference on the slot passes to this check.
        int s = firstIdleChecks.poll();
        if (!firstIdleChecks.isEmpty()) {
            scheduleFirstIdleCheck(firstIdleChecks.peek());
        }
        idleCheck(s);
        pool.release(s);
    }

    /** The oldest waiting connection's first check: an idle timeout after it opened. */
    private void scheduleFirstIdleCheck(int s) {
        sim.schedule(pool.openedAt(s) + config.idleTimeout(), firstIdleSink, pool.opener(s), null);
    }

    void onIdleCheck(int s) {
        idleCheck(s);
        pool.release(s);
    }

    private void idleCheck(int s) {
        if (pool.isClosed(s) || pool.permanent(s)) {
            return;
        }
        if (expired(s)) {
            closeIdle(s);
        } else {
            schedule(pool.lastUsed(s) + config.idleTimeout(), idleSink, s);
        }
    }

    private void closeIdle(int s) {
        int opener = pool.opener(s);
        int acceptor = pool.acceptor(s);
        remove(s);
        pool.freeIfDone(s);
        net.signalNow(opener, new ConnectionEvent.Closed(net.addressOf(acceptor)));
        net.signalNow(acceptor, new ConnectionEvent.Closed(net.addressOf(opener)));
    }

    /** A node died: its connections break; the other ends learn it after the detection delay. */
    void breakConnections(int node) {
        if (connections == null) {
            return;
        }
        for (int s : connections.snapshot(node)) {
            if (!pool.current(s)) {
                // A failing handshake a newer attempt superseded: it reports at its own time.
                continue;
            }
            int other = pool.other(s, node);
            boolean wasOpen = pool.isOpen(s);
            if (!wasOpen && pool.acceptor(s) == node) {
                // The opener finds out through its handshake, which will fail.
                continue;
            }
            remove(s);
            pool.freeIfDone(s);
            if (wasOpen) {
                signalLater(sim.now() + config.failureDetection(), other,
                        new ConnectionEvent.Closed(net.addressOf(node)));
            }
        }
    }

    /** Closes connection {@code s} and forgets it in the tables; its slot stays until {@link ConnectionPool#freeIfDone}. */
    private void remove(int s) {
        pool.state(s, ConnectionPool.CLOSED);
        connections.remove(s);
    }

    private void dropPending(int s, DropReason reason) {
        Object waiting = pool.takePending(s);
        for (int i = 0, n = ConnectionPool.count(waiting); i < n; i++) {
            Message m = ConnectionPool.at(waiting, i);
            int src = m.source().id();
            net.countSent(src, m.sizeBytes());
            net.drop(pool.other(s, src), m, reason);
        }
    }

    private void signalLater(long time, int node, ConnectionEvent event) {
        sim.schedule(time, signalSink, node, event);
    }

    // ---------------------------------------------------------------- statistics

    ConnectionStats stats(int node) {
        if (node < 0 || node >= net.capacity() || connections == null) {
            return new ConnectionStats(0, 0, 0, 0);
        }
        return new ConnectionStats(nodes.opened(node), nodes.accepted(node), nodes.failed(node), openConnections(node),
                retransmitted[node]);
    }

    /** Handshakes {@code node} started, successful or not (no walk over its connections). */
    long attempts(int node) {
        if (node < 0 || node >= net.capacity() || connections == null) {
            return 0;
        }
        return nodes.opened(node) + nodes.failed(node);
    }

    boolean isConnected(int a, int b) {
        int s = connections == null ? NONE : connections.get(a, b);
        return s != NONE && pool.isOpen(s) && !expired(s);
    }

    /** Connection slots in use (open, in a handshake, or closed with events still naming them), for memory reports. */
    int liveSlots() {
        return pool.live();
    }

    private int openConnections(int node) {
        int open = 0;
        for (int i = 0, n = connections.count(node); i < n; i++) {
            int s = connections.at(node, i);
            if (pool.current(s) && pool.isOpen(s) && !expired(s)) {
                open++;
            }
        }
        return open;
    }
}

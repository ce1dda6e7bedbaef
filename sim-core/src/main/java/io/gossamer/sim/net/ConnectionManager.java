package io.gossamer.sim.net;

import io.gossamer.sim.core.Simulation;
import java.util.Arrays;

/**
 * The network's connections: handshakes, NAT refusals and hole punching, idle closes, breaks
 * when a node dies, and the connection counters. Each {@link Connection} moves through its
 * {@link Connection.State}s; timed steps (SYN arrival, answer, failure report, idle check)
 * are events on this manager's sinks that do nothing once their connection is closed.
 * Messages themselves go through the network's model chain; a copy that loss takes on a
 * connection is resent after the retransmission timeout ({@link ConnectionConfig#minRto}),
 * so loss on a connection costs time, not the message.
 */
final class ConnectionManager {
    private final SimNetwork net;
    private final Simulation sim;
    private final ConnectionConfig config;
    /** Every node's connections (open, opening or failing); null until the first handshake. */
    private ConnectionTable connections;
    /** Connection counters per node; these arrays stay null until the first handshake. */
    private long[] opened;
    private long[] accepted;
    private long[] failed;
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

    /** A copy lost on a connection, waiting for its retransmission timeout. */
    private record Segment(Message message, int src, Connection connection, int attempt) {
    }

    ConnectionManager(SimNetwork net, Simulation sim, ConnectionConfig config) {
        this.net = net;
        this.sim = sim;
        this.config = config;
        this.synSink = sim.registerSink("net.syn", (dst, conn) -> onSyn((Connection) conn));
        this.answerSink = sim.registerSink("net.syn-answer", (dst, conn) -> onAnswer((Connection) conn));
        this.failSink = sim.registerSink("net.connect-failed", (dst, conn) -> onConnectFailed((Connection) conn));
        this.idleSink = sim.registerSink("net.idle", (dst, conn) -> onIdleCheck((Connection) conn));
        this.firstIdleSink = sim.registerSink("net.idle-first", (dst, conn) -> onFirstIdleCheck((Connection) conn));
        this.signalSink = sim.registerSink("net.signal", net::signalNow);
        this.resendSink = sim.registerSink("net.retransmit", (src, segment) -> onResend((Segment) segment));
    }

    /** Grows the per-node tables (once they exist) to {@code n} nodes. */
    void resize(int n) {
        if (connections != null) {
            connections.resize(n);
            opened = Arrays.copyOf(opened, n);
            accepted = Arrays.copyOf(accepted, n);
            failed = Arrays.copyOf(failed, n);
            retransmitted = Arrays.copyOf(retransmitted, n);
        }
    }

    // ---------------------------------------------------------------- requests

    void connect(int src, int dst) {
        Connection c = current(src, dst);
        if (c == null) {
            c = handshake(src, dst);
        } else if (c.isOpen()) {
            c.permanent = true;
            net.signalNow(src, new ConnectionEvent.Opened(net.addressOf(dst)));
            return;
        }
        c.permanent = true;
        c.announce = true;
    }

    void disconnect(int src, int dst) {
        Connection c = src < 0 || dst < 0 || connections == null ? null : connections.get(src, dst);
        if (c == null) {
            return;
        }
        boolean wasOpen = c.isOpen();
        remove(c);
        dropPending(c, DropReason.NOT_CONNECTED);
        if (wasOpen) {
            signalLater(sim.now() + net.latencyDraw(src, dst), dst, new ConnectionEvent.Closed(net.addressOf(src)));
        }
    }

    /** Sends a STREAM message over the connection, opening one first if there is none. */
    void send(Message message, int src, int dst) {
        Connection c = current(src, dst);
        if (c == null) {
            c = handshake(src, dst);
        }
        if (!c.isOpen()) {
            c.addPending(message);
            return;
        }
        c.lastUsed = sim.now();
        net.countSent(src, message.sizeBytes());
        net.transmit(message, src, dst, c, 0);
    }

    /**
     * Loss took a copy on connection {@code c} (its {@code attempt}-th resend, 0 for the
     * original) that left the sender at {@code departure}: the sender resends it when the
     * retransmission timeout expires, as a TCP sender does when no acknowledgement came.
     */
    void lost(Message message, int src, Connection c, int attempt, long departure) {
        long at = departure + config.rto(c.rtt, attempt);
        sim.schedule(at, resendSink, src, new Segment(message, src, c, attempt + 1));
    }

    private void onResend(Segment s) {
        Connection c = s.connection();
        int dst = c.other(s.src());
        if (!c.isOpen()) {
            // The connection broke (the peer failed, or a side closed it) before the copy got through.
            net.drop(dst, s.message(), net.isAlive(dst) ? DropReason.NOT_CONNECTED : DropReason.DEAD_NODE);
            return;
        }
        retransmitted[s.src()]++;
        totalRetransmissions++;
        c.lastUsed = sim.now();
        net.transmit(s.message(), s.src(), dst, c, s.attempt());
    }

    /** Copies resent over connections because loss took them, over all nodes. */
    long retransmissions() {
        return totalRetransmissions;
    }

    /** True if a datagram from {@code src} may pass {@code dst}'s NAT; marks the connection used. */
    boolean admitsDatagram(int src, int dst) {
        Connection c = current(src, dst);
        if (c == null || !c.isOpen()) {
            return false;
        }
        c.lastUsed = sim.now();
        return true;
    }

    // ---------------------------------------------------------------- the handshake

    private Connection handshake(int src, int dst) {
        if (connections == null) {
            int n = net.capacity();
            connections = new ConnectionTable(n);
            opened = new long[n];
            accepted = new long[n];
            failed = new long[n];
            retransmitted = new long[n];
        }
        long now = sim.now();
        Connection c = new Connection(src, dst, now);
        connections.add(c);
        // The SYN is not subject to loss: a real stack retransmits it within the timeout.
        sim.schedule(now + net.latencyDraw(src, dst), synSink, dst, c);
        return c;
    }

    private void onSyn(Connection c) {
        if (c.isClosed()) {
            return;
        }
        int dst = c.acceptor;
        boolean punched = false;
        DropReason refusal = null;
        if (!net.isAlive(dst)) {
            refusal = DropReason.DEAD_NODE;
        } else if (net.isPartitioned(c.opener, dst)) {
            refusal = DropReason.PARTITION;
        } else if (!net.natOf(dst).isPublic()) {
            punched = config.holePunching() && net.natOf(c.opener).canHolePunch(net.natOf(dst));
            if (!punched) {
                refusal = DropReason.NAT;
                net.drop(dst, null, DropReason.NAT);
            }
        }
        if (refusal != null) {
            fail(c, refusal, c.started + config.connectTimeout());
            return;
        }
        c.state(Connection.State.ACCEPTED);
        accepted[dst]++;
        long back = net.latencyDraw(dst, c.opener);
        // Hole punching goes through a rendezvous first: one more round trip.
        long extra = punched ? back + net.latencyDraw(c.opener, dst) : 0;
        sim.schedule(sim.now() + back + extra, answerSink, c.opener, c);
    }

    private void onAnswer(Connection c) {
        if (c.isClosed()) {
            return;
        }
        if (!net.isAlive(c.acceptor)) {
            fail(c, DropReason.DEAD_NODE, Math.max(sim.now(), c.started + config.connectTimeout()));
            return;
        }
        c.state(Connection.State.OPEN);
        c.lastUsed = sim.now();
        c.rtt = sim.now() - c.started;
        opened[c.opener]++;
        if (c.announce) {
            net.signalNow(c.opener, new ConnectionEvent.Opened(net.addressOf(c.acceptor)));
        }
        int waiting = c.pendingCount();
        for (int i = 0; i < waiting; i++) {
            Message m = c.pendingAt(i);
            int src = m.source().id();
            net.countSent(src, m.sizeBytes());
            net.transmit(m, src, c.other(src), c, 0);
        }
        c.clearPending();
        if (!c.permanent) {
            // Due at now + idle timeout, so after every first check queued before.
            firstIdleChecks.add(c);
            if (firstIdleChecks.size() == 1) {
                scheduleFirstIdleCheck(c);
            }
        }
    }

    /** The handshake failed for {@code reason}; the opener learns it at {@code reportAt}. */
    private void fail(Connection c, DropReason reason, long reportAt) {
        c.state(Connection.State.FAILING);
        c.failure = reason;
        sim.schedule(reportAt, failSink, c.opener, c);
    }

    private void onConnectFailed(Connection c) {
        if (c.isClosed()) {
            return;
        }
        remove(c);
        failed[c.opener]++;
        dropPending(c, c.failure);
        net.signalNow(c.opener, new ConnectionEvent.Failed(net.addressOf(c.acceptor), c.failure));
    }

    // ---------------------------------------------------------------- idle and broken connections

    /** The connection between two nodes, after closing it if it has been idle too long. */
    private Connection current(int a, int b) {
        Connection c = connections == null ? null : connections.get(a, b);
        if (c != null && c.isOpen() && expired(c)) {
            closeIdle(c);
            return null;
        }
        if (c != null && c.state() == Connection.State.FAILING) {
            // Refused, or its acceptor was dead: a new attempt (the acceptor may have restarted
            // meanwhile) starts a new handshake. The failed one still reports at its time.
            connections.supersede(c);
            return null;
        }
        return c;
    }

    private boolean expired(Connection c) {
        return !c.permanent && sim.now() - c.lastUsed >= config.idleTimeout();
    }

    private void scheduleIdleCheck(Connection c) {
        if (!c.permanent) {
            sim.schedule(c.lastUsed + config.idleTimeout(), idleSink, c.opener, c);
        }
    }

    private void onFirstIdleCheck(Connection c) {
        firstIdleChecks.poll();
        if (!firstIdleChecks.isEmpty()) {
            scheduleFirstIdleCheck(firstIdleChecks.peek());
        }
        onIdleCheck(c);
    }

    /** The oldest waiting connection's first check: an idle timeout after it opened (started + rtt). */
    private void scheduleFirstIdleCheck(Connection c) {
        sim.schedule(c.started + c.rtt + config.idleTimeout(), firstIdleSink, c.opener, c);
    }

    private void onIdleCheck(Connection c) {
        if (c.isClosed() || c.permanent) {
            return;
        }
        if (expired(c)) {
            closeIdle(c);
        } else {
            scheduleIdleCheck(c);
        }
    }

    private void closeIdle(Connection c) {
        remove(c);
        net.signalNow(c.opener, new ConnectionEvent.Closed(net.addressOf(c.acceptor)));
        net.signalNow(c.acceptor, new ConnectionEvent.Closed(net.addressOf(c.opener)));
    }

    /** A node died: its connections break; the other ends learn it after the detection delay. */
    void breakConnections(int node) {
        if (connections == null) {
            return;
        }
        for (Connection c : connections.snapshot(node)) {
            if (!c.current) {
                // A failing handshake a newer attempt superseded: it reports at its own time.
                continue;
            }
            int other = c.other(node);
            if (!c.isOpen() && c.acceptor == node) {
                // The opener finds out through its handshake, which will fail.
                continue;
            }
            boolean wasOpen = c.isOpen();
            remove(c);
            if (wasOpen) {
                signalLater(sim.now() + config.failureDetection(), other,
                        new ConnectionEvent.Closed(net.addressOf(node)));
            }
        }
    }

    private void remove(Connection c) {
        c.state(Connection.State.CLOSED);
        connections.remove(c);
    }

    private void dropPending(Connection c, DropReason reason) {
        int waiting = c.pendingCount();
        for (int i = 0; i < waiting; i++) {
            Message m = c.pendingAt(i);
            int src = m.source().id();
            net.countSent(src, m.sizeBytes());
            net.drop(c.other(src), m, reason);
        }
        c.clearPending();
    }

    private void signalLater(long time, int node, ConnectionEvent event) {
        sim.schedule(time, signalSink, node, event);
    }

    // ---------------------------------------------------------------- statistics

    ConnectionStats stats(int node) {
        if (node < 0 || node >= net.capacity() || connections == null) {
            return new ConnectionStats(0, 0, 0, 0);
        }
        return new ConnectionStats(opened[node], accepted[node], failed[node], openConnections(node), retransmitted[node]);
    }

    boolean isConnected(int a, int b) {
        Connection c = connections == null ? null : connections.get(a, b);
        return c != null && c.isOpen() && !expired(c);
    }

    private int openConnections(int node) {
        int open = 0;
        for (int i = 0, n = connections.count(node); i < n; i++) {
            Connection c = connections.at(node, i);
            if (c.current && c.isOpen() && !expired(c)) {
                open++;
            }
        }
        return open;
    }
}

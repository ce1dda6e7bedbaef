package io.gossamer.kompics.examples;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Handler;
import se.sics.kompics.Init;
import se.sics.kompics.Positive;
import se.sics.kompics.Start;
import se.sics.kompics.Stop;
import se.sics.kompics.network.Address;
import se.sics.kompics.network.Network;
import se.sics.kompics.timer.CancelPeriodicTimeout;
import se.sics.kompics.timer.SchedulePeriodicTimeout;
import se.sics.kompics.timer.Timeout;
import se.sics.kompics.timer.Timer;

/**
 * Ping-pong written against Kompics' API only. A pinger sends a ping to each of its peers
 * every period for a number of rounds (then cancels its periodic timeout); every node answers
 * a ping with a pong. Observers see round-trip times and count sends. A node that leaves
 * gracefully says bye to its peers from its Stop handler.
 */
public final class PingPongNode extends ComponentDefinition {
    private final Positive<Network> net = requires(Network.class);
    private final Positive<Timer> timer = requires(Timer.class);
    private final Setup setup;
    private int round;
    private java.util.UUID tick;

    /**
     * A node's peers and observers.
     *
     * @param rtts gets {node, round, rtt in ms} for each pong, or null
     * @param sent counts messages sent, or null
     * @param byes counts byes received, or null
     */
    public static final class Setup extends Init<PingPongNode> {
        final Address self;
        final int node;
        final List<Address> peers;
        final int rounds;
        final long periodMs;
        final Consumer<long[]> rtts;
        final AtomicLong sent;
        final AtomicLong byes;

        public Setup(Address self, int node, List<Address> peers, int rounds, long periodMs,
                Consumer<long[]> rtts, AtomicLong sent, AtomicLong byes) {
            this.self = self;
            this.node = node;
            this.peers = peers;
            this.rounds = rounds;
            this.periodMs = periodMs;
            this.rtts = rtts;
            this.sent = sent;
            this.byes = byes;
        }
    }

    /** The pinger's clock. */
    public static final class Round extends Timeout {
        Round(SchedulePeriodicTimeout request) {
            super(request);
        }
    }

    public PingPongNode(Setup setup) {
        this.setup = setup;
        subscribe(onStart, control);
        subscribe(onStop, control);
        subscribe(onRound, timer);
        subscribe(onPing, net);
        subscribe(onPong, net);
        subscribe(onBye, net);
    }

    private final Handler<Start> onStart = new Handler<>() {
        @Override
        public void handle(Start event) {
            if (setup.rounds > 0 && !setup.peers.isEmpty()) {
                SchedulePeriodicTimeout spt = new SchedulePeriodicTimeout(setup.periodMs, setup.periodMs);
                Round r = new Round(spt);
                spt.setTimeoutEvent(r);
                tick = r.getTimeoutId();
                trigger(spt, timer);
            }
        }
    };

    private final Handler<Stop> onStop = new Handler<>() {
        @Override
        public void handle(Stop event) {
            for (Address peer : setup.peers) {
                send(new Message.Bye(setup.self, peer));
            }
        }
    };

    private final Handler<Round> onRound = new Handler<>() {
        @Override
        public void handle(Round event) {
            round++;
            if (round == setup.rounds) {
                trigger(new CancelPeriodicTimeout(tick), timer);
            }
            long now = System.currentTimeMillis();
            for (Address peer : setup.peers) {
                send(new Message.Ping(setup.self, peer, round, now));
            }
        }
    };

    private final Handler<Message.Ping> onPing = new Handler<>() {
        @Override
        public void handle(Message.Ping ping) {
            send(new Message.Pong(setup.self, ping.getSource(), ping.value, ping.stamp));
        }
    };

    private final Handler<Message.Pong> onPong = new Handler<>() {
        @Override
        public void handle(Message.Pong pong) {
            if (setup.rtts != null) {
                setup.rtts.accept(new long[] {setup.node, pong.value, System.currentTimeMillis() - pong.stamp});
            }
        }
    };

    private final Handler<Message.Bye> onBye = new Handler<>() {
        @Override
        public void handle(Message.Bye bye) {
            if (setup.byes != null) {
                setup.byes.incrementAndGet();
            }
        }
    };

    private void send(Message m) {
        trigger(m, net);
        if (setup.sent != null) {
            setup.sent.incrementAndGet();
        }
    }
}

package io.gossamer.kompics.examples;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Init;
import se.sics.kompics.Positive;
import se.sics.kompics.network.Address;
import se.sics.kompics.network.Network;
import se.sics.kompics.timer.CancelPeriodicTimeout;
import se.sics.kompics.timer.SchedulePeriodicTimeout;
import se.sics.kompics.timer.Timeout;
import se.sics.kompics.timer.Timer;

/**
 * Flooding written against Kompics' API only: a source starts a broadcast every period; every
 * node forwards each broadcast once, on first receipt, to its neighbours except the one it
 * came from. Observers (plain JDK types) see first receipts and count sends.
 */
public final class FloodNode extends ComponentDefinition {
    private final Positive<Network> net = requires(Network.class);
    private final Positive<Timer> timer = requires(Timer.class);
    private final Address self;
    private final int node;
    private final List<Address> neighbours;
    private final int broadcasts;
    private final long periodMs;
    private final Consumer<long[]> receipts;
    private final AtomicLong sent;
    private final java.util.BitSet seen = new java.util.BitSet();
    private int started;
    private java.util.UUID tick;

    /**
     * What a node floods over.
     *
     * @param receipts gets {node, broadcast, time in ms} at each first receipt, or null
     * @param sent counts messages sent, or null
     */
    public static final class Setup extends Init<FloodNode> {
        final Address self;
        final int node;
        final List<Address> neighbours;
        final int broadcasts;
        final long periodMs;
        final Consumer<long[]> receipts;
        final AtomicLong sent;

        public Setup(Address self, int node, List<Address> neighbours, int broadcasts, long periodMs,
                Consumer<long[]> receipts, AtomicLong sent) {
            this.self = self;
            this.node = node;
            this.neighbours = neighbours;
            this.broadcasts = broadcasts;
            this.periodMs = periodMs;
            this.receipts = receipts;
            this.sent = sent;
        }
    }

    /** The source's broadcast clock. */
    public static final class Round extends Timeout {
        Round(SchedulePeriodicTimeout request) {
            super(request);
        }
    }

    public FloodNode(Setup setup) {
        self = setup.self;
        node = setup.node;
        neighbours = setup.neighbours;
        broadcasts = setup.broadcasts;
        periodMs = setup.periodMs;
        receipts = setup.receipts;
        sent = setup.sent;
        subscribe(startHandler, control);
        subscribe(floodHandler, net);
        subscribe(roundHandler, timer);
    }

    private final se.sics.kompics.Handler<se.sics.kompics.Start> startHandler = new se.sics.kompics.Handler<>() {
        @Override
        public void handle(se.sics.kompics.Start event) {
            if (broadcasts > 0) {
                SchedulePeriodicTimeout spt = new SchedulePeriodicTimeout(0, periodMs);
                Round round = new Round(spt);
                spt.setTimeoutEvent(round);
                tick = round.getTimeoutId();
                trigger(spt, timer);
            }
        }
    };

    private final se.sics.kompics.Handler<Round> roundHandler = new se.sics.kompics.Handler<>() {
        @Override
        public void handle(Round event) {
            int id = started++;
            if (started == broadcasts) {
                trigger(new CancelPeriodicTimeout(tick), timer);
            }
            receive(id, null);
        }
    };

    private final se.sics.kompics.Handler<Message.Flood> floodHandler = new se.sics.kompics.Handler<>() {
        @Override
        public void handle(Message.Flood message) {
            receive(message.value, message.getSource());
        }
    };

    private void receive(int id, Address from) {
        if (seen.get(id)) {
            return;
        }
        seen.set(id);
        if (receipts != null) {
            receipts.accept(new long[] {node, id, System.currentTimeMillis()});
        }
        for (Address n : neighbours) {
            if (!n.equals(from)) {
                trigger(new Message.Flood(self, n, id), net);
                if (sent != null) {
                    sent.incrementAndGet();
                }
            }
        }
    }
}

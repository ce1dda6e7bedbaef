package io.gossamer.protocols.gossip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.metrics.MessageStats;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class GossipPartsTest {
    @Test
    void roundsFallAtPhasePlusMultiplesOfThePeriodStrictlyAfterNow() {
        RoundClock aligned = new RoundClock(100, 0);
        assertEquals(100, aligned.delayToNextRound(0));
        assertEquals(99, aligned.delayToNextRound(1));
        assertEquals(100, aligned.delayToNextRound(300));
        RoundClock phased = new RoundClock(100, 30);
        assertEquals(30, phased.delayToNextRound(0));
        assertEquals(100, phased.delayToNextRound(30));
        assertEquals(1, phased.delayToNextRound(129));
        assertThrows(IllegalArgumentException.class, () -> new RoundClock(100, 100));
    }

    @Test
    void heldRumoursExpireAfterMaxRoundsButStaySeen() {
        HeldRumours held = new HeldRumours();
        Rumour a = new Rumour(0, 5, 0, 10);
        Rumour b = new Rumour(1, 6, 0, 20);
        held.add(a, 0);
        held.endRound(2);
        held.add(b, 3);
        Outgoing all = held.all();
        assertArrayEquals(new Rumour[] {a, b}, all.rumours());
        assertArrayEquals(new int[] {1, 4}, all.hops());
        held.endRound(2);
        // a has now been pushed in two rounds, b in one.
        assertArrayEquals(new Rumour[] {b}, held.all().rumours());
        assertTrue(held.seen(0) && held.seen(1) && !held.seen(2));
        BitSet known = new BitSet();
        known.set(1);
        assertEquals(0, held.missingFrom(known).size());
        assertEquals(1, held.missingFrom(new BitSet()).size());
    }

    @Test
    void pushPullCarriesSeveralRumoursAtOnce() {
        GossipRun run = new GossipRun(11, 500, Time.ms(5));
        run.start(500, PushPullGossip.class, a -> new PushPullGossip.Init(a, run.all, new PushPullGossip.Config(Time.ms(100), 2, "random"), 20));
        run.broadcast(0, 1000).broadcast(1, 2000).broadcast(2, 3000);
        assertEquals(StopReason.PREDICATE, run.untilAllDelivered(Time.seconds(30)).reason());
        assertEquals(3, run.log.messageCount());
        for (MessageStats m : run.log.stats()) {
            assertEquals(1.0, m.coverage());
            assertTrue(m.sent() >= 499 && m.hopsMax() >= 1, m.toString());
        }
    }

    @Test
    void pushOverAllNodesWithRandomPhasesReachesEveryone() {
        GossipRun run = new GossipRun(12, 500, Time.ms(5));
        run.start(500, PushGossip.class, a -> new PushGossip.Init(a, run.all, new PushGossip.Config(Time.ms(100), 2, 0, "random"), 20));
        run.broadcast(7, 100);
        assertEquals(StopReason.PREDICATE, run.untilAllDelivered(Time.seconds(30)).reason());
        MessageStats m = run.first();
        assertEquals(500, m.reached());
        // Unsynchronised rounds: last receipts fall anywhere in a period, not just after a round.
        assertTrue(m.t100() > 0 && m.t100() < Time.seconds(3), m.toString());
    }
}

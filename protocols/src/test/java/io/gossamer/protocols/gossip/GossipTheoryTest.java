package io.gossamer.protocols.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.metrics.MessageStats;
import io.gossamer.testing.Stats;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The gossip protocols against the numbers epidemic theory gives on the complete graph
 * (anchors T1, T2), over many seeds. Rounds are counted as follows: every node's rounds fall
 * at k P for k = 1, 2, ... (aligned phase), the rumour is broadcast at t = 0 and every
 * message takes L = 1 ms (much less than P = 100 ms). A node reached by round k's pushes
 * holds the rumour at k P + L (k P + 2 L through a pull's reply) and pushes it from round
 * k + 1 on, as in the synchronous model. The rounds needed to reach all N nodes are then
 * floor(t100 / P): the round whose messages made the last first receipt.
 */
class GossipTheoryTest {
    private static final int N = 1000;
    private static final long PERIOD = Time.ms(100);
    private static final long LATENCY = Time.ms(1);

    @Test
    void pushToOneUniformNodePerRoundReachesAllInAboutLog2NPlusLnNRounds() {
        // T1: N = 1000, mean 17.96, sd 1.3; N = 10^4, mean 23.8, sd 1.1 (Pittel 1987; Monte Carlo checked).
        double[] rounds = pushRounds(N, 100, false);
        report("T1 push f=1 rounds, N=1000", rounds);
        Stats.assertMeanWithinStandardErrors(rounds, 17.96, 1.3, 3, "rounds of push gossip to reach all of 1000 nodes");
        Stats.assertWithin(Stats.sd(rounds), 1.3, 0.4, "sd of the rounds to reach all of 1000 nodes");
        double[] large = pushRounds(10_000, 20, false);
        report("T1 push f=1 rounds, N=10000", large);
        Stats.assertMeanWithinStandardErrors(large, 23.8, 1.1, 3, "rounds of push gossip to reach all of 10000 nodes");
    }

    @Test
    void pushPullNeedsFarFewerRoundsThanPush() {
        double[] push = pushRounds(N, 30, false);
        double[] pushPull = pushRounds(N, 30, true);
        report("push f=1 rounds", push);
        report("push-pull f=1 rounds", pushPull);
        // Push-pull needs log3 N + O(ln ln N) rounds (Karp et al. 2000). In the synchronous model,
        // where a pull is answered with what the peer held when the round began, a Monte Carlo
        // of 1000 runs gives 9.16 (sd 0.50) at N = 1000. Here a pull is answered with what the
        // peer holds when it arrives, which can include a rumour pushed to it earlier in the
        // same round, so the rounds can only be fewer.
        double mean = Stats.mean(pushPull);
        assertTrue(mean < 0.6 * Stats.mean(push), "push-pull " + mean + " rounds against push " + Stats.mean(push));
        assertTrue(mean <= 9.16 + 3 * 0.50 / Math.sqrt(pushPull.length) && mean >= Math.log(N) / Math.log(3),
                "push-pull mean rounds " + mean + " between log3 N and the synchronous model's 9.16");
    }

    @Test
    void infectAndDieReachesTheShareThatSolvesPiEqualsOneMinusExpMinusFPi() {
        // T2: pi = 1 - exp(-f pi). Every run counts, including any that die out early: with f
        // distinct peers per node the rumour cannot die at the origin, and an early death
        // (peers colliding among the first few nodes) has probability O(f^2 / N).
        double[] expected = {0, 0, 0.797, 0.941, 0.980};
        // Standard deviation of one run's share at N = 1000 (Monte Carlo of the model, 2000 runs).
        double[] sd = {0, 0, 0.0166, 0.0085, 0.0046};
        for (int f = 2; f <= 4; f++) {
            double[] shares = new double[100];
            for (int seed = 0; seed < shares.length; seed++) {
                int fanout = f;
                GossipRun run = new GossipRun(seed, N, LATENCY);
                run.start(N, InfectAndDie.class, a -> new InfectAndDie.Init(a, run.all, new InfectAndDie.Config(fanout), 20));
                run.broadcast(0, 100);
                assertEquals(StopReason.NO_EVENTS, run.sim.run().reason());
                MessageStats m = run.first();
                shares[seed] = m.coverage();
                // Each informed node sends exactly f copies, and each copy arrives once.
                assertEquals((long) fanout * m.reached(), m.sent());
                assertEquals(m.sent(), m.reached() - 1 + m.duplicates());
            }
            report("T2 infect-and-die f=" + f + " reached share", shares);
            Stats.assertMeanWithinStandardErrors(shares, expected[f], sd[f], 4,
                    "share of 1000 nodes infect-and-die reaches with f = " + f);
        }
    }

    @Test
    void pushForOneRoundIsInfectAndDieInRoundsAndFallsSilent() {
        double[] shares = new double[30];
        for (int seed = 0; seed < shares.length; seed++) {
            GossipRun run = new GossipRun(seed, N, LATENCY);
            run.start(N, PushGossip.class, a -> new PushGossip.Init(a, run.all, new PushGossip.Config(PERIOD, 2, 1, "aligned"), 20));
            run.broadcast(0, 100);
            RunResult r = run.sim.run();
            // Every node stops its rounds once it has pushed: nothing is left to do.
            assertEquals(StopReason.NO_EVENTS, r.reason());
            assertEquals(0, run.host.timer().activeTimeouts());
            MessageStats m = run.first();
            shares[seed] = m.coverage();
            assertEquals(2L * m.reached(), m.sent());
            assertEquals(m.sent(), m.reached() - 1 + m.duplicates());
            // A node pushes only in the round after it got the rumour: hops count rounds.
            long[] delays = run.log.targetDelays(0);
            assertEquals(delays[delays.length - 1] / PERIOD, m.hopsMax());
        }
        report("push f=2 max-rounds=1 reached share", shares);
        Stats.assertWithin(Stats.mean(shares), 0.797, 0.01, "share of 1000 nodes push with one round per rumour reaches");
    }

    @Test
    void sameSeedSameRun() {
        MessageStats a = pushPull(7).first();
        MessageStats b = pushPull(7).first();
        assertEquals(a, b);
        MessageStats c = pushPull(8).first();
        assertTrue(!a.equals(c), "another seed gives another run");
    }

    private static GossipRun pushPull(long seed) {
        GossipRun run = new GossipRun(seed, N, LATENCY);
        run.start(N, PushPullGossip.class, a -> new PushPullGossip.Init(a, run.all, new PushPullGossip.Config(PERIOD, 1, "random"), 20));
        run.broadcast(0, 100);
        assertEquals(StopReason.PREDICATE, run.untilAllDelivered(Time.seconds(60)).reason());
        return run;
    }

    /** Rounds push (or push-pull) gossip with fanout 1 over all nodes needs to reach all of them, per seed. */
    private static double[] pushRounds(int nodes, int seeds, boolean pull) {
        double[] rounds = new double[seeds];
        for (int seed = 0; seed < seeds; seed++) {
            GossipRun run = new GossipRun(seed, nodes, LATENCY);
            if (pull) {
                run.start(nodes, PushPullGossip.class, a -> new PushPullGossip.Init(a, run.all, new PushPullGossip.Config(PERIOD, 1, "aligned"), 20));
            } else {
                run.start(nodes, PushGossip.class, a -> new PushGossip.Init(a, run.all, new PushGossip.Config(PERIOD, 1, 0, "aligned"), 20));
            }
            run.broadcast(0, 100);
            assertEquals(StopReason.PREDICATE, run.untilAllDelivered(Time.seconds(60)).reason());
            long t100 = run.first().t100();
            long offset = t100 % PERIOD;
            assertTrue(offset == LATENCY || pull && offset == 2 * LATENCY,
                    "the last receipt comes one hop after a round (push) or two (a pull's reply): " + offset);
            rounds[seed] = t100 / PERIOD;
        }
        return rounds;
    }

    private static void report(String what, double[] values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        System.out.printf(Locale.ROOT, "%s: mean %.4f sd %.4f min %.4f max %.4f over %d seeds%n", what, Stats.mean(values),
                Stats.sd(values), min, max, values.length);
    }
}

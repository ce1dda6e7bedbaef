package io.gossamer.sim.net.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Loss models drawn directly. Gilbert-Elliott parameters used throughout: good->bad 0.01,
 * bad->good 0.25, loss 0 in the good state and 0.8 in the bad one. Then P(bad) = 0.01/0.26,
 * the long-run loss rate is 0.8 P(bad) = 0.030769, and a run of consecutive losses goes on with
 * probability 0.75 * 0.8 = 0.6 per message, so runs are geometric with mean 2.5 (sd 1.94).
 * A Bernoulli loss of the same rate has runs of mean 1 / (1 - 0.030769) = 1.032.
 */
class LossModelTest {
    static final double G2B = 0.01;
    static final double B2G = 0.25;
    static final double LOSS_GOOD = 0;
    static final double LOSS_BAD = 0.8;
    static final double GE_RATE = LOSS_BAD * G2B / (G2B + B2G);
    /**
     * Asymptotic variance per message of the GE loss indicator: r(1-r) plus twice the sum of
     * autocovariances, which are Var(loss prob of the state) * (1 - a - b)^k.
     */
    static final double GE_VARIANCE;

    static {
        double pBad = G2B / (G2B + B2G);
        double lambda = 1 - G2B - B2G;
        double stateVar = (LOSS_BAD - LOSS_GOOD) * (LOSS_BAD - LOSS_GOOD) * pBad * (1 - pBad);
        GE_VARIANCE = GE_RATE * (1 - GE_RATE) + 2 * stateVar * lambda / (1 - lambda);
    }

    private static RandomStream stream(String name) {
        return new RandomStreams(7).stream("test." + name, 0);
    }

    private static boolean[] draw(LossModel model, int source, RandomStream r, int n) {
        boolean[] lost = new boolean[n];
        for (int i = 0; i < n; i++) {
            lost[i] = model.lost(source, 99, r);
        }
        return lost;
    }

    static double rate(boolean[] lost) {
        int k = 0;
        for (boolean b : lost) {
            if (b) {
                k++;
            }
        }
        return k / (double) lost.length;
    }

    /** Mean length of the maximal runs of consecutive losses, and (in [1]) their number. */
    static double[] runs(boolean[] lost) {
        long total = 0;
        int count = 0;
        int i = 0;
        while (i < lost.length) {
            if (lost[i]) {
                int j = i;
                while (j < lost.length && lost[j]) {
                    j++;
                }
                total += j - i;
                count++;
                i = j;
            } else {
                i++;
            }
        }
        return new double[] {total / (double) count, count};
    }

    @Test
    void bernoulliRateOverAHundredThousandMessages() {
        int n = 100_000;
        double rate = rate(draw(new BernoulliLoss(0.1), 0, stream("bern"), n));
        // Binomial: sd of the rate sqrt(0.1 * 0.9 / n) = 0.00095; 5 sd.
        Sample.assertWithin(rate, 0.1, 5 * Math.sqrt(0.09 / n), "Bernoulli loss rate");
    }

    @Test
    void bernoulliExtremes() {
        RandomStream r = stream("ext");
        assertEquals(0.0, rate(draw(new BernoulliLoss(0), 0, r, 10_000)));
        assertEquals(1.0, rate(draw(new BernoulliLoss(1), 0, r, 10_000)));
        assertThrows(IllegalArgumentException.class, () -> new BernoulliLoss(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new BernoulliLoss(1.5));
        assertThrows(IllegalArgumentException.class, () -> new BernoulliLoss(Double.NaN));
    }

    @Test
    void gilbertElliottStationaryRateFormula() {
        assertEquals(0.030769, new GilbertElliottLoss(G2B, B2G, LOSS_GOOD, LOSS_BAD).stationaryLossRate(), 1e-6);
        // P(bad) = 0.1/0.4 = 0.25: 0.25 * 0.6 + 0.75 * 0.02 = 0.165.
        assertEquals(0.165, new GilbertElliottLoss(0.1, 0.3, 0.02, 0.6).stationaryLossRate(), 1e-12);
        // A chain that never moves stays good.
        assertEquals(0.05, new GilbertElliottLoss(0, 0, 0.05, 1).stationaryLossRate(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new GilbertElliottLoss(1.1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GilbertElliottLoss(0, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GilbertElliottLoss(0, 0, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new GilbertElliottLoss(0, 0, 0, 2));
    }

    @Test
    void gilbertElliottLongRunRateAndBurstiness() {
        int n = 400_000;
        GilbertElliottLoss ge = new GilbertElliottLoss(G2B, B2G, LOSS_GOOD, LOSS_BAD);
        boolean[] lost = draw(ge, 3, stream("ge"), n);
        // Correlated draws: se = sqrt(GE_VARIANCE / n) = 0.00064; 5 se.
        Sample.assertWithin(rate(lost), ge.stationaryLossRate(), 5 * Math.sqrt(GE_VARIANCE / n), "GE loss rate");
        double[] geRuns = runs(lost);
        // ~4900 runs, geometric with mean 2.5 and sd 1.94: se 0.028; 5 se.
        Sample.assertWithin(geRuns[0], 2.5, 5 * Math.sqrt(3.75 / geRuns[1]), "GE mean loss run");

        boolean[] bern = draw(new BernoulliLoss(ge.stationaryLossRate()), 3, stream("bern-same-rate"), n);
        double[] bernRuns = runs(bern);
        double expectedBern = 1 / (1 - GE_RATE);
        // Geometric with continuation r: variance r / (1 - r)^2; ~12,000 runs: se 0.0017.
        Sample.assertWithin(bernRuns[0], expectedBern,
                5 * Math.sqrt(GE_RATE / ((1 - GE_RATE) * (1 - GE_RATE)) / bernRuns[1]), "Bernoulli mean loss run");
        assertTrue(geRuns[0] > 2 * bernRuns[0], "GE runs " + geRuns[0] + " not burstier than Bernoulli " + bernRuns[0]);
    }

    @Test
    void gilbertElliottKeepsOneChainPerSender() {
        // Both transition probabilities 1: each sender's chain alternates bad (lost), good
        // (delivered), bad, ... from its own first message on, whatever other senders do.
        GilbertElliottLoss ge = new GilbertElliottLoss(1, 1, 0, 1);
        RandomStream r = stream("chains");
        StringBuilder pattern = new StringBuilder();
        int[] senders = {1, 2, 2, 5, 1, 1, 5, 2, 1000};
        for (int s : senders) {
            pattern.append(ge.lost(s, 0, r) ? 'L' : '.');
        }
        // sender:    1  2  2  5  1  1  5  2  1000
        // its msg:   1  1  2  1  2  3  2  3  1
        assertEquals("LL.L.L.LL", pattern.toString());
    }
}

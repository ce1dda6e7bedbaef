package io.gossamer.sim.net.model;

import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;

/**
 * Bursty loss: a two-state Markov chain (good, bad) per sender, stepped once per message the
 * sender transmits. In the good state a message is lost with probability {@code lossGood}, in
 * the bad state with {@code lossBad}. Every sender starts in the good state.
 *
 * <p>The long-run loss rate is {@code (pBad * lossBad + pGood * lossGood)} with
 * {@code pBad = goodToBad / (goodToBad + badToGood)}; mean burst length (in messages) in the
 * bad state is {@code 1 / badToGood}.
 */
public final class GilbertElliottLoss implements LossModel {
    private final double goodToBad;
    private final double badToGood;
    private final double lossGood;
    private final double lossBad;
    private boolean[] bad = new boolean[0];

    /** A chain with the given transition and loss probabilities (each in [0, 1]). */
    public GilbertElliottLoss(double goodToBad, double badToGood, double lossGood, double lossBad) {
        check("goodToBad", goodToBad);
        check("badToGood", badToGood);
        check("lossGood", lossGood);
        check("lossBad", lossBad);
        this.goodToBad = goodToBad;
        this.badToGood = badToGood;
        this.lossGood = lossGood;
        this.lossBad = lossBad;
    }

    private static void check(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
        }
    }

    /** The long-run fraction of messages lost. */
    public double stationaryLossRate() {
        double sum = goodToBad + badToGood;
        double pBad = sum == 0 ? 0 : goodToBad / sum;
        return pBad * lossBad + (1 - pBad) * lossGood;
    }

    @Override
    public boolean lost(int source, int destination, RandomStream random) {
        if (source >= bad.length) {
            bad = Arrays.copyOf(bad, Math.max(source + 1, bad.length * 2));
        }
        boolean inBad = bad[source];
        inBad = inBad ? random.nextDouble() >= badToGood : random.nextDouble() < goodToBad;
        bad[source] = inBad;
        return random.nextDouble() < (inBad ? lossBad : lossGood);
    }

    @Override
    public String toString() {
        return "gilbert-elliott(" + goodToBad + ", " + badToGood + ", " + lossGood + ", " + lossBad + ")";
    }
}

package io.gossamer.sim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.testing.Stats;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Seeded streams: reproducibility, independence and the distributions drawn from them. */
class RandomStreamsTest {

    private static long[] draws(RandomStream s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextLong();
        }
        return out;
    }

    // ------------------------------------------------------------------ reproducibility

    @Test
    void sameSeedPurposeAndIndexGiveTheSameSequence() {
        long[] a = draws(new RandomStreams(42).stream("net.latency", 17), 1000);
        long[] b = draws(new RandomStreams(42).stream("net.latency", 17), 1000);
        assertArrayEquals(a, b);
        assertEquals(1000, Set.copyOf(java.util.Arrays.stream(a).boxed().toList()).size(), "draws repeat");
    }

    @Test
    void knownValuesDoNotDriftBetweenVersions() {
        // SplitMix64 of a known state: the reference output for seed 0 is 0xE220A8397B1DCDAF.
        RandomStream s = new RandomStream(0);
        assertEquals(0xE220A8397B1DCDAFL, s.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, s.nextLong());
        assertEquals(0x06C45D188009454FL, s.nextLong());
    }

    @Test
    void differentPurposesIndicesAndSeedsGiveDifferentSequences() {
        RandomStreams streams = new RandomStreams(42);
        Set<Long> firstDraws = new HashSet<>();
        String[] purposes = {"net.latency", "net.loss", "cyclon.peer", "a", "b", ""};
        for (String p : purposes) {
            for (long i = 0; i < 50; i++) {
                assertTrue(firstDraws.add(streams.stream(p, i).nextLong()), "collision at " + p + "/" + i);
            }
        }
        for (long seed = 0; seed < 50; seed++) {
            assertTrue(firstDraws.add(new RandomStreams(seed * 7919 + 1).stream("net.latency", 0).nextLong()),
                    "collision for seed " + seed);
        }
        // Nearby indices are not shifted copies of one another.
        long[] s0 = draws(streams.stream("x", 0), 100);
        long[] s1 = draws(streams.stream("x", 1), 100);
        Set<Long> zero = new HashSet<>();
        for (long v : s0) {
            zero.add(v);
        }
        for (long v : s1) {
            assertFalse(zero.contains(v), "streams x/0 and x/1 overlap");
        }
    }

    @Test
    void aNewStreamDoesNotChangeTheDrawsOfAnother() {
        long[] alone = draws(new RandomStreams(5).stream("gossip", 3), 200);
        RandomStreams streams = new RandomStreams(5);
        RandomStream interesting = streams.stream("gossip", 3);
        long[] interleaved = new long[200];
        for (int i = 0; i < 200; i++) {
            RandomStream newcomer = streams.stream("metric" + i, i);
            newcomer.nextLong();
            streams.stream("gossip", 4).nextLong();
            interleaved[i] = interesting.nextLong();
        }
        assertArrayEquals(alone, interleaved);
    }

    @Test
    void aStreamIsDeterminedByItsSeedAndItsStateResumesIt() {
        RandomStreams streams = new RandomStreams(9);
        assertArrayEquals(draws(streams.stream("p", 12), 20), draws(new RandomStream(streams.seed("p", 12)), 20));
        assertArrayEquals(draws(streams.stream("p"), 20), draws(streams.stream("p", RandomStreams.GLOBAL), 20));
        // The global stream of a purpose is not node 0's stream of it.
        assertFalse(java.util.Arrays.equals(draws(streams.stream("p"), 20), draws(streams.stream("p", 0), 20)));
        assertEquals(9, streams.masterSeed());

        RandomStream s = streams.stream("p", 1);
        draws(s, 10);
        long state = s.state();
        long[] rest = draws(s, 10);
        RandomStream cursor = new RandomStream(0);
        cursor.setState(state);
        assertArrayEquals(rest, draws(cursor, 10));
    }

    // ------------------------------------------------------------------ ranges and uniformity

    @Test
    void nextIntStaysInRange() {
        RandomStream s = new RandomStreams(1).stream("range");
        int[] bounds = {1, 2, 3, 7, 10, 1000, (1 << 30) + 1, Integer.MAX_VALUE};
        for (int bound : bounds) {
            for (int i = 0; i < 20_000; i++) {
                int v = s.nextInt(bound);
                if (v < 0 || v >= bound) {
                    throw new AssertionError("nextInt(" + bound + ") gave " + v);
                }
            }
        }
        for (long bound : new long[] {1, 3, 1L << 40, Long.MAX_VALUE}) {
            for (int i = 0; i < 20_000; i++) {
                long v = s.nextLong(bound);
                if (v < 0 || v >= bound) {
                    throw new AssertionError("nextLong(" + bound + ") gave " + v);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> s.nextInt(0));
        assertThrows(IllegalArgumentException.class, () -> s.nextInt(-3));
        assertThrows(IllegalArgumentException.class, () -> s.nextLong(0));
    }

    @Test
    void nextIntIsRoughlyUniform() {
        RandomStream s = new RandomStreams(2).stream("uniform");
        long[] counts = new long[10];
        for (int i = 0; i < 200_000; i++) {
            counts[s.nextInt(10)]++;
        }
        Stats.assertUniform(counts, 1e-6, "nextInt(10), 200000 draws");
    }

    @Test
    void nextIntWithALargeNonPowerOfTwoBoundHasNoModuloBias() {
        // With bound 3 * 2^29, a plain "% bound" on 31 bits would make the lower third twice as likely.
        int bound = 3 << 29;
        RandomStream s = new RandomStreams(3).stream("bias");
        long[] counts = new long[12];
        for (int i = 0; i < 120_000; i++) {
            counts[(int) ((long) s.nextInt(bound) * 12 / bound)]++;
        }
        Stats.assertUniform(counts, 1e-6, "nextInt(3 * 2^29) in 12 bins");
        long[] longCounts = new long[12];
        long longBound = 3L << 61;
        for (int i = 0; i < 120_000; i++) {
            longCounts[(int) (s.nextLong(longBound) / (longBound / 12))]++;
        }
        Stats.assertUniform(longCounts, 1e-6, "nextLong(3 * 2^61) in 12 bins");
    }

    @Test
    void nextDoubleIsInTheUnitIntervalAndUniform() {
        RandomStream s = new RandomStreams(4).stream("double");
        int n = 100_000;
        double[] v = new double[n];
        long[] bins = new long[20];
        for (int i = 0; i < n; i++) {
            v[i] = s.nextDouble();
            assertTrue(v[i] >= 0 && v[i] < 1, "nextDouble gave " + v[i]);
            bins[(int) (v[i] * 20)]++;
        }
        Stats.assertUniform(bins, 1e-6, "nextDouble in 20 bins");
        Stats.assertMeanWithinStandardErrors(v, 0.5, Math.sqrt(1.0 / 12), 5, "nextDouble");
        double x = s.nextDouble(-3, 5);
        assertTrue(x >= -3 && x < 5);
    }

    @Test
    void booleanAndBernoulliHaveTheRightRates() {
        RandomStream s = new RandomStreams(5).stream("coin");
        int n = 100_000;
        int heads = 0;
        int hits = 0;
        for (int i = 0; i < n; i++) {
            heads += s.nextBoolean() ? 1 : 0;
            hits += s.nextBernoulli(0.1) ? 1 : 0;
        }
        Stats.assertWithin(heads / (double) n, 0.5, 5 * Math.sqrt(0.25 / n), "share of true from nextBoolean");
        Stats.assertWithin(hits / (double) n, 0.1, 5 * Math.sqrt(0.09 / n), "rate of nextBernoulli(0.1)");
    }

    // ------------------------------------------------------------------ distributions

    @Test
    void gaussianHasMeanZeroAndUnitStandardDeviation() {
        RandomStream s = new RandomStreams(6).stream("gauss");
        int n = 200_000;
        double[] v = new double[n];
        int beyondTwoSigma = 0;
        for (int i = 0; i < n; i++) {
            v[i] = s.nextGaussian();
            if (Math.abs(v[i]) > 2) {
                beyondTwoSigma++;
            }
        }
        Stats.assertMeanWithinStandardErrors(v, 0, 1, 5, "nextGaussian");
        // The sd of the sample sd is about 1/sqrt(2n).
        Stats.assertWithin(Stats.sd(v), 1.0, 5 / Math.sqrt(2.0 * n), "sd of nextGaussian");
        double tail = 2 * (1 - new NormalDistribution().cumulativeProbability(2));
        Stats.assertWithin(beyondTwoSigma / (double) n, tail, 5 * Math.sqrt(tail / n), "share of |z| > 2");
    }

    @Test
    void exponentialHasTheRequestedMean() {
        RandomStream s = new RandomStreams(7).stream("exp");
        int n = 200_000;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = s.nextExponential(3.0);
            assertTrue(v[i] >= 0 && Double.isFinite(v[i]));
        }
        Stats.assertMeanWithinStandardErrors(v, 3.0, 3.0, 5, "nextExponential(3)");
        Stats.assertWithin(Stats.sd(v), 3.0, 0.05, "sd of nextExponential(3)");
    }

    @Test
    void commonsMathDistributionsDrawFromTheStream() {
        RandomStreams streams = new RandomStreams(8);
        int n = 100_000;
        NormalDistribution normal = new NormalDistribution(streams.stream("normal").asCommonsMath(), 10, 2);
        double[] nv = new double[n];
        for (int i = 0; i < n; i++) {
            nv[i] = normal.sample();
        }
        Stats.assertMeanWithinStandardErrors(nv, 10, 2, 5, "NormalDistribution(10, 2) on a stream");
        Stats.assertWithin(Stats.sd(nv), 2, 0.03, "sd of NormalDistribution(10, 2) on a stream");

        ExponentialDistribution exp = new ExponentialDistribution(streams.stream("exponential").asCommonsMath(), 4);
        double[] ev = exp.sample(n);
        Stats.assertMeanWithinStandardErrors(ev, 4, 4, 5, "ExponentialDistribution(4) on a stream");

        // Reproducible: the same stream gives the same samples.
        double[] again = new ExponentialDistribution(new RandomStreams(8).stream("exponential").asCommonsMath(), 4)
                .sample(n);
        assertArrayEquals(ev, again);
        double[] other = new ExponentialDistribution(new RandomStreams(9).stream("exponential").asCommonsMath(), 4)
                .sample(10);
        assertNotEquals(ev[0], other[0]);
    }

    @Test
    void theAdapterSharesTheStreamAndRefusesToBeReseeded() {
        RandomStream s = new RandomStreams(10).stream("adapter");
        RandomGenerator g = s.asCommonsMath();
        assertSame(g, s.asCommonsMath());
        RandomStream twin = new RandomStreams(10).stream("adapter");
        assertEquals(twin.nextLong(), g.nextLong(), "the adapter draws from the stream itself");
        assertEquals(twin.nextLong(), s.nextLong(), "and advances it");
        assertThrows(UnsupportedOperationException.class, () -> g.setSeed(1));
        assertThrows(UnsupportedOperationException.class, () -> g.setSeed(1L));
        assertThrows(UnsupportedOperationException.class, () -> g.setSeed(new int[] {1, 2}));
        assertEquals(twin.nextLong(), s.nextLong(), "a refused reseed leaves the stream where it was");

        for (int i = 0; i < 10_000; i++) {
            float f = g.nextFloat();
            assertTrue(f >= 0 && f < 1, "nextFloat gave " + f);
            int k = g.nextInt(6);
            assertTrue(k >= 0 && k < 6);
        }
        byte[] bytes = new byte[13];
        g.nextBytes(bytes);
        // Replay the same calls on a fresh stream: nextBytes is reproducible too.
        byte[] expected = new byte[13];
        RandomStream replay = new RandomStreams(10).stream("adapter");
        RandomGenerator rg = replay.asCommonsMath();
        rg.nextLong();
        replay.nextLong();
        replay.nextLong();
        for (int i = 0; i < 10_000; i++) {
            rg.nextFloat();
            rg.nextInt(6);
        }
        rg.nextBytes(expected);
        assertArrayEquals(expected, bytes, "nextBytes is reproducible");
        long[] counts = new long[256];
        byte[] many = new byte[256 * 400 + 5];
        g.nextBytes(many);
        for (byte b : many) {
            counts[b & 0xFF]++;
        }
        Stats.assertUniform(counts, 1e-6, "byte values from nextBytes");
    }
}

package io.gossamer.sim.random;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * One deterministic stream of random numbers (SplitMix64). Create streams with
 * {@link RandomStreams}; hold on to a stream rather than asking for it again, since a new
 * stream with the same name starts from the beginning.
 *
 * <p>The state can be read and replaced ({@link #state()}, {@link #setState(long)}), which lets
 * a model keep one stream per node in a {@code long[]} and load it into a single cursor
 * object when it draws. Nothing is cached between draws for that reason (no spare Gaussian).
 */
public final class RandomStream {
    private long state;
    private CommonsMathAdapter adapter;

    /** A stream starting from the given seed. */
    public RandomStream(long seed) {
        this.state = seed;
    }

    /** The current state; {@link #setState(long)} with it resumes the stream exactly. */
    public long state() {
        return state;
    }

    /** Replaces the state (see the class comment). */
    public void setState(long state) {
        this.state = state;
    }

    /** A uniform 64-bit value. */
    public long nextLong() {
        state += SplitMix64.GAMMA;
        return SplitMix64.mix64(state);
    }

    /** A uniform 32-bit value. */
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** A uniform int in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        // Lemire's multiply-shift with rejection of the biased low range.
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** A uniform long in [0, bound). */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
        long r;
        do {
            r = nextLong() >>> 1;
        } while (r >= limit);
        return r % bound;
    }

    /** A uniform double in [0, 1). */
    public double nextDouble() {
        return SplitMix64.toUnitDouble(nextLong());
    }

    /** A uniform double in [low, high). */
    public double nextDouble(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    /** True with probability one half. */
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    /** True with probability {@code p}. */
    public boolean nextBernoulli(double p) {
        return nextDouble() < p;
    }

    /** A standard normal draw (Marsaglia's polar method; the second value is discarded). */
    public double nextGaussian() {
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * StrictMath.log(s) / s);
    }

    /** An exponential draw with the given mean. */
    public double nextExponential(double mean) {
        return -mean * StrictMath.log1p(-nextDouble());
    }

    /**
     * This stream seen as a Commons Math generator, so that its distributions draw from it:
     * {@code new NormalDistribution(stream.asCommonsMath(), mu, sigma)}. Re-seeding through the
     * adapter is refused: streams are seeded only by {@link RandomStreams}.
     */
    public RandomGenerator asCommonsMath() {
        if (adapter == null) {
            adapter = new CommonsMathAdapter(this);
        }
        return adapter;
    }
}

package io.gossamer.sim.random;

import org.apache.commons.math3.random.RandomGenerator;

/** Lets Commons Math distributions draw from a {@link RandomStream}. */
final class CommonsMathAdapter implements RandomGenerator {
    private final RandomStream stream;

    CommonsMathAdapter(RandomStream stream) {
        this.stream = stream;
    }

    @Override
    public void setSeed(int seed) {
        refuseSeeding();
    }

    @Override
    public void setSeed(int[] seed) {
        refuseSeeding();
    }

    @Override
    public void setSeed(long seed) {
        refuseSeeding();
    }

    private static void refuseSeeding() {
        throw new UnsupportedOperationException(
                "Gossamer random streams are seeded from the simulation's master seed only");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long r = stream.nextLong();
            for (int k = 0; k < 8 && i < bytes.length; k++, r >>>= 8) {
                bytes[i++] = (byte) r;
            }
        }
    }

    @Override
    public int nextInt() {
        return stream.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return stream.nextInt(n);
    }

    @Override
    public long nextLong() {
        return stream.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return stream.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return (stream.nextLong() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public double nextDouble() {
        return stream.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return stream.nextGaussian();
    }
}

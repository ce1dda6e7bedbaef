package io.gossamer.sim.random;

import java.nio.charset.StandardCharsets;

/**
 * The SplitMix64 generator as pure functions on a {@code long} state, so that per-node streams
 * can live in a primitive array (eight bytes a node) instead of one object each.
 *
 * <p>A stream's state advances by a fixed odd constant; each output is a strong 64-bit mix of
 * the state. Streams seeded far apart in the 2^64 cycle do not overlap in practice.
 */
public final class SplitMix64 {
    /** The state increment (the golden ratio in 64-bit fixed point). */
    public static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private SplitMix64() {
    }

    /** Mixes a 64-bit value into a well-distributed 64-bit value (a bijection). */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The state that follows {@code state}. */
    public static long advance(long state) {
        return state + GAMMA;
    }

    /** The output for a state that has just been advanced. */
    public static long output(long advancedState) {
        return mix64(advancedState);
    }

    /** A uniform double in [0, 1) from a 64-bit output. */
    public static double toUnitDouble(long bits) {
        return (bits >>> 11) * DOUBLE_UNIT;
    }

    /** A stable 64-bit hash of a name (FNV-1a over its UTF-8 bytes, then mixed). */
    public static long hash(String name) {
        long h = 0xCBF29CE484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return mix64(h);
    }

    /**
     * The seed of the stream named {@code purpose} with index {@code index} (a node id, or 0)
     * under {@code masterSeed}. Depends on nothing else, so adding streams never moves others.
     */
    public static long streamSeed(long masterSeed, String purpose, long index) {
        long base = mix64(masterSeed ^ hash(purpose));
        return mix64(base + mix64(index + 0x632BE59BD9B4E019L));
    }
}

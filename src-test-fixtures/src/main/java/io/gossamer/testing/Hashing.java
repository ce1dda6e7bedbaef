package io.gossamer.testing;

import java.nio.charset.StandardCharsets;

/**
 * A running 64-bit hash for comparing long traces (e.g. every event of a simulation) without
 * storing them. Order-sensitive: the same values added in another order give another hash.
 * Not cryptographic; collisions between differing traces are merely very unlikely.
 */
public final class Hashing {
    private static final long PRIME = 0x100000001B3L;
    private long state = 0xCBF29CE484222325L;
    private long count;

    /** Adds a long value. */
    public Hashing add(long value) {
        // Mix the value first, so that nearby values spread over all bits, then fold it in.
        state = mix(state ^ mix(value + 0x9E3779B97F4A7C15L)) * PRIME;
        count++;
        return this;
    }

    /** Adds an int value. */
    public Hashing add(int value) {
        return add((long) value);
    }

    /** Adds a boolean value. */
    public Hashing add(boolean value) {
        return add(value ? 1L : 0L);
    }

    /** Adds a double value by its bits. */
    public Hashing add(double value) {
        return add(Double.doubleToLongBits(value));
    }

    /** Adds a string (by its UTF-8 bytes and length); {@code null} is distinct from "". */
    public Hashing add(String value) {
        if (value == null) {
            return add(0x5DEECE66DL);
        }
        long h = 0xCBF29CE484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= PRIME;
        }
        add(h);
        return add(value.length());
    }

    /** The hash of everything added so far. */
    public long value() {
        return mix(state ^ count);
    }

    /** How many values were added. */
    public long count() {
        return count;
    }

    /** Hashes a sequence of longs in one call. */
    public static long of(long... values) {
        Hashing h = new Hashing();
        for (long v : values) {
            h.add(v);
        }
        return h.value();
    }

    /** The SplitMix64 finalizer: a bijection that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return String.format("%016x (%d values)", value(), count);
    }
}

package io.gossamer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The helpers themselves must be able to fail, or the tests using them prove nothing. */
class StatsAndHashingTest {

    @Test
    void meanAndSampleStandardDeviation() {
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5.0, Stats.mean(v), 1e-12);
        // Sample sd (n - 1): sum of squares 32, / 7.
        assertEquals(Math.sqrt(32.0 / 7), Stats.sd(v), 1e-12);
        assertEquals(2.5, Stats.mean(new long[] {1, 2, 3, 4}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Stats.mean(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Stats.sd(new double[] {1}));
    }

    @Test
    void assertWithinPassesInsideAndFailsOutsideWithAnInformativeMessage() {
        Stats.assertWithin(1.05, 1.0, 0.1, "inside");
        Stats.assertWithin(0.9, 1.0, 0.1, "on the edge");
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Stats.assertWithin(1.5, 1.0, 0.1, "mean latency"));
        assertTrue(e.getMessage().contains("mean latency"), e.getMessage());
        assertTrue(e.getMessage().contains("1.50000"), e.getMessage());
        assertTrue(e.getMessage().contains("0.1"), e.getMessage());
        assertThrows(AssertionFailedError.class, () -> Stats.assertWithin(Double.NaN, 1.0, 0.1, "NaN"));
    }

    @Test
    void chiSquareSeparatesUniformFromSkewedCounts() {
        long[] flat = {1000, 1010, 990, 1005, 995};
        long[] skewed = {1500, 900, 900, 900, 800};
        assertTrue(Stats.chiSquareUniformityPValue(flat) > 0.5);
        assertTrue(Stats.chiSquareUniformityPValue(skewed) < 1e-6);
        Stats.assertUniform(flat, 1e-6, "flat");
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Stats.assertUniform(skewed, 1e-6, "dice"));
        assertTrue(e.getMessage().contains("dice") && e.getMessage().contains("5 categories"), e.getMessage());
    }

    @Test
    void hashIsDeterministicAndOrderSensitive() {
        assertEquals(Hashing.of(1, 2, 3), Hashing.of(1, 2, 3));
        assertNotEquals(Hashing.of(1, 2, 3), Hashing.of(3, 2, 1));
        assertNotEquals(Hashing.of(1, 2), Hashing.of(1, 2, 0));
        assertNotEquals(new Hashing().add("ab").add("c").value(), new Hashing().add("a").add("bc").value());
        assertNotEquals(new Hashing().add((String) null).value(), new Hashing().add("").value());
        Hashing h = new Hashing().add(1).add(2.5).add(true).add("x");
        assertEquals(5, h.count()); // a string adds its bytes' hash and its length
    }
}

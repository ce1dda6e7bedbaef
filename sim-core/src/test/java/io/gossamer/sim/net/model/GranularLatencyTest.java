package io.gossamer.sim.net.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gossamer.sim.Time;
import io.gossamer.sim.random.RandomStream;
import org.junit.jupiter.api.Test;

/** Delays rounded to whole units, half up, without drawing anything of their own. */
class GranularLatencyTest {

    @Test
    void roundsToTheNearestWholeUnitHalfUp() {
        long ms = Time.MILLISECOND;
        assertEquals(37 * ms, new GranularLatency(new ConstantLatency(37 * ms + ms * 4 / 10), ms).delay(0, 1, null));
        assertEquals(38 * ms, new GranularLatency(new ConstantLatency(37 * ms + ms / 2), ms).delay(0, 1, null));
        assertEquals(38 * ms, new GranularLatency(new ConstantLatency(37 * ms + ms * 6 / 10), ms).delay(0, 1, null));
        assertEquals(0, new GranularLatency(new ConstantLatency(ms / 2 - 1), ms).delay(0, 1, null));
        assertEquals(40 * ms, new GranularLatency(new ConstantLatency(35 * ms), 10 * ms).delay(0, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new GranularLatency(new ConstantLatency(1), 0));
        assertThrows(IllegalArgumentException.class, () -> new GranularLatency(null, 1));
    }

    @Test
    void aRoundedUniformTakesEveryWholeValueWithHalfWeightAtTheEndsAndDrawsTheSame() {
        UniformLatency uniform = new UniformLatency(Time.ms(10), Time.ms(100));
        GranularLatency rounded = new GranularLatency(uniform, Time.MILLISECOND);
        RandomStream a = new RandomStream(9);
        RandomStream b = new RandomStream(9);
        int n = 200_000;
        long[] counts = new long[101];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            long raw = uniform.delay(0, 1, a);
            long d = rounded.delay(0, 1, b);
            assertEquals(0, d % Time.MILLISECOND);
            assertEquals(raw, d, Time.MILLISECOND / 2, "the same draw, rounded");
            counts[(int) (d / Time.MILLISECOND)]++;
            sum += d;
        }
        // 90 ms of range: each inner value has 1/90 of the draws, each end 1/180 (5 standard errors).
        double inner = n / 90.0;
        assertEquals(inner, counts[50], 5 * Math.sqrt(inner));
        assertEquals(inner / 2, counts[10], 5 * Math.sqrt(inner / 2));
        assertEquals(inner / 2, counts[100], 5 * Math.sqrt(inner / 2));
        assertEquals(0, counts[9]);
        assertEquals(Time.ms(55), sum / n, 5 * Time.ms(26) / Math.sqrt(n));
    }
}

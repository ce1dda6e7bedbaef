package io.gossamer.sim.net.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** Positions, access delays and the distance formula of {@link CoordinateLatency}. */
class CoordinateLatencyTest {
    private static final RandomStream UNUSED = new RandomStream(0);

    @Test
    void delayIsDistanceTimesRatePlusBothAccessDelays() {
        CoordinateLatency m = new CoordinateLatency(new RandomStreams(1), 100, Time.MILLISECOND, Time.ms(2));
        m.setPosition(0, 0, 0);
        m.setPosition(1, 3, 4);
        m.setAccessDelay(1, Time.us(700));
        assertEquals(5.0, m.distance(0, 1));
        assertEquals(Time.ms(5) + Time.ms(2) + Time.us(700), m.delay(0, 1, UNUSED));
        assertEquals(m.delay(0, 1, UNUSED), m.delay(1, 0, UNUSED));
        // A message to oneself crosses the access link twice.
        assertEquals(2 * Time.us(700), m.delay(1, 1, UNUSED));
        assertEquals(Time.ms(2), m.accessDelay(0));
        assertEquals(Time.us(700), m.accessDelay(1));
        assertEquals(Time.ms(2), m.accessDelay(12345));
    }

    @Test
    void fractionalDistancesRoundToTheNearestNanosecond() {
        CoordinateLatency m = new CoordinateLatency(new RandomStreams(1), 10, 1000.4, 0);
        m.setPosition(0, 0, 0);
        m.setPosition(1, 1, 1); // sqrt(2) * 1000.4 = 1414.78...
        assertEquals(Math.round(Math.sqrt(2) * 1000.4), m.delay(0, 1, UNUSED));
        assertEquals(1415, m.delay(0, 1, UNUSED));
    }

    @Test
    void drawnPositionsFollowTheDistanceFormula() {
        RandomStreams streams = new RandomStreams(77);
        CoordinateLatency m = new CoordinateLatency(streams, 500, 20_000, Time.us(300));
        m.setAccessDelay(3, 0);
        for (int a = 0; a < 20; a++) {
            for (int b = 0; b < 20; b++) {
                double dx = m.x(a) - m.x(b);
                double dy = m.y(a) - m.y(b);
                long expected = Math.round(Math.sqrt(dx * dx + dy * dy) * 20_000)
                        + (a == 3 ? 0 : Time.us(300)) + (b == 3 ? 0 : Time.us(300));
                assertEquals(expected, m.delay(a, b, UNUSED), "delay " + a + " -> " + b);
            }
        }
    }

    @Test
    void defaultPositionsComeFromEachNodesOwnStream() {
        RandomStreams streams = new RandomStreams(99);
        CoordinateLatency m = new CoordinateLatency(streams, 250, 1, 0);
        for (int node : new int[] {0, 1, 17, 4096}) {
            RandomStream s = streams.stream("net.coordinates", node);
            assertEquals(250 * s.nextDouble(), m.x(node), "x of " + node);
            assertEquals(250 * s.nextDouble(), m.y(node), "y of " + node);
        }
    }

    @Test
    void positionsDoNotDependOnTheOrderNodesAppear() {
        int n = 500;
        CoordinateLatency forward = new CoordinateLatency(new RandomStreams(5), 1000, 1, 0);
        CoordinateLatency backward = new CoordinateLatency(new RandomStreams(5), 1000, 1, 0);
        CoordinateLatency viaDelays = new CoordinateLatency(new RandomStreams(5), 1000, 1, 0);
        double[] fx = new double[n];
        for (int i = 0; i < n; i++) {
            fx[i] = forward.x(i);
        }
        for (int i = n - 1; i >= 0; i--) {
            assertEquals(fx[i], backward.x(i));
            assertEquals(forward.y(i), backward.y(i));
        }
        // Nodes first met as message endpoints in a scrambled order; an explicit position for
        // another node does not move anyone else.
        viaDelays.setPosition(250, -5, -5);
        for (int k = 0; k < n; k++) {
            int a = (int) ((k * 7919L) % n);
            int b = (int) ((k * 104729L + 13) % n);
            viaDelays.delay(a, b, UNUSED);
        }
        for (int i = 0; i < n; i++) {
            if (i != 250) {
                assertEquals(fx[i], viaDelays.x(i), "x of " + i);
                assertEquals(forward.y(i), viaDelays.y(i), "y of " + i);
            }
        }
        assertEquals(-5.0, viaDelays.x(250));
        CoordinateLatency otherSeed = new CoordinateLatency(new RandomStreams(6), 1000, 1, 0);
        assertNotEquals(fx[0], otherSeed.x(0));
    }

    @Test
    void drawnPositionsAreUniformInTheSquare() {
        // 20,000 nodes in the unit square. Coordinates: mean 0.5, sd 1/sqrt(12) = 0.2887, so the
        // mean's standard error is 0.0020; checked to 5 of them. The mean distance between two
        // uniform points of the unit square is (2 + sqrt 2 + 5 ln(1 + sqrt 2)) / 15 = 0.521405
        // with sd 0.2479; over 10,000 disjoint pairs its standard error is 0.0025.
        int n = 20_000;
        CoordinateLatency m = new CoordinateLatency(new RandomStreams(2024), 1, 1e6, 0);
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(m.x(i) >= 0 && m.x(i) < 1 && m.y(i) >= 0 && m.y(i) < 1, "outside the square: " + i);
            sumX += m.x(i);
            sumY += m.y(i);
        }
        double se = Math.sqrt(1.0 / 12 / n);
        Sample.assertWithin(sumX / n, 0.5, 5 * se, "mean x");
        Sample.assertWithin(sumY / n, 0.5, 5 * se, "mean y");
        double sumD = 0;
        for (int i = 0; i < n; i += 2) {
            sumD += m.delay(i, i + 1, UNUSED) / 1e6;
        }
        double expected = (2 + Math.sqrt(2) + 5 * Math.log(1 + Math.sqrt(2))) / 15;
        Sample.assertWithin(sumD / (n / 2), expected, 5 * 0.2479 / Math.sqrt(n / 2.0), "mean distance");
    }

    @Test
    void setPositionReplacesADrawnOne() {
        CoordinateLatency m = new CoordinateLatency(new RandomStreams(3), 10, 1, 0);
        double drawn = m.x(4);
        m.setPosition(4, 1.5, 2.5);
        assertNotEquals(drawn, m.x(4));
        assertEquals(1.5, m.x(4));
        assertEquals(2.5, m.y(4));
    }

    @Test
    void argumentsAreValidated() {
        RandomStreams s = new RandomStreams(1);
        assertThrows(IllegalArgumentException.class, () -> new CoordinateLatency(null, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateLatency(s, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateLatency(s, Double.NaN, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateLatency(s, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateLatency(s, 1, Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateLatency(s, 1, 1, -1));
        CoordinateLatency m = new CoordinateLatency(s, 1, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> m.setPosition(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> m.setPosition(0, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> m.setAccessDelay(0, -5));
        assertThrows(IllegalArgumentException.class, () -> m.setAccessDelay(-2, 5));
        assertThrows(IllegalArgumentException.class, () -> m.delay(-1, 0, UNUSED));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CoordinateLatency(s, -3, 1, 0));
        assertTrue(e.getMessage().contains("-3"), e.getMessage());
    }

    @Test
    void overflowingDelayIsReported() {
        CoordinateLatency m = new CoordinateLatency(new RandomStreams(1), 1, 1e300, 0);
        m.setPosition(0, 0, 0);
        m.setPosition(1, 1e10, 0);
        assertThrows(ArithmeticException.class, () -> m.delay(0, 1, UNUSED));
    }
}

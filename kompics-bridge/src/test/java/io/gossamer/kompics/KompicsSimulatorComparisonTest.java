package io.gossamer.kompics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.kompics.reference.BridgeFigures;
import io.gossamer.kompics.reference.Figures;
import io.gossamer.kompics.reference.KompicsSimMain;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same Kompics components (flooding and ping-pong) under Kompics' own simulator 1.2.1
 * (in a JVM of its own, since it runs in a class loader it builds and keeps global state)
 * and under the bridge, with the same latency model: the message counts and coverage agree
 * seed by seed, and the delays agree in distribution over the seeds.
 */
class KompicsSimulatorComparisonTest {
    static final int SEEDS = 6;
    static final String FLOOD = "flood:100:%s:42:5";
    static final String PING_PONG = "pingpong:10:%s:5";
    static List<Figures> kompics = new ArrayList<>();

    @BeforeAll
    static void runUnderKompicsSimulator() throws IOException, InterruptedException {
        String seeds = seedList();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-cp", classPath, KompicsSimMain.class.getName(), FLOOD.formatted(seeds), PING_PONG.formatted(seeds));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        StringBuilder all = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                all.append(line).append('\n');
                if (line.startsWith("figures ")) {
                    kompics.add(Figures.parse(line));
                }
            }
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), all.toString());
        assertEquals(2 * SEEDS, kompics.size(), all.toString());
    }

    static String seedList() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= SEEDS; i++) {
            s.append(i == 1 ? "" : ",").append(i);
        }
        return s.toString();
    }

    @Test
    void floodingGivesTheSameCountsAndCoverageAndDelaysInDistribution() {
        List<Figures> bridge = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            bridge.add(BridgeFigures.flood(100, seed, 42, 5));
        }
        compare(kompics.subList(0, SEEDS), bridge, 100 * 5);
    }

    @Test
    void pingPongGivesTheSameCountsAndRoundTripsInDistribution() {
        List<Figures> bridge = new ArrayList<>();
        for (int seed = 1; seed <= SEEDS; seed++) {
            bridge.add(BridgeFigures.pingPong(10, seed, 5));
        }
        compare(kompics.subList(SEEDS, 2 * SEEDS), bridge, 9 * 5);
    }

    private static void compare(List<Figures> kompics, List<Figures> bridge, int expectedObservations) {
        double[] k = new double[SEEDS];
        double[] b = new double[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            Figures kf = kompics.get(i);
            Figures bf = bridge.get(i);
            assertEquals(kf.sent(), bf.sent(), "messages sent, seed " + (i + 1));
            assertEquals(expectedObservations, kf.observations(), "coverage under Kompics' simulator");
            assertEquals(expectedObservations, bf.observations(), "coverage under the bridge");
            k[i] = kf.meanMs();
            b[i] = bf.meanMs();
        }
        // Welch: the two means of per-seed mean delays differ by less than 3 standard errors.
        double se = Math.sqrt(variance(k) / SEEDS + variance(b) / SEEDS);
        double diff = Math.abs(mean(k) - mean(b));
        assertTrue(diff < 3 * se, "mean delay " + mean(k) + " ms under Kompics' simulator, " + mean(b)
                + " ms under the bridge: " + diff + " ms apart, standard error " + se);
        // And both sit where the model puts them (a sanity bound, not the test).
        assertTrue(mean(b) > 10 && mean(b) < 500);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double variance(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return s / (v.length - 1);
    }
}

package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.model.CoordinateLatency;
import io.gossamer.sim.net.model.MatrixLatency;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The matrix and coordinate models driving a real simulated network. */
class LatencyModelsInSimulationTest {

    @Test
    void matrixLatencyGivesTransitTimesIncludingWrappedIds() throws Exception {
        MatrixLatency m = MatrixLatency.load(Path.of(getClass().getResource("/latency/example-upper.txt").toURI()));
        NetHarness h = new NetHarness(1, NetworkConfig.ideal().withLatency(m));
        int n = 8; // more nodes than the 5 of the matrix: 5, 6, 7 reuse rows 0, 1, 2
        Endpoint[] e = new Endpoint[n];
        for (int i = 0; i < n; i++) {
            e[i] = h.node(i);
        }
        h.at(Time.ms(3), () -> {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (a != b) {
                        e[a].send(b, 10, a);
                    }
                }
            }
        });
        h.runToEnd();
        for (int b = 0; b < n; b++) {
            assertEquals(n - 1, e[b].received().size());
            for (Endpoint.Receipt r : e[b].received()) {
                assertEquals(m.nanos(r.source() % 5, b % 5), r.transit(), r.source() + " -> " + b);
            }
        }
        // Spot checks against the file: d(1, 3) = 25 ms; 6 -> 3 is row 1; 7 -> 2 is co-located.
        assertEquals(Time.ms(25), transit(e[3], 1));
        assertEquals(Time.ms(25), transit(e[3], 6));
        assertEquals(0, transit(e[2], 7));
    }

    @Test
    void coordinateLatencyGivesDistancePlusAccessDelays() {
        Simulation sim = new Simulation(8);
        CoordinateLatency c = new CoordinateLatency(sim.random(), 1000, Time.us(10), Time.ms(1));
        NetHarness h = new NetHarness(sim, NetworkConfig.ideal().withLatency(c));
        c.setPosition(0, 0, 0);
        c.setPosition(1, 600, 800); // 1000 units = 10 ms
        c.setAccessDelay(1, Time.ms(4));
        Endpoint a = h.node(0);
        Endpoint b = h.node(1);
        Endpoint d = h.node(2); // drawn position
        h.at(0, () -> {
            a.send(1, 10, 0);
            b.send(2, 10, 1);
        });
        h.runToEnd();
        assertEquals(Time.ms(10) + Time.ms(1) + Time.ms(4), b.received().get(0).transit());
        double dist = Math.hypot(600 - c.x(2), 800 - c.y(2));
        assertEquals(Math.round(dist * Time.us(10)) + Time.ms(4) + Time.ms(1), d.received().get(0).transit());
    }

    private static long transit(Endpoint receiver, int source) {
        return receiver.received().stream().filter(r -> r.source() == source).findFirst().orElseThrow().transit();
    }
}

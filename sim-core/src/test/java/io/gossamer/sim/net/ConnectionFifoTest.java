package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The first-idle-check FIFO keeps opening order across its pages, drained or not. */
class ConnectionFifoTest {
    @Test
    void slotsLeaveInTheOrderTheyCameAcrossPages() {
        ConnectionFifo fifo = new ConnectionFifo();
        int next = 0;
        int expected = 0;
        // Interleave adds and polls so the head and the tail cross page ends at different times.
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 10_000; i++) {
                fifo.add(next++);
            }
            for (int i = 0; i < 7_000; i++) {
                assertEquals(expected, fifo.peek());
                assertEquals(expected++, fifo.poll());
            }
        }
        assertEquals(next - expected, fifo.size());
        while (!fifo.isEmpty()) {
            assertEquals(expected++, fifo.poll());
        }
        assertEquals(next, expected);
        fifo.add(42);
        fifo.add(43);
        assertEquals(2, fifo.size());
        assertEquals(42, fifo.poll());
        assertEquals(43, fifo.poll());
        assertTrue(fifo.isEmpty());
    }
}

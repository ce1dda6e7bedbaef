package io.gossamer.experiments.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapFactsTest {
    @Test
    void sizesReadAsTheJvmReadsThem() {
        assertEquals(600L << 20, HeapFacts.size("600m"));
        assertEquals(2L << 30, HeapFacts.size("2G"));
        assertEquals(1048576, HeapFacts.size("1048576"));
        assertEquals(0, HeapFacts.size("lots"));
    }

    @Test
    void bytesAreShownInAUnitAReaderTakesInAtOnce() {
        assertEquals("512 B", HeapFacts.bytes(512));
        assertEquals("16.0 KiB", HeapFacts.bytes(16 << 10));
        assertEquals("147 MiB", HeapFacts.bytes(147.3 * (1 << 20)));
        assertEquals("1.9 GiB", HeapFacts.bytes(1.9 * (1L << 30)));
    }

    @Test
    void theSuggestedOptionsSetTheHeapInWholeUnits() {
        String small = HeapFacts.javaOptsWithHeap(147L << 20);
        assertTrue(small.startsWith("GOSSAMER_JAVA_OPTS=\"") && small.endsWith(" -Xmx192m\"") || small.equals("GOSSAMER_JAVA_OPTS=\"-Xmx192m\""), small);
        assertTrue(HeapFacts.javaOptsWithHeap((25L << 30) + 1).endsWith("-Xmx26g\""));
    }
}

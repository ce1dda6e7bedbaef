package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The buddy allocator of connection lists: chunks never overlap, keep what was written, and merge again. */
class PairChunksTest {
    @Test
    void classesAndCodes() {
        assertEquals(0, PairChunks.classFor(1));
        assertEquals(0, PairChunks.classFor(4));
        assertEquals(1, PairChunks.classFor(5));
        assertEquals(5, PairChunks.classFor(128));
        PairChunks chunks = new PairChunks();
        for (int k = 0; k <= PairChunks.PAGE_CLASS + 2; k++) {
            int code = chunks.allocate(k);
            assertNotEquals(0, code);
            assertEquals(k, chunks.classOf(code));
            assertEquals(PairChunks.pairsOf(k), chunks.capacity(code));
            assertTrue(PairChunks.base(code) + 2 * chunks.capacity(code) <= chunks.page(code).length);
        }
    }

    @Test
    void freedBuddiesMergeAndAreUsedAgain() {
        PairChunks chunks = new PairChunks();
        int a = chunks.allocate(0);
        int b = chunks.allocate(0);
        long pages = chunks.pageInts();
        chunks.free(a);
        chunks.free(b);
        // The two class-0 chunks were buddies: merged, they are the next class-1 chunk.
        int c = chunks.allocate(1);
        assertEquals(chunks.page(a), chunks.page(c));
        assertEquals(Math.min(PairChunks.base(a), PairChunks.base(b)), PairChunks.base(c));
        assertEquals(pages, chunks.pageInts());
    }

    @Test
    void listsGrowingInStepReuseTheChunksTheyLeave() {
        // 10,000 lists grow one entry at a time, round robin, to 128 entries each: the pages
        // end up little larger than the lists (a doubling array per list would leave as much
        // again behind).
        PairChunks chunks = new PairChunks();
        int n = 10_000;
        int[] codes = new int[n];
        int[] counts = new int[n];
        for (int step = 0; step < 128; step++) {
            for (int i = 0; i < n; i++) {
                codes[i] = append(chunks, codes[i], counts[i]++, i, step);
            }
        }
        for (int i = 0; i < n; i++) {
            check(chunks, codes[i], counts[i], i);
        }
        long listInts = 2L * 128 * n;
        assertTrue(chunks.pageInts() <= listInts * 5 / 4, chunks.pageInts() + " ints in pages for " + listInts);
    }

    @Test
    void randomGrowthAndRelease() {
        SplittableRandom random = new SplittableRandom(7);
        PairChunks chunks = new PairChunks();
        int n = 300;
        int[] codes = new int[n];
        int[] counts = new int[n];
        List<Integer> order = new ArrayList<>();
        for (int step = 0; step < 200_000; step++) {
            int i = random.nextInt(n);
            if (codes[i] != 0 && random.nextInt(50) == 0) {
                check(chunks, codes[i], counts[i], i);
                chunks.free(codes[i]);
                codes[i] = 0;
                counts[i] = 0;
            } else {
                codes[i] = append(chunks, codes[i], counts[i], i, counts[i]);
                counts[i]++;
            }
            order.add(i);
        }
        for (int i = 0; i < n; i++) {
            if (codes[i] != 0) {
                check(chunks, codes[i], counts[i], i);
            }
        }
        // One very long list: past a page, in a page of its own, then given back.
        int big = 0;
        for (int j = 0; j < PairChunks.PAGE_PAIRS + 10; j++) {
            big = append(chunks, big, j, 1_000_000, j);
        }
        check(chunks, big, PairChunks.PAGE_PAIRS + 10, 1_000_000);
        chunks.free(big);
        for (int i = 0; i < n; i++) {
            if (codes[i] != 0) {
                check(chunks, codes[i], counts[i], i);
            }
        }
    }

    /** Appends (owner, j) to the list {@code code} of {@code count} pairs, growing it as ConnectionTable does. */
    private static int append(PairChunks chunks, int code, int count, int owner, int j) {
        if (code == 0) {
            code = chunks.allocate(0);
        } else if (count == chunks.capacity(code)) {
            int grown = chunks.allocate(chunks.classOf(code) + 1);
            System.arraycopy(chunks.page(code), PairChunks.base(code), chunks.page(grown), PairChunks.base(grown), 2 * count);
            chunks.free(code);
            code = grown;
        }
        int at = PairChunks.base(code) + 2 * count;
        chunks.page(code)[at] = owner;
        chunks.page(code)[at + 1] = count;
        return code;
    }

    private static void check(PairChunks chunks, int code, int count, int owner) {
        int[] page = chunks.page(code);
        int base = PairChunks.base(code);
        for (int j = 0; j < count; j++) {
            assertEquals(owner, page[base + 2 * j], "owner of list " + owner + " at " + j);
            assertEquals(j, page[base + 2 * j + 1], "entry " + j + " of list " + owner);
        }
    }
}

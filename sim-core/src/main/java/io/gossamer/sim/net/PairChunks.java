package io.gossamer.sim.net;

import java.util.Arrays;

/**
 * Lists of {@code int} pairs that many owners grow, kept as chunks of shared pages and handed
 * out by a buddy allocator: a list that outgrows its chunk moves to one twice as large, and the
 * chunk it leaves is merged with its buddy when that is free too and used again, instead of
 * an array copy left behind as old-generation garbage at each doubling (the connection lists
 * of a large run: about a kilobyte a node by the time each holds a hundred connections).
 * When every owner's list grows in step, as in a peer-sampling run, the second list of each
 * buddy pair to grow finds the two chunks merged and moves into them, so the pages hold
 * little more than the lists themselves.
 *
 * <p>A chunk of class {@code k} holds {@code 4 << k} pairs. Pages hold {@value #PAGE_PAIRS}
 * pairs; a chunk larger than a page gets a page of its own. A chunk is named by one
 * {@code int} <em>code</em>: its page in the upper bits, and its first pair's offset in the
 * page (aligned to its size) with its class written into the offset's low zero bits as
 * {@code k + 1} trailing ones; a code is never 0, which therefore means "no chunk". The owner
 * keeps the code (the network keeps it in the node's row); a chunk of {@code c} pairs is the
 * {@code 2 c} ints of {@code page(code)} from {@code base(code)} on, laid out as the owner
 * chooses (the connection lists put the {@code c} first ints of the pairs before the
 * {@code c} second ones).
 *
 * <p>A free chunk keeps its free-list links in its first two ints and its class in the third,
 * and a bit per smallest chunk marks where free chunks start, so that freeing can find a free
 * buddy of the same class.
 */
final class PairChunks {
    /** Pairs of a page, as a power of two. */
    private static final int PAGE_BITS = 19;
    static final int PAGE_PAIRS = 1 << PAGE_BITS;
    private static final int OFFSET_MASK = PAGE_PAIRS - 1;
    /** Pairs of the smallest chunk (class 0), as a power of two. */
    private static final int MIN_BITS = 2;
    /** The largest class that fits in a page. */
    static final int PAGE_CLASS = PAGE_BITS - MIN_BITS;
    private static final int NEXT = 0;
    private static final int PREV = 1;
    private static final int CLASS = 2;

    private int[][] pages = new int[4][];
    /** Per page: the class of the one chunk of a page of its own, or 0 for a shared page. */
    private int[] hugeClass = new int[4];
    /** Per page: a bit per smallest chunk, set where a free chunk starts; null for a page of its own. */
    private long[][] freeStarts = new long[4][];
    private int pageCount;
    /** Per class up to {@link #PAGE_CLASS}: the code of the first free chunk, or 0. */
    private final int[] freeHeads = new int[PAGE_CLASS + 1];
    /** Pages of their own that were given back, for reuse of their page numbers. */
    private int[] freePages = new int[0];
    private int freePageCount;

    /** The smallest class whose chunks hold {@code pairs} pairs. */
    static int classFor(int pairs) {
        int k = 0;
        while ((4L << k) < pairs) {
            k++;
        }
        return k;
    }

    /** Pairs a chunk of class {@code k} holds. */
    static int pairsOf(int k) {
        return 4 << k;
    }

    /** The page that holds chunk {@code code}. */
    int[] page(int code) {
        return pages[code >>> PAGE_BITS];
    }

    /** The index of the chunk's first int in its {@link #page}. */
    static int base(int code) {
        return ((code & (code + 1)) & OFFSET_MASK) << 1;
    }

    /** The class of chunk {@code code}. */
    int classOf(int code) {
        int ones = Integer.numberOfTrailingZeros(~code);
        return ones >= PAGE_BITS ? hugeClass[code >>> PAGE_BITS] : ones - 1;
    }

    /** Pairs chunk {@code code} holds. */
    int capacity(int code) {
        return pairsOf(classOf(code));
    }

    /** A chunk of class {@code k} (its contents are whatever it held last). */
    int allocate(int k) {
        if (k > PAGE_CLASS) {
            return hugeChunk(k);
        }
        int j = k;
        while (j <= PAGE_CLASS && freeHeads[j] == 0) {
            j++;
        }
        int code;
        if (j > PAGE_CLASS) {
            code = codeOf(newPage(PAGE_BITS, false), 0, PAGE_CLASS);
            j = PAGE_CLASS;
        } else {
            code = freeHeads[j];
            unlinkFree(code, j);
        }
        // Split down to class k; the upper halves go to the free lists.
        int page = code >>> PAGE_BITS;
        int offset = (code & (code + 1)) & OFFSET_MASK;
        while (j > k) {
            j--;
            pushFree(codeOf(page, offset + pairsOf(j), j), j);
        }
        return codeOf(page, offset, k);
    }

    /** Gives chunk {@code code} back; it is merged with its free buddies. */
    void free(int code) {
        int page = code >>> PAGE_BITS;
        int k = classOf(code);
        if (k > PAGE_CLASS) {
            pages[page] = null;
            hugeClass[page] = 0;
            if (freePageCount == freePages.length) {
                freePages = Arrays.copyOf(freePages, Math.max(4, 2 * freePageCount));
            }
            freePages[freePageCount++] = page;
            return;
        }
        int offset = (code & (code + 1)) & OFFSET_MASK;
        while (k < PAGE_CLASS) {
            int buddy = offset ^ pairsOf(k);
            int buddyCode = codeOf(page, buddy, k);
            if (!isFreeStart(page, buddy) || pages[page][(buddy << 1) + CLASS] != k) {
                break;
            }
            unlinkFree(buddyCode, k);
            offset = Math.min(offset, buddy);
            k++;
        }
        pushFree(codeOf(page, offset, k), k);
    }

    /** Ints held in pages (for memory reports and tests). */
    long pageInts() {
        long total = 0;
        for (int p = 0; p < pageCount; p++) {
            total += pages[p] == null ? 0 : pages[p].length;
        }
        return total;
    }

    private static int codeOf(int page, int offset, int k) {
        return (page << PAGE_BITS) | offset | ((1 << (k + 1)) - 1);
    }

    private int hugeChunk(int k) {
        if (MIN_BITS + k > 30) {
            throw new IllegalStateException("a connection list of more than 2^29 entries");
        }
        int page = newPage(MIN_BITS + k, true);
        hugeClass[page] = k;
        return (page << PAGE_BITS) | OFFSET_MASK;
    }

    /** A new page of {@code 1 << bits} pairs; its number. */
    private int newPage(int bits, boolean own) {
        int page;
        if (own && freePageCount > 0) {
            page = freePages[--freePageCount];
        } else {
            page = pageCount++;
            if (page >= 1 << (31 - PAGE_BITS)) {
                throw new IllegalStateException("connection lists take more than " + (1 << (31 - PAGE_BITS)) + " pages");
            }
            if (page == pages.length) {
                pages = Arrays.copyOf(pages, 2 * page);
                hugeClass = Arrays.copyOf(hugeClass, 2 * page);
                freeStarts = Arrays.copyOf(freeStarts, 2 * page);
            }
        }
        pages[page] = new int[2 << bits];
        freeStarts[page] = own ? null : new long[PAGE_PAIRS >>> MIN_BITS >>> 6];
        return page;
    }

    private boolean isFreeStart(int page, int offset) {
        int bit = offset >>> MIN_BITS;
        return (freeStarts[page][bit >>> 6] & (1L << bit)) != 0;
    }

    private void markFree(int page, int offset, boolean free) {
        int bit = offset >>> MIN_BITS;
        if (free) {
            freeStarts[page][bit >>> 6] |= 1L << bit;
        } else {
            freeStarts[page][bit >>> 6] &= ~(1L << bit);
        }
    }

    private void pushFree(int code, int k) {
        int[] p = page(code);
        int b = base(code);
        int head = freeHeads[k];
        p[b + NEXT] = head;
        p[b + PREV] = 0;
        p[b + CLASS] = k;
        if (head != 0) {
            page(head)[base(head) + PREV] = code;
        }
        freeHeads[k] = code;
        markFree(code >>> PAGE_BITS, (code & (code + 1)) & OFFSET_MASK, true);
    }

    private void unlinkFree(int code, int k) {
        int[] p = page(code);
        int b = base(code);
        int next = p[b + NEXT];
        int prev = p[b + PREV];
        if (prev == 0) {
            freeHeads[k] = next;
        } else {
            page(prev)[base(prev) + NEXT] = next;
        }
        if (next != 0) {
            page(next)[base(next) + PREV] = prev;
        }
        markFree(code >>> PAGE_BITS, (code & (code + 1)) & OFFSET_MASK, false);
    }
}

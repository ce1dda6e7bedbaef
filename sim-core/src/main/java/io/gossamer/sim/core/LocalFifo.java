package io.gossamer.sim.core;

/**
 * The kernel's zero-delay FIFO of (target, event) pairs, in pages of {@value #PAGE} pairs
 * linked head to tail. A burst (a million nodes starting) takes pages as it grows and gives
 * them back as it drains; nothing is ever copied, and only {@value #SPARE} drained pages are
 * kept for reuse. A doubling ring would leave each smaller array behind and then the big one:
 * garbage twice the burst, in the old generation, until a full collection.
 */
final class LocalFifo {
    static final int PAGE = 4096;
    private static final int SPARE = 16;
    /** A page: targets and events interleaved, then the link to the next page. */
    private static final int LINK = 2 * PAGE;

    private Object[] head = new Object[LINK + 1];
    private int headPos;
    private Object[] tail = head;
    private int tailPos;
    private final Object[][] spares = new Object[SPARE][];
    private int spareCount;

    boolean isEmpty() {
        return head == tail && headPos == tailPos;
    }

    void add(Object target, Object event) {
        if (tailPos == LINK) {
            Object[] page = spareCount > 0 ? spares[--spareCount] : new Object[LINK + 1];
            tail[LINK] = page;
            tail = page;
            tailPos = 0;
        }
        tail[tailPos] = target;
        tail[tailPos + 1] = event;
        tailPos += 2;
    }

    /** The target of the oldest pair; call {@link #event} then {@link #remove}. The FIFO must not be empty. */
    Object target() {
        if (headPos == LINK) {
            Object[] next = (Object[]) head[LINK];
            head[LINK] = null;
            if (spareCount < SPARE) {
                spares[spareCount++] = head;
            }
            head = next;
            headPos = 0;
        }
        return head[headPos];
    }

    /** The event of the oldest pair (after {@link #target}). */
    Object event() {
        return head[headPos + 1];
    }

    /** Drops the oldest pair (after {@link #target}). */
    void remove() {
        head[headPos] = null;
        head[headPos + 1] = null;
        headPos += 2;
        if (head == tail && headPos == tailPos) {
            // Empty: start the page over, so a steady trickle stays in one page.
            headPos = 0;
            tailPos = 0;
        }
    }
}

package io.gossamer.protocols.broadcast;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenMessagesTest {
    @Test
    void marksOncePerNodeAndMessageAndGrowsBothWays() {
        SeenMessages seen = new SeenMessages(4);
        assertTrue(seen.markSeen(2, 0));
        assertFalse(seen.markSeen(2, 0));
        assertFalse(seen.seen(3, 0));
        assertTrue(seen.markSeen(1_000, 130));
        assertTrue(seen.seen(1_000, 130));
        assertFalse(seen.seen(1_000, 129));
        assertFalse(seen.seen(2, 130));
        assertTrue(seen.seen(2, 0));
        seen.forget(1_000);
        assertFalse(seen.seen(1_000, 130));
        assertTrue(seen.markSeen(1_000, 130));
        assertTrue(seen.seen(2, 0));
    }
}

package io.gossamer.protocols.pss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.random.RandomStream;
import org.junit.jupiter.api.Test;

/** A view that keeps what its shuffle sent beside its entries merges as one with a separate {@link SentDescriptors}. */
class BoundedViewTest {
    @Test
    void keptSentDescriptorsMergeAsSeparateOnesDoAndNeverShowInTheView() {
        RandomStream draws = new RandomStream(7);
        for (int round = 0; round < 200; round++) {
            int c = 1 + draws.nextInt(20);
            int l = 1 + draws.nextInt(c);
            BoundedView plain = new BoundedView(c);
            BoundedView withRoom = new BoundedView(c, l);
            SentDescriptors sent = new SentDescriptors(l);
            for (int i = 0; i < c; i++) {
                Descriptor d = new Descriptor(new Address(draws.nextInt(3 * c), NatType.OPEN), draws.nextInt(5));
                plain.addIfRoom(d);
                withRoom.addIfRoom(d);
            }
            assertArrayEquals(plain.toArray(), withRoom.toArray());
            assertEquals(c, withRoom.capacity());
            Address self = new Address(1_000, NatType.OPEN);
            long seed = draws.nextLong();
            Descriptors offer = plain.drawWithFirst(self, l - 1, new RandomStream(seed));
            assertEquals(offer, withRoom.drawWithFirst(self, l - 1, new RandomStream(seed)));
            sent.set(offer, 1);
            withRoom.keepSent(offer, 1);
            assertEquals(sent.size(), withRoom.sentSize());
            assertArrayEquals(plain.toArray(), withRoom.toArray(), "what was sent is not in the view");
            long[] received = new long[l];
            for (int i = 0; i < l; i++) {
                received[i] = Descriptors.pack(new Address(draws.nextInt(4 * c), NatType.OPEN), draws.nextInt(5));
            }
            plain.merge(new Descriptors(received), sent, self.id(), false);
            withRoom.mergeWithSent(new Descriptors(received), self.id(), false);
            assertArrayEquals(plain.toArray(), withRoom.toArray());
            assertTrue(withRoom.size() <= c);
            assertEquals(0, withRoom.sentSize(), "a merge forgets what was sent");
        }
    }

    @Test
    void keepingMoreThanTheRoomIsRefused() {
        BoundedView view = new BoundedView(4, 2);
        long[] three = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> view.keepSent(new Descriptors(three), 0));
        view.keepSent(new Descriptors(three), 1);
        assertEquals(2, view.sentSize());
    }
}

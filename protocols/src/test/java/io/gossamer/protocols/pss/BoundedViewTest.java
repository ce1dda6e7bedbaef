package io.gossamer.protocols.pss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
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
    void mergeMatchesTheRuleWrittenOutWithScans() {
        RandomStream draws = new RandomStream(11);
        for (int round = 0; round < 2_000; round++) {
            int c = 1 + draws.nextInt(30);
            int ids = 1 + draws.nextInt(3 * c);
            BoundedView view = new BoundedView(c);
            List<Long> reference = new ArrayList<>();
            int filled = draws.nextInt(c + 1);
            for (int i = 0; i < filled; i++) {
                Descriptor d = new Descriptor(new Address(draws.nextInt(ids), NatType.OPEN), draws.nextInt(5));
                if (view.addIfRoom(d)) {
                    reference.add(Descriptors.pack(d));
                }
            }
            // Duplicates, the node itself and nodes not in the view, among both lists.
            long[] received = new long[draws.nextInt(c + 1)];
            for (int i = 0; i < received.length; i++) {
                received[i] = Descriptors.pack(new Address(draws.nextInt(ids), NatType.OPEN), draws.nextInt(5));
            }
            long[] sent = new long[draws.nextInt(c + 1)];
            for (int i = 0; i < sent.length; i++) {
                sent[i] = Descriptors.pack(new Address(draws.nextInt(ids), NatType.OPEN), draws.nextInt(5));
            }
            int self = draws.nextInt(ids);
            boolean keepYounger = draws.nextInt(2) == 0;
            view.merge(received, sent, self, keepYounger);
            referenceMerge(reference, c, received, sent, self, keepYounger);
            long[] expected = new long[reference.size()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = reference.get(i);
            }
            assertArrayEquals(expected, view.snapshot().entries(), "round " + round);
        }
    }

    /** Cyclon's merge as the class comment states it, one scan of the view per lookup. */
    private static void referenceMerge(List<Long> view, int capacity, long[] received, long[] sent, int self,
            boolean keepYounger) {
        boolean[] inView = new boolean[sent.length];
        for (int k = 0; k < sent.length; k++) {
            inView[k] = find(view, (int) sent[k]) >= 0;
        }
        int next = 0;
        for (long entry : received) {
            int id = (int) entry;
            if (id == self) {
                continue;
            }
            int at = find(view, id);
            if (at >= 0) {
                if (keepYounger && Descriptors.ageOf(entry) < Descriptors.ageOf(view.get(at))) {
                    view.set(at, entry);
                }
                continue;
            }
            if (view.size() < capacity) {
                view.add(entry);
                continue;
            }
            int slot = -1;
            while (slot < 0 && next < sent.length) {
                if (inView[next]) {
                    slot = find(view, (int) sent[next]);
                }
                next++;
            }
            if (slot >= 0) {
                view.set(slot, entry);
            }
        }
    }

    private static int find(List<Long> view, int id) {
        for (int i = 0; i < view.size(); i++) {
            if ((int) (long) view.get(i) == id) {
                return i;
            }
        }
        return -1;
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

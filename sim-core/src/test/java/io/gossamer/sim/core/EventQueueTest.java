package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gossamer.sim.random.RandomStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The future-event list against a trivially correct reference: a priority queue ordered by
 * (time, insertion sequence).
 */
class EventQueueTest {

    /** One operation of a generated script. */
    record Op(Kind kind, long delta, int pick) {
        enum Kind { PUSH_AFTER_FLOOR, PUSH_TIE_WITH_PENDING, POP, PEEK }

        @Override
        public String toString() {
            return switch (kind) {
                case PUSH_AFTER_FLOOR -> "push(floor+" + delta + ")";
                case PUSH_TIE_WITH_PENDING -> "pushTie(#" + pick + ")";
                case POP -> "pop";
                case PEEK -> "peek";
            };
        }
    }

    /** A reference entry. */
    record Ref(long time, long seq, int sink, int target, Object payload) {
    }

    private static final Comparator<Ref> ORDER = Comparator.comparingLong(Ref::time).thenComparingLong(Ref::seq);

    @Provide
    Arbitrary<List<Op>> pushPopScripts() {
        return script(false);
    }

    @Provide
    Arbitrary<List<Op>> pushPopPeekScripts() {
        return script(true);
    }

    private static Arbitrary<List<Op>> script(boolean withPeeks) {
        // Many ties: delta 0 is frequent, small deltas collide often, huge ones span 2^50.
        Arbitrary<Long> delta = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(1, 8)),
                Tuple.of(2, Arbitraries.longs().between(9, 1L << 20)),
                Tuple.of(1, Arbitraries.longs().between(0, 1L << 50)));
        Arbitrary<Op> pushAfterFloor = delta.map(d -> new Op(Op.Kind.PUSH_AFTER_FLOOR, d, 0));
        Arbitrary<Op> pushTie = Arbitraries.integers().between(0, 1 << 20)
                .map(i -> new Op(Op.Kind.PUSH_TIE_WITH_PENDING, 0, i));
        Arbitrary<Op> pop = Arbitraries.just(new Op(Op.Kind.POP, 0, 0));
        Arbitrary<Op> peek = Arbitraries.just(new Op(Op.Kind.PEEK, 0, 0));
        Arbitrary<Op> op = withPeeks
                ? Arbitraries.frequencyOf(Tuple.of(5, pushAfterFloor), Tuple.of(2, pushTie), Tuple.of(4, pop),
                        Tuple.of(3, peek))
                : Arbitraries.frequencyOf(Tuple.of(5, pushAfterFloor), Tuple.of(2, pushTie), Tuple.of(4, pop));
        return op.list().ofMaxSize(300);
    }

    @Property(tries = 400)
    void pushAndPopMatchTheReference(@ForAll("pushPopScripts") List<Op> script) {
        replay(script);
    }

    /**
     * Peeking must not change what may be pushed: only taking an entry out moves the floor.
     * (The kernel peeks before every pop and at the end of every time-limited run.)
     */
    @Property(tries = 400)
    void peekingDoesNotChangeTheOrderOrTheFloor(@ForAll("pushPopPeekScripts") List<Op> script) {
        replay(script);
    }

    /** Runs a script on an EventQueue and on the reference, comparing every observation. */
    private static void replay(List<Op> script) {
        EventQueue q = new EventQueue();
        PriorityQueue<Ref> ref = new PriorityQueue<>(ORDER);
        List<Long> pendingTimes = new ArrayList<>();
        long floor = 0;
        long seq = 0;
        for (Op op : script) {
            switch (op.kind()) {
                case PUSH_AFTER_FLOOR, PUSH_TIE_WITH_PENDING -> {
                    long time = op.kind() == Op.Kind.PUSH_AFTER_FLOOR || pendingTimes.isEmpty()
                            ? floor + op.delta()
                            : pendingTimes.get(op.pick() % pendingTimes.size());
                    Ref r = new Ref(time, seq, (int) (seq % 5), (int) seq, "payload-" + seq);
                    seq++;
                    q.push(r.time(), r.sink(), r.target(), r.payload());
                    ref.add(r);
                    pendingTimes.add(time);
                }
                case POP -> {
                    if (ref.isEmpty()) {
                        assertTrue(q.isEmpty());
                        assertThrows(IllegalStateException.class, q::pop);
                        continue;
                    }
                    Ref expected = ref.poll();
                    q.pop();
                    assertPopped(expected, q, script);
                    pendingTimes.remove(Long.valueOf(expected.time()));
                    floor = expected.time();
                }
                case PEEK -> {
                    if (ref.isEmpty()) {
                        assertThrows(IllegalStateException.class, q::peekTime);
                    } else {
                        assertEquals(ref.peek().time(), q.peekTime(), () -> "peekTime after " + script);
                    }
                }
                default -> fail("unknown op");
            }
            assertEquals(ref.size(), q.size(), () -> "size after " + script);
            assertEquals(ref.isEmpty(), q.isEmpty());
        }
        while (!ref.isEmpty()) {
            Ref expected = ref.poll();
            q.pop();
            assertPopped(expected, q, script);
        }
        assertTrue(q.isEmpty());
    }

    private static void assertPopped(Ref expected, EventQueue q, List<Op> script) {
        if (expected.time() != q.time() || expected.target() != q.target()) {
            fail("popped (time " + q.time() + ", seq " + q.target() + ") but the reference says (time "
                    + expected.time() + ", seq " + expected.target() + ") after " + script);
        }
        assertEquals(expected.sink(), q.sink());
        assertSame(expected.payload(), q.payload());
    }

    @Test
    void equalTimesLeaveInInsertionOrder() {
        EventQueue q = new EventQueue();
        for (int i = 0; i < 1000; i++) {
            q.push(i % 3 == 0 ? 50 : 7, 0, i, null);
        }
        List<Integer> sevens = new ArrayList<>();
        List<Integer> fifties = new ArrayList<>();
        while (!q.isEmpty()) {
            q.pop();
            (q.time() == 7 ? sevens : fifties).add(q.target());
            if (q.time() == 7) {
                assertTrue(fifties.isEmpty(), "a time-50 entry left before a time-7 entry");
            }
        }
        for (int k = 1; k < sevens.size(); k++) {
            assertTrue(sevens.get(k - 1) < sevens.get(k), "FIFO broken among time 7: " + sevens);
        }
        for (int k = 1; k < fifties.size(); k++) {
            assertTrue(fifties.get(k - 1) < fifties.get(k), "FIFO broken among time 50: " + fifties);
        }
        assertEquals(1000, sevens.size() + fifties.size());
    }

    @Test
    void tiesWithTheFloorPushedAfterAPopComeAfterThoseAlreadyPending() {
        EventQueue q = new EventQueue();
        q.push(10, 0, 1, null);
        q.push(10, 0, 2, null);
        q.push(10, 0, 3, null);
        q.pop();
        assertEquals(1, q.target());
        q.push(10, 0, 4, null);
        List<Integer> order = new ArrayList<>();
        while (!q.isEmpty()) {
            q.pop();
            order.add(q.target());
        }
        assertEquals(List.of(2, 3, 4), order);
    }

    @Test
    void rejectsPushesBeforeTheFloorAndStaysIntact() {
        EventQueue q = new EventQueue();
        q.push(100, 1, 1, "a");
        q.push(200, 1, 2, "b");
        q.pop();
        assertEquals(100, q.floor());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> q.push(99, 0, 0, null));
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains("100"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> q.push(-1, 0, 0, null));
        assertEquals(1, q.size());
        q.push(100, 1, 3, "c");
        q.pop();
        assertEquals("c", q.payload());
        q.pop();
        assertEquals("b", q.payload());
        assertEquals(200, q.time());
        assertTrue(q.isEmpty());
    }

    @Test
    void negativeTimesAreRejectedOnAFreshQueue() {
        EventQueue q = new EventQueue();
        assertThrows(IllegalArgumentException.class, () -> q.push(Long.MIN_VALUE, 0, 0, null));
        assertTrue(q.isEmpty());
    }

    /**
     * The kernel peeks at the next time before deciding whether a time-limited run goes on. A
     * push between the last popped time and the peeked time is legal and must come out first.
     */
    @Test
    void pushBetweenTheLastPopAndAPeekedTimeIsAccepted() {
        EventQueue q = new EventQueue();
        q.push(10, 0, 1, null);
        q.push(1_000, 0, 2, null);
        q.pop();
        assertEquals(10, q.time());
        assertEquals(1_000, q.peekTime());
        q.push(500, 0, 3, null);
        assertEquals(500, q.peekTime());
        q.pop();
        assertEquals(500, q.time());
        assertEquals(3, q.target());
        q.pop();
        assertEquals(1_000, q.time());
    }

    @Test
    void oneMillionEntriesOverTimesUpTo2To50ComeOutSortedAndFifo() {
        int n = 1_000_000;
        RandomStream rnd = new RandomStream(42);
        long[] pool = new long[150_000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = rnd.nextLong(1L << 50);
        }
        pool[0] = 0;
        pool[1] = (1L << 50) - 1;
        long[] times = new long[n];
        EventQueue q = new EventQueue();
        for (int i = 0; i < n; i++) {
            times[i] = pool[rnd.nextInt(pool.length)];
            q.push(times[i], i & 7, i, null);
        }
        assertEquals(n, q.size());
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        boolean[] seen = new boolean[n];
        long prevTime = -1;
        int prevSeq = -1;
        for (int k = 0; k < n; k++) {
            q.pop();
            long t = q.time();
            int s = q.target();
            if (t != sorted[k]) {
                fail("entry " + k + " left at time " + t + ", expected " + sorted[k]);
            }
            if (t == prevTime && s < prevSeq) {
                fail("FIFO broken at time " + t + ": seq " + s + " after " + prevSeq);
            }
            if (seen[s] || times[s] != t || q.sink() != (s & 7)) {
                fail("entry " + s + " came out wrong (duplicate, time or sink)");
            }
            seen[s] = true;
            prevTime = t;
            prevSeq = s;
        }
        assertTrue(q.isEmpty());
    }

    @Test
    void holdModelWithAMillionOperationsStaysMonotoneAndFifo() {
        // The classic "hold" workload: pop the earliest entry, push one at its time plus a delay.
        RandomStream rnd = new RandomStream(7);
        EventQueue q = new EventQueue();
        int pending = 50_000;
        int seq = 0;
        for (; seq < pending; seq++) {
            q.push(rnd.nextLong(1L << 40), 0, seq, null);
        }
        long prevTime = -1;
        int prevSeq = -1;
        for (int k = 0; k < 1_000_000; k++) {
            long peeked = q.peekTime();
            q.pop();
            long t = q.time();
            assertEqualsFast(peeked, t, "peek and pop disagree");
            if (t < prevTime || (t == prevTime && q.target() < prevSeq)) {
                fail("order broken at op " + k + ": (" + t + ", " + q.target() + ") after (" + prevTime + ", "
                        + prevSeq + ")");
            }
            prevTime = t;
            prevSeq = q.target();
            long delay = switch (rnd.nextInt(4)) {
                case 0 -> 0;
                case 1 -> rnd.nextLong(16);
                case 2 -> rnd.nextLong(1L << 20);
                default -> rnd.nextLong(1L << 40);
            };
            q.push(t + delay, 0, seq++, null);
        }
        assertEquals(pending, q.size());
    }

    @Test
    void floodLikePushesTensOfMillisecondsAheadLeaveInTimeThenInsertionOrder() {
        // Workload F's shape: a popped entry pushes eight copies 10-100 ms ahead, millions pending,
        // so whole buckets of the upper levels are spread down level by level; times on a 4 us grid
        // make many ties, which must leave in insertion order.
        RandomStream rnd = new RandomStream(11);
        EventQueue q = new EventQueue();
        PriorityQueue<Ref> reference = new PriorityQueue<>(ORDER);
        long seq = 0;
        q.push(0, 1, 0, null);
        reference.add(new Ref(0, seq++, 1, 0, null));
        int popped = 0;
        while (!q.isEmpty()) {
            q.pop();
            Ref expected = reference.poll();
            if (q.time() != expected.time() || q.target() != expected.target() || q.sink() != expected.sink()) {
                fail("pop " + popped + ": (" + q.time() + ", " + q.target() + ") instead of (" + expected.time() + ", "
                        + expected.target() + ")");
            }
            popped++;
            if (seq < 400_000 && (popped == 1 || rnd.nextInt(8) < 2)) {
                for (int i = 0; i < 8; i++) {
                    long time = q.time() + 10_000_000 + (rnd.nextLong(90_000_000) & -4096);
                    q.push(time, i, (int) seq, null);
                    reference.add(new Ref(time, seq++, i, (int) seq - 1, null));
                }
            }
        }
        assertEquals(seq, popped);
        assertTrue(reference.isEmpty());
    }

    private static void assertEqualsFast(long expected, long actual, String what) {
        if (expected != actual) {
            fail(what + ": " + expected + " != " + actual);
        }
    }
}

package io.gossamer.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.net.Transport;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Derived codecs rebuild simple value messages exactly; others fail, naming the type and field. */
class CodecsTest {
    enum Kind { PUSH, PULL }

    static final class Value extends Message {
        final int id;
        final long createdAt;
        final boolean urgent;
        final double weight;
        final String topic;
        final int[] path;
        final Kind kind;
        final Address via;

        Value(Address from, Address to, int id, long createdAt, boolean urgent, double weight, String topic, int[] path,
                Kind kind, Address via) {
            super(from, to, Transport.STREAM, 1234);
            this.id = id;
            this.createdAt = createdAt;
            this.urgent = urgent;
            this.weight = weight;
            this.topic = topic;
            this.path = path;
            this.kind = kind;
            this.via = via;
        }
    }

    static final class WithList extends Message {
        final List<Integer> ids;

        WithList(Address from, List<Integer> ids) {
            super(from, from, 10);
            this.ids = ids;
        }
    }

    @Test
    void aSimpleValueMessageTravelsUnchanged() {
        Codecs codecs = new Codecs();
        Value v = new Value(Address.of(3), new Address(9, NatType.values()[NatType.values().length - 1]), 42, -7L, true, 0.25,
                "alerts", new int[] {1, 2, 3}, Kind.PULL, null);
        Codecs.Entry e = codecs.of(Value.class);
        WireBuffer out = new WireBuffer();
        e.codec().encode(v, out);
        Value back = (Value) codecs.byId(e.id()).codec().decode(ByteBuffer.wrap(out.array(), 0, out.size()));
        assertEquals(v.header(), back.header());
        assertEquals(1234, back.sizeBytes());
        assertEquals(42, back.id);
        assertEquals(-7L, back.createdAt);
        assertTrue(back.urgent);
        assertEquals(0.25, back.weight);
        assertEquals("alerts", back.topic);
        assertArrayEquals(new int[] {1, 2, 3}, back.path);
        assertEquals(Kind.PULL, back.kind);
        assertEquals(null, back.via);
    }

    record Item(int id, long createdAt, String label, Address origin) {
    }

    record Pair(Item first, Item second) {
    }

    static final class WithRecords extends Message {
        final Item item;
        final Pair pair;
        final Item[] items;
        final String[] names;

        WithRecords(Address from, Item item, Pair pair, Item[] items, String[] names) {
            super(from, Address.MULTICAST, 77);
            this.item = item;
            this.pair = pair;
            this.items = items;
            this.names = names;
        }
    }

    @Test
    void recordsAndArraysOfRecordsTravelUnchanged() {
        Codecs codecs = new Codecs();
        Item a = new Item(1, 10L, "a", Address.of(4));
        Item b = new Item(2, -3L, null, null);
        WithRecords m = new WithRecords(Address.of(5), a, new Pair(b, null), new Item[] {a, null, b}, new String[] {"x", null});
        Codecs.Entry e = codecs.of(WithRecords.class);
        WireBuffer out = new WireBuffer();
        e.codec().encode(m, out);
        WithRecords back = (WithRecords) codecs.byId(e.id()).codec().decode(ByteBuffer.wrap(out.array(), 0, out.size()));
        assertEquals(a, back.item);
        assertEquals(new Pair(b, null), back.pair);
        assertArrayEquals(new Item[] {a, null, b}, back.items);
        assertArrayEquals(new String[] {"x", null}, back.names);
        assertEquals(77, back.sizeBytes());
        assertEquals(Address.MULTICAST, back.destination());
    }

    @Test
    void aTypeWithoutACodecIsNamedWithItsField() {
        CodecException e = assertThrows(CodecException.class, () -> new Codecs().of(WithList.class));
        assertTrue(e.getMessage().startsWith("message type " + WithList.class.getName() + " has no codec: field 'ids' of type"
                + " java.util.List cannot be derived"), e.getMessage());
    }

    @Test
    void aRegisteredCodecIsUsedInsteadOfADerivedOne() {
        Codecs codecs = new Codecs();
        codecs.register(WithList.class, new MessageCodec<>() {
            @Override
            public void encode(WithList m, WireBuffer out) {
                out.putInt(m.source().id());
                out.putInt(m.ids.size());
                m.ids.forEach(out::putInt);
            }

            @Override
            public WithList decode(ByteBuffer in) {
                Address from = Address.of(in.getInt());
                int n = in.getInt();
                Integer[] ids = new Integer[n];
                for (int i = 0; i < n; i++) {
                    ids[i] = in.getInt();
                }
                return new WithList(from, List.of(ids));
            }
        });
        WireBuffer out = new WireBuffer();
        Codecs.Entry e = codecs.of(WithList.class);
        e.codec().encode(new WithList(Address.of(5), List.of(7, 8)), out);
        WithList back = (WithList) e.codec().decode(ByteBuffer.wrap(out.array(), 0, out.size()));
        assertEquals(List.of(7, 8), back.ids);
        assertEquals(Address.of(5), back.source());
    }
}

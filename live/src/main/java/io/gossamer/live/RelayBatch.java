package io.gossamer.live;

import io.gossamer.sim.net.Message;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntPredicate;

/**
 * The copies a relaying node (a pub/sub broker) sends, gathered into one publication per
 * message for the {@link ZmqRelay}: the network hands the wire one copy per target, in a row
 * for a multicast; they become one ZeroMQ message carrying the targets as a bit set, published
 * when the loop next looks for work (or when the node sends another message). Loop thread only.
 *
 * <p>Frame: kind (1 byte), the bit set's length and bytes, then the datagram frame with its
 * receiver left 0 (filled in by each receiving node), the message type's wire id, the write
 * time and the encoded message.
 */
final class RelayBatch {
    private final ZmqRelay broker;
    private final IntPredicate relays;
    private Message pending;
    private int source;
    private int typeId;
    private byte[] body = new byte[256];
    private int length;
    private final BitSet targets = new BitSet();
    private long copies;

    RelayBatch(ZmqRelay broker, IntPredicate relays) {
        this.broker = broker;
        this.relays = relays;
    }

    /** True if {@code node}'s copies go through the broker. */
    boolean relays(int node) {
        return relays.test(node);
    }

    /** One copy of {@code message} (encoded in {@code encoded}) from {@code from} to {@code to}. */
    void add(int from, int to, Message message, int type, WireBuffer encoded, long wallTime) {
        if (message != pending || from != source) {
            publish(wallTime);
            pending = message;
            source = from;
            typeId = type;
            length = encoded.size();
            if (body.length < length) {
                body = new byte[Math.max(length, body.length * 2)];
            }
            System.arraycopy(encoded.array(), 0, body, 0, length);
        }
        targets.set(to);
        copies++;
    }

    /** Publishes the gathered copies, if any. */
    void publish(long wallTime) {
        if (pending == null) {
            return;
        }
        byte[] bits = targets.toByteArray();
        ByteBuffer f = ByteBuffer.allocate(1 + 4 + bits.length + 16 + length);
        f.put(ZmqRelay.RELAY).putInt(bits.length).put(bits).putInt(0).putInt(typeId).putLong(wallTime).put(body, 0, length);
        broker.publish(source, f.array());
        pending = null;
        targets.clear();
    }

    /**
     * The datagram frame inside {@code frame} if {@code node} is one of its targets (its receiver
     * filled in): offset and length, or null.
     */
    static int[] frameFor(int node, byte[] frame) {
        if (frame.length < 5 || frame[0] != ZmqRelay.RELAY) {
            return null;
        }
        ByteBuffer f = ByteBuffer.wrap(frame);
        int bitsLength = f.getInt(1);
        int at = 5 + bitsLength;
        if (bitsLength < 0 || at + 16 > frame.length) {
            return null;
        }
        int index = node >>> 3;
        if (index >= bitsLength || (frame[5 + index] & (1 << (node & 7))) == 0) {
            return null;
        }
        f.putInt(at, node);
        return new int[] {at, frame.length - at};
    }

    /** Copies relayed so far. */
    long copies() {
        return copies;
    }

    void up(int node) {
        broker.up(node);
    }

    void down(int node) {
        broker.down(node);
    }

    /** Waits until the broker reaches every subscriber from each relaying node of {@code nodes}. */
    void awaitSubscribers(int[] nodes, long timeoutNanos) {
        int[] mine = Arrays.stream(nodes).filter(relays).toArray();
        broker.awaitSubscribers(mine, timeoutNanos);
    }

    ZmqRelay broker() {
        return broker;
    }

    void close() {
        broker.close();
    }
}

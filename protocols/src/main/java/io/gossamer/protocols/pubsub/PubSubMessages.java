package io.gossamer.protocols.pubsub;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * The messages between subscribers and the broker, all over the connection each subscriber
 * holds to the broker (as ZeroMQ's TCP sockets): loss delays them, never loses them.
 */
final class PubSubMessages {
    private PubSubMessages() {
    }

    /** A subscriber asks for a topic's notifications. */
    static final class Subscribe extends Message {
        Subscribe(Address from, Address broker, int headerBytes) {
            super(from, broker, Transport.STREAM, Math.max(1, headerBytes));
        }
    }

    /** A subscriber leaving gracefully asks to stop. */
    static final class Unsubscribe extends Message {
        Unsubscribe(Address from, Address broker, int headerBytes) {
            super(from, broker, Transport.STREAM, Math.max(1, headerBytes));
        }
    }

    /** A publisher hands a message to the broker. */
    static final class Publish extends Message implements BroadcastPayload {
        final int id;
        final long createdAt;

        Publish(Address from, Address broker, int id, long createdAt, int sizeBytes) {
            super(from, broker, Transport.STREAM, sizeBytes);
            this.id = id;
            this.createdAt = createdAt;
        }

        @Override
        public int payloadId(int i) {
            return id;
        }
    }

    /** The broker's copy to every subscriber (one object, multicast). */
    static final class Notification extends Message implements BroadcastPayload {
        final int id;
        final int origin;
        final long createdAt;

        Notification(Address broker, int id, int origin, long createdAt, int sizeBytes) {
            super(broker, Address.MULTICAST, Transport.STREAM, sizeBytes);
            this.id = id;
            this.origin = origin;
            this.createdAt = createdAt;
        }

        @Override
        public int payloadId(int i) {
            return id;
        }
    }
}

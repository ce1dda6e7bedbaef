package com.example.lazypush;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;

/** Lazy push's messages: immutable, so one object may go to many peers. */
final class LazyPushMessages {
    private LazyPushMessages() {
    }

    /** "I have message id" (to every neighbour). */
    static final class IHave extends Message {
        final int id;

        IHave(Address from, int id, int sizeBytes) {
            super(from, Address.MULTICAST, sizeBytes);
            this.id = id;
        }
    }

    /** "Send me message id". */
    static final class IWant extends Message {
        final int id;

        IWant(Address from, Address to, int id, int sizeBytes) {
            super(from, to, sizeBytes);
            this.id = id;
        }
    }

    /** The payload: measurement counts its copies because it is a BroadcastPayload. */
    static final class Payload extends Message implements BroadcastPayload {
        final int id;
        final int origin;
        final long createdAt;
        final int hops;

        Payload(Address from, Address to, int id, int origin, long createdAt, int hops, int sizeBytes) {
            super(from, to, sizeBytes);
            this.id = id;
            this.origin = origin;
            this.createdAt = createdAt;
            this.hops = hops;
        }

        /** The same payload as the next hop sends it to {@code to}. */
        Payload copyTo(Address from, Address to) {
            return new Payload(from, to, id, origin, createdAt, hops + 1, sizeBytes());
        }

        @Override
        public int payloadId(int i) {
            return id;
        }
    }
}

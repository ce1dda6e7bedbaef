package io.gossamer.protocols.plumtree;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;

/**
 * The messages of Plumtree: GOSSIP carries the payload; IHAVE, PRUNE and GRAFT are control
 * messages of a header plus a 4-byte message id (PRUNE: the header alone).
 */
final class PlumtreeMessages {
    private static final int ID_BYTES = 4;

    private PlumtreeMessages() {
    }

    /** A copy of a payload, eagerly pushed; one object is multicast to all eager peers. */
    static final class Gossip extends Message implements BroadcastPayload {
        final int id;
        final int origin;
        final long createdAt;
        final int hops;
        final int payloadBytes;

        Gossip(Address from, Address to, int id, int origin, long createdAt, int hops, int payloadBytes, int headerBytes) {
            super(from, to, payloadBytes + headerBytes);
            this.id = id;
            this.origin = origin;
            this.createdAt = createdAt;
            this.hops = hops;
            this.payloadBytes = payloadBytes;
        }

        @Override
        public int payloadId(int i) {
            return id;
        }
    }

    /** "I have message {@code id}": a lazy push. */
    static final class IHave extends Message {
        final int id;

        IHave(Address from, int id, int headerBytes) {
            super(from, Address.MULTICAST, headerBytes + ID_BYTES);
            this.id = id;
        }
    }

    /** "Stop pushing to me eagerly": the link becomes lazy at both ends. */
    static final class Prune extends Message {
        Prune(Address from, Address to, int headerBytes) {
            super(from, to, headerBytes);
        }
    }

    /** "Send me message {@code id}, and push to me eagerly from now on". */
    static final class Graft extends Message {
        final int id;

        Graft(Address from, Address to, int id, int headerBytes) {
            super(from, to, headerBytes + ID_BYTES);
            this.id = id;
        }
    }
}

package io.gossamer.protocols.hyparview;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;

/**
 * The messages of HyParView. A message's size is the header plus 4 bytes per node id it
 * carries; all are immutable.
 */
final class HyParViewMessages {
    private static final int ID_BYTES = 4;

    private HyParViewMessages() {
    }

    /** A newcomer asks its contact to take it in. */
    static final class Join extends Message {
        Join(Address from, Address to, int headerBytes) {
            super(from, to, headerBytes);
        }
    }

    /** A random walk that announces {@code newcomer}; {@code ttl} hops left. */
    static final class ForwardJoin extends Message {
        final int newcomer;
        final int ttl;

        ForwardJoin(Address from, Address to, int newcomer, int ttl, int headerBytes) {
            super(from, to, headerBytes + 2 * ID_BYTES);
            this.newcomer = newcomer;
            this.ttl = ttl;
        }
    }

    /** "I put you in my active view": the receiver puts the sender in its own (always). */
    static final class Connect extends Message {
        Connect(Address from, Address to, int headerBytes) {
            super(from, to, headerBytes);
        }
    }

    /** A request to become active neighbours; high priority when the sender has none. */
    static final class Neighbour extends Message {
        final boolean high;

        Neighbour(Address from, Address to, boolean high, int headerBytes) {
            super(from, to, headerBytes + 1);
            this.high = high;
        }
    }

    /** The answer to {@link Neighbour}. */
    static final class NeighbourReply extends Message {
        final boolean accepted;

        NeighbourReply(Address from, Address to, boolean accepted, int headerBytes) {
            super(from, to, headerBytes + 1);
            this.accepted = accepted;
        }
    }

    /** The sender dropped the receiver from its active view. */
    static final class Disconnect extends Message {
        Disconnect(Address from, Address to, int headerBytes) {
            super(from, to, headerBytes);
        }
    }

    /** A random walk carrying a sample of {@code origin}'s views; {@code ttl} hops left. */
    static final class Shuffle extends Message {
        final int origin;
        final int ttl;
        private final int[] sample;

        Shuffle(Address from, Address to, int origin, int ttl, int[] sample, int headerBytes) {
            super(from, to, headerBytes + ID_BYTES * (2 + sample.length));
            this.origin = origin;
            this.ttl = ttl;
            this.sample = sample;
        }

        int[] sample() {
            return sample.clone();
        }
    }

    /** The passive-view sample the walk's last node sends back to the origin. */
    static final class ShuffleReply extends Message {
        private final int[] sample;

        ShuffleReply(Address from, Address to, int[] sample, int headerBytes) {
            super(from, to, headerBytes + ID_BYTES * sample.length);
            this.sample = sample;
        }

        int[] sample() {
            return sample.clone();
        }
    }

    /** "I am alive", sent to every active neighbour each keep-alive period. */
    static final class KeepAlive extends Message {
        KeepAlive(Address from, int headerBytes) {
            super(from, Address.MULTICAST, headerBytes);
        }
    }
}

package io.gossamer.protocols.gossip;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * Several rumours in one network message, as the round-based protocols send them: one
 * message per peer contacted, carrying every payload it pushes. Its size is one header plus
 * the payloads. Immutable (the arrays are never changed after construction).
 */
abstract class RumourBundle extends Message implements BroadcastPayload {
    private final Rumour[] rumours;
    private final int[] hops;

    /** A bundle of {@code content} from {@code source} to {@code destination} (or multicast). */
    RumourBundle(Address source, Address destination, Transport transport, Outgoing content, int headerBytes) {
        super(source, destination, transport, size(content.rumours(), headerBytes));
        this.rumours = content.rumours();
        this.hops = content.hops();
    }

    private static int size(Rumour[] rumours, int headerBytes) {
        long size = headerBytes;
        for (Rumour r : rumours) {
            size += r.sizeBytes();
        }
        // A bundle larger than an int can describe is a modelling error, not a wrap-around.
        return Math.toIntExact(size);
    }

    /** Rumours carried. */
    final int count() {
        return rumours.length;
    }

    /** The i-th rumour. */
    final Rumour rumour(int i) {
        return rumours[i];
    }

    /** Hops the i-th rumour has travelled on arrival. */
    final int hops(int i) {
        return hops[i];
    }

    @Override
    public final int payloadCount() {
        return rumours.length;
    }

    @Override
    public final int payloadId(int i) {
        return rumours[i].id();
    }
}

package io.gossamer.protocols.flood;

import io.gossamer.protocols.broadcast.BroadcastPayload;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * One copy of a flooded message as a node forwards it. Immutable: a node sends the same
 * object to all its neighbours, and what it carries besides the header ({@link Stage}: the
 * message's {@link Origin} and the hops so far) is one value shared by every copy that has
 * travelled as far, so a forwarding node adds only its own 32 bytes.
 */
final class Flooded extends Message implements BroadcastPayload {
    final Stage stage;

    /**
     * Where and when a message was broadcast.
     *
     * @param id the message id
     * @param node the node that broadcast it
     * @param createdAt when (virtual ns)
     */
    record Origin(int id, int node, long createdAt) {
        // Equality written out: a record's generated one is linked through method handles at
        // its first use, classes spun at start-up for the JIT to compile.
        @Override
        public boolean equals(Object o) {
            return o instanceof Origin other && other.id == id && other.node == node && other.createdAt == createdAt;
        }

        @Override
        public int hashCode() {
            return (id * 31 + node) * 31 + Long.hashCode(createdAt);
        }
    }

    /**
     * A message after some hops.
     *
     * @param origin the message
     * @param hops hops travelled (0 at the origin)
     */
    record Stage(Origin origin, int hops) {
    }

    Flooded(Address forwarder, Transport transport, Stage stage, int sizeBytes) {
        super(forwarder, Address.MULTICAST, transport, sizeBytes);
        this.stage = stage;
    }

    @Override
    public int payloadId(int i) {
        return stage.origin().id();
    }
}

package io.gossamer.sim.net;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import java.util.ArrayList;
import java.util.List;

/**
 * A test node: sends {@link TestMessage}s when told to (from scheduled actions) and records
 * every one it receives with the virtual time of receipt. Optionally says goodbye to one node
 * from its {@code onStop} hook.
 */
public final class Endpoint extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final Address self;
    private final int goodbyeTo;
    private final int goodbyeSize;
    private final List<Receipt> received = new ArrayList<>();

    /**
     * Parameters.
     *
     * @param self this node's address
     * @param goodbyeTo node to send a message (seq -1) to when stopping gracefully, or -1
     * @param goodbyeSize size of that message
     */
    public record Init(Address self, int goodbyeTo, int goodbyeSize) implements io.gossamer.sim.core.Init<Endpoint> {
        /** A node that sends nothing on stop. */
        public Init(Address self) {
            this(self, -1, 0);
        }
    }

    /** One received message. */
    public record Receipt(int source, int seq, long sentAt, long receivedAt, int sizeBytes) {
        /** Time from the send to the delivery. */
        public long transit() {
            return receivedAt - sentAt;
        }
    }

    /** Creates the component. */
    public Endpoint(Init init) {
        this.self = init.self();
        this.goodbyeTo = init.goodbyeTo();
        this.goodbyeSize = init.goodbyeSize();
        subscribe(net, TestMessage.class, Endpoint::onMessage);
    }

    /** Sends one message now. */
    public void send(int destination, int sizeBytes, int seq) {
        trigger(new TestMessage(self, Address.of(destination), sizeBytes, seq, now()), net);
    }

    /** Sends one message object to many nodes now. */
    public void multicast(int[] targets, int sizeBytes, int seq) {
        trigger(new Multicast(new TestMessage(self, Address.MULTICAST, sizeBytes, seq, now()), targets), net);
    }

    /** Sends one message object to {@code targets[from..to)} except {@code excluded}, now. */
    public void multicastSlice(int[] targets, int from, int to, int excluded, int sizeBytes, int seq) {
        trigger(new Multicast(new TestMessage(self, Address.MULTICAST, sizeBytes, seq, now()), targets, from, to,
                excluded), net);
    }

    @Override
    protected void onStop() {
        if (goodbyeTo >= 0) {
            send(goodbyeTo, goodbyeSize, -1);
        }
    }

    private void onMessage(TestMessage m) {
        received.add(new Receipt(m.source().id(), m.seq(), m.sentAt(), now(), m.sizeBytes()));
    }

    /** What this node received, in order of receipt. */
    public List<Receipt> received() {
        return received;
    }
}

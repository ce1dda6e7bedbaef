package io.gossamer.sim.net;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import java.util.ArrayList;
import java.util.List;

/** A test node for connections: sends, connects and disconnects on demand, logs what it sees. */
public final class ConnectionPeer extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final Address self;
    /** Received messages and connection events, as "time-in-ms event". */
    final List<String> log = new ArrayList<>();

    /** A message with a transport of the test's choosing. */
    static final class Note extends Message {
        final int seq;

        Note(Address from, Address to, Transport transport, int seq) {
            super(from, to, transport, 100);
            this.seq = seq;
        }
    }

    /** @param self the node's address */
    public record Init(Address self) implements io.gossamer.sim.core.Init<ConnectionPeer> {
    }

    /** Creates the node. */
    public ConnectionPeer(Init init) {
        this.self = init.self();
        subscribe(net, Note.class, (ConnectionPeer p, Note m) -> p.record("got " + m.seq + " from " + m.source().id()));
        subscribe(net, ConnectionEvent.Opened.class, (ConnectionPeer p, ConnectionEvent.Opened e) -> p.record("opened " + e.peer().id()));
        subscribe(net, ConnectionEvent.Failed.class,
                (ConnectionPeer p, ConnectionEvent.Failed e) -> p.record("failed " + e.peer().id() + " " + e.reason()));
        subscribe(net, ConnectionEvent.Closed.class, (ConnectionPeer p, ConnectionEvent.Closed e) -> p.record("closed " + e.peer().id()));
    }

    private void record(String what) {
        log.add(now() / 1_000_000 + " " + what);
    }

    void stream(Address to, int seq) {
        trigger(new Note(self, to, Transport.STREAM, seq), net);
    }

    void datagram(Address to, int seq) {
        trigger(new Note(self, to, Transport.DATAGRAM, seq), net);
    }

    void connect(Address to) {
        trigger(new Connect(self, to), net);
    }

    void disconnect(Address to) {
        trigger(new Disconnect(self, to), net);
    }
}

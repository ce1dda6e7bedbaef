package io.gossamer.protocols.bootstrap;

import io.gossamer.protocols.neighbours.ConnectionPool;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Connect;
import io.gossamer.sim.net.ConnectionEvent;
import io.gossamer.sim.net.Network;

/**
 * A node's side of the join; it fills the node's connection pool with connections the node
 * holds:
 * <pre>
 * on start:            pool = {}; send Hello to the bootstrap server (over a connection)
 * on Welcome(peers):   for each peer p: open a connection to p; send Join to p over it
 * on Opened(p):        pool += p
 * on Join from q:      pool += q             (q opened a connection to this node)
 * on Closed(p):        pool -= p             (p failed or left)
 * </pre>
 * Every message travels over a connection, so loss on the network delays the join (the
 * network resends lost copies) but cannot leave a node out; a peer that is dead when the
 * Welcome names it fails to connect and never enters the pool. If the server itself is dead,
 * the newcomer stays alone. Dissemination protocols of the same node read the pool through
 * {@link ConnectionPool}.
 */
public final class PoolMember extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final Address self;
    private final Init init;

    /**
     * One node's parameters.
     *
     * @param self its address
     * @param server where the bootstrap server is
     * @param pool this node's connection pool, which the node's protocol reads
     * @param headerBytes bytes every message adds to its payload
     */
    public record Init(Address self, WellKnownAddress server, ConnectionPool pool, int headerBytes)
            implements io.gossamer.sim.core.Init<PoolMember> {
    }

    /** Creates the member. */
    public PoolMember(Init init) {
        this.self = init.self();
        this.init = init;
        subscribe(net, BootstrapMessages.Welcome.class, PoolMember::onWelcome);
        subscribe(net, BootstrapMessages.Join.class, PoolMember::onJoin);
        subscribe(net, ConnectionEvent.Opened.class, PoolMember::onOpened);
        subscribe(net, ConnectionEvent.Closed.class, PoolMember::onClosed);
    }

    @Override
    protected void onStart() {
        // A restarted node starts with no connections.
        init.pool().clear();
        Address server = init.server().get();
        if (server != null && server.id() != self.id()) {
            trigger(new BootstrapMessages.Hello(self, server, init.headerBytes()), net);
        }
    }

    private void onWelcome(BootstrapMessages.Welcome welcome) {
        for (int peer : welcome.peers) {
            if (peer != self.id()) {
                Address to = Address.of(peer);
                trigger(new Connect(self, to), net);
                trigger(new BootstrapMessages.Join(self, to, init.headerBytes()), net);
            }
        }
    }

    private void onOpened(ConnectionEvent.Opened opened) {
        init.pool().connect(self.id(), opened.peer().id());
    }

    private void onJoin(BootstrapMessages.Join join) {
        init.pool().connect(self.id(), join.source().id());
    }

    private void onClosed(ConnectionEvent.Closed closed) {
        init.pool().disconnect(closed.peer().id());
    }
}

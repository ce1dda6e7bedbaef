package io.gossamer.protocols.bootstrap;

import io.gossamer.protocols.neighbours.ConnectionPool;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Network;

/**
 * A node's side of the join handshake; it fills the node's connection pool:
 * <pre>
 * on start:            send Hello to the bootstrap server
 * on Welcome(peers):   for each peer p: pool += p; send Connect to p
 * on Connect from q:   pool += q
 * </pre>
 * Dissemination protocols of the same node read the pool through {@link ConnectionPool}.
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
        subscribe(net, BootstrapMessages.Connect.class, PoolMember::onConnect);
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
                init.pool().connect(self.id(), peer);
                trigger(new BootstrapMessages.Connect(self, Address.of(peer), init.headerBytes()), net);
            }
        }
    }

    private void onConnect(BootstrapMessages.Connect connect) {
        init.pool().connect(self.id(), connect.source().id());
    }
}

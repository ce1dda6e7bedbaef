package io.gossamer.protocols.bootstrap;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;

/**
 * The bootstrap server of the study's gossip architectures:
 * <pre>
 * on Hello from n:   reply Welcome(peers) with all / the k most recent / k random of the
 *                    nodes that joined before; then remember n
 * </pre>
 * It is a node like any other: when it fails, newcomers stay alone.
 */
public final class BootstrapServer extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final Address self;
    private final Init init;
    private final RandomStream random;
    private int[] joined = new int[64];
    private int count;

    /**
     * The server's parameters.
     *
     * @param self its address
     * @param directory where joining nodes look it up
     * @param selection which earlier nodes a newcomer gets
     * @param k how many (for RECENT and RANDOM)
     * @param headerBytes bytes every message adds to its payload
     */
    public record Init(Address self, WellKnownAddress directory, PeerSelection selection, int k, int headerBytes)
            implements io.gossamer.sim.core.Init<BootstrapServer> {
    }

    /** Creates the server and makes its address known. */
    public BootstrapServer(Init init) {
        this.self = init.self();
        this.init = init;
        init.directory().register(self);
        this.random = simulation().random().stream("bootstrap.server", self.id());
        subscribe(net, BootstrapMessages.Hello.class, BootstrapServer::onHello);
    }

    private void onHello(BootstrapMessages.Hello hello) {
        Address newcomer = hello.source();
        trigger(new BootstrapMessages.Welcome(self, newcomer, choose(), init.headerBytes()), net);
        if (count == joined.length) {
            joined = Arrays.copyOf(joined, count * 2);
        }
        joined[count++] = newcomer.id();
    }

    private int[] choose() {
        int k = Math.min(init.k(), count);
        switch (init.selection()) {
            case RECENT:
                return Arrays.copyOfRange(joined, count - k, count);
            case RANDOM:
                // A partial Fisher-Yates shuffle of a copy: k distinct, uniformly.
                int[] copy = Arrays.copyOf(joined, count);
                for (int i = 0; i < k; i++) {
                    int j = i + random.nextInt(count - i);
                    int t = copy[i];
                    copy[i] = copy[j];
                    copy[j] = t;
                }
                return Arrays.copyOf(copy, k);
            default:
                return Arrays.copyOf(joined, count);
        }
    }
}

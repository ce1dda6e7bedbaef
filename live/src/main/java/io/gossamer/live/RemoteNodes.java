package io.gossamer.live;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Where the nodes other parts host listen (from the {@link AddressFile}), and whether they
 * are up as far as this part's copy of the scenario knows (their joins, failures and leaves
 * run here too, on their shadows). Loop thread only.
 */
final class RemoteNodes {
    private final Part part;
    private InetSocketAddress[] udp = new InetSocketAddress[0];
    private InetSocketAddress[] tcp = new InetSocketAddress[0];
    private boolean[] up = new boolean[0];
    /** Per part (index - 1): where its nodes that start later listen, or null. */
    private final AddressFile.Later[] later;

    RemoteNodes(Part part) {
        this.part = part;
        this.later = new AddressFile.Later[part.count()];
    }

    /** Takes the other parts' addresses. */
    void learn(List<AddressFile.Block> blocks) {
        for (AddressFile.Block b : blocks) {
            if (b.part() == part.index()) {
                continue;
            }
            later[b.part() - 1] = b.later();
            for (AddressFile.Entry e : b.entries()) {
                grow(e.node());
                udp[e.node()] = new InetSocketAddress(e.host(), e.udpPort());
                tcp[e.node()] = new InetSocketAddress(e.host(), e.tcpPort());
            }
        }
    }

    void up(int node) {
        grow(node);
        up[node] = true;
    }

    void down(int node) {
        if (node < up.length) {
            up[node] = false;
        }
    }

    /** The node's UDP address if it is up, else null. */
    InetSocketAddress udp(int node) {
        return resolve(node) ? udp[node] : null;
    }

    /** The node's TCP address if it is up, else null. */
    InetSocketAddress tcp(int node) {
        return resolve(node) ? tcp[node] : null;
    }

    private boolean resolve(int node) {
        if (node >= up.length || !up[node]) {
            return false;
        }
        if (udp[node] == null) {
            AddressFile.Later l = later[part.owner(node) - 1];
            if (l == null || (long) l.lowPort() + node > l.highPort()) {
                return false;
            }
            udp[node] = new InetSocketAddress(l.host(), l.lowPort() + node);
            tcp[node] = udp[node];
        }
        return true;
    }

    private void grow(int node) {
        if (node >= up.length) {
            int n = Math.max(node + 1, up.length * 2 + 16);
            udp = Arrays.copyOf(udp, n);
            tcp = Arrays.copyOf(tcp, n);
            up = Arrays.copyOf(up, n);
        }
    }
}

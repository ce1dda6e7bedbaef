package io.gossamer.kompics.spi;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import se.sics.kompics.network.Address;

/**
 * The Kompics address of a simulated node. Node {@code n} has the IP address
 * {@code 10.x.y.z} whose low 24 bits are {@code n} (so ids stay below 2^24); the bridge routes
 * a message by its destination's IP, like Kompics' own simulator, so a component may use its
 * own {@link Address} class as long as it carries an IP made by {@link #ipOf(int)}.
 */
public final class SimAddress implements Address {
    /** The port every node's address carries unless told otherwise. */
    public static final int DEFAULT_PORT = 30000;
    private static final int MAX_NODES = 1 << 24;

    private final int node;
    private final int port;
    private final InetAddress ip;

    private SimAddress(int node, int port) {
        this.node = node;
        this.port = port;
        this.ip = ipOf(node);
    }

    /** Node {@code node}'s address with the default port. */
    public static SimAddress of(int node) {
        return new SimAddress(node, DEFAULT_PORT);
    }

    /** Node {@code node}'s address with the given port. */
    public static SimAddress of(int node, int port) {
        return new SimAddress(node, port);
    }

    /** The IP address of node {@code node}. */
    public static InetAddress ipOf(int node) {
        if (node < 0 || node >= MAX_NODES) {
            throw new IllegalArgumentException("Kompics nodes have ids in [0, " + MAX_NODES + "): " + node);
        }
        byte[] bytes = {10, (byte) (node >>> 16), (byte) (node >>> 8), (byte) node};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The node an address belongs to.
     *
     * @throws IllegalArgumentException if its IP is not a simulated node's
     */
    public static int nodeOf(Address address) {
        if (address instanceof SimAddress sim) {
            return sim.node;
        }
        InetAddress inet = address == null ? null : address.getIp();
        byte[] b = inet == null ? null : inet.getAddress();
        if (b == null || b.length != 4 || b[0] != 10) {
            throw new IllegalArgumentException("Kompics address " + address + " is no simulated node's:"
                    + " node n has the IP 10.x.y.z with n in its low 24 bits (SimAddress.ipOf(n))");
        }
        return (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }

    /** The node id. */
    public int node() {
        return node;
    }

    @Override
    public InetAddress getIp() {
        return ip;
    }

    @Override
    public int getPort() {
        return port;
    }

    @Override
    public InetSocketAddress asSocket() {
        return new InetSocketAddress(ip, port);
    }

    @Override
    public boolean sameHostAs(Address other) {
        return other != null && ip.equals(other.getIp());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimAddress a && a.node == node && a.port == port;
    }

    @Override
    public int hashCode() {
        return node * 31 + port;
    }

    @Override
    public String toString() {
        return "n" + node + (port == DEFAULT_PORT ? "" : ":" + port);
    }
}

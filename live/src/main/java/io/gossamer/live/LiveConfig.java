package io.gossamer.live;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where a live run's nodes bind their sockets and whether the scenario's network models are
 * applied in user space.
 *
 * @param bind the local address every node binds (default loopback)
 * @param lowPort node n binds port {@code lowPort + n}; 0 lets the system pick free ports
 * @param highPort the last port of the range (ignored when {@code lowPort} is 0)
 * @param emulate true to pass each copy through the scenario's latency, loss and bandwidth
 *     models before it goes on the socket
 */
public record LiveConfig(InetAddress bind, int lowPort, int highPort, boolean emulate) {
    /** Validates the port range. */
    public LiveConfig {
        if (bind == null) {
            throw new IllegalArgumentException("a bind address is required");
        }
        if (lowPort < 0 || lowPort > 65535 || (lowPort > 0 && (highPort < lowPort || highPort > 65535))) {
            throw new IllegalArgumentException("bad port range " + lowPort + "-" + highPort
                    + ": give LOW-HIGH with 1 <= LOW <= HIGH <= 65535, or 0 for ports the system picks");
        }
    }

    /** Loopback, system-picked ports, no emulation. */
    public static LiveConfig loopback() {
        return new LiveConfig(InetAddress.getLoopbackAddress(), 0, 0, false);
    }

    /** Parses an address (a host name or literal). */
    public static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown bind address '" + text + "'");
        }
    }
}

package io.gossamer.live;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * A real ZeroMQ broker (JeroMQ) for a live run's relays, as the dissemination study's
 * centralized architecture used: an XSUB socket the relaying nodes' PUB sockets connect to and
 * an XPUB socket every hosted node's SUB socket connects to (subscribed to everything), with a
 * proxy thread forwarding publications one way and subscriptions the other. A relay is
 * published once and ZeroMQ copies it to every subscriber; each receiving node keeps it only
 * if it is one of the relay's targets (the frame carries them as a bit set).
 *
 * <p>Threads: the PUB sockets belong to the loop thread (created and used there); the SUB
 * sockets to a receiver thread, which the loop thread tells about nodes going up and down
 * through a queue and an inproc wake-up socket; the XSUB and XPUB sockets to the proxy thread.
 */
final class ZmqRelay implements AutoCloseable {
    /** Frame kinds (first byte). */
    static final byte PROBE = 0;
    static final byte RELAY = 1;

    /** Reads one frame a node's SUB socket received (on the receiver thread). */
    @FunctionalInterface
    interface Arrival {
        void frame(int node, byte[] frame);
    }

    private final ZContext ctx = new ZContext(1);
    private final String xsubAddress;
    private final String xpubAddress;
    private final Thread proxy;
    private final Thread receiver;
    private final Arrival onFrame;
    private volatile boolean stopping;
    /** Node ids to open (>= 0) or close (-1 - id) a SUB socket for. */
    private final ConcurrentLinkedQueue<Integer> commands = new ConcurrentLinkedQueue<>();
    private final ZMQ.Socket wake;
    private final String wakeAddress = "inproc://gossamer-relay-wake-" + System.identityHashCode(this);
    /** The relaying nodes' PUB sockets (loop thread). */
    private ZMQ.Socket[] pubs = new ZMQ.Socket[0];
    /** SUB sockets asked for and not closed (loop thread). */
    private int subsWanted;
    /** Distinct SUB sockets a probe reached (receiver thread writes). */
    private final AtomicLong probed = new AtomicLong();
    private final AtomicLong subscriptions = new AtomicLong();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong framesReceived = new AtomicLong();
    private long publications;
    private long bytesPublished;

    /** Starts the broker on {@code bind} (ports the system picks) and the receiver thread. */
    ZmqRelay(InetAddress bind, Arrival onFrame) {
        this.onFrame = onFrame;
        String host = bind.getHostAddress().contains(":") ? "[" + bind.getHostAddress() + "]" : bind.getHostAddress();
        ZMQ.Socket xsub = socket(SocketType.XSUB);
        ZMQ.Socket xpub = socket(SocketType.XPUB);
        xpub.setXpubVerbose(true);
        // Every node connects at once: with ZeroMQ's default backlog of 100, the kernel drops the
        // connects beyond it, and TCP retries them after 1, 3, 7, 15 s... (300 nodes took 14 s to be
        // reached, 1,000 more than a minute).
        xsub.setBacklog(4096);
        xpub.setBacklog(4096);
        try {
            xsubAddress = "tcp://" + host + ":" + xsub.bindToRandomPort("tcp://" + host);
            xpubAddress = "tcp://" + host + ":" + xpub.bindToRandomPort("tcp://" + host);
        } catch (RuntimeException e) {
            ctx.close();
            throw new LiveStartException("the ZeroMQ broker cannot bind on " + bind.getHostAddress() + ": " + e.getMessage(), e);
        }
        ZMQ.Socket wakeIn = socket(SocketType.PULL);
        wakeIn.bind(wakeAddress);
        wake = socket(SocketType.PUSH);
        wake.connect(wakeAddress);
        proxy = new Thread(() -> forward(xsub, xpub), "gossamer-zmq-broker");
        receiver = new Thread(() -> receive(wakeIn), "gossamer-zmq-subscribers");
        proxy.setDaemon(true);
        receiver.setDaemon(true);
        proxy.start();
        receiver.start();
    }

    private ZMQ.Socket socket(SocketType type) {
        ZMQ.Socket s = ctx.createSocket(type);
        s.setLinger(0);
        s.setSndHWM(0);
        s.setRcvHWM(0);
        return s;
    }

    /** The broker's ends: where publishers and subscribers connect. */
    String describe() {
        return "XSUB " + xsubAddress + ", XPUB " + xpubAddress;
    }

    /** The proxy: publications from XSUB to XPUB, subscriptions from XPUB back to XSUB. */
    private void forward(ZMQ.Socket xsub, ZMQ.Socket xpub) {
        ZMQ.Poller poller = ctx.createPoller(2);
        poller.register(xsub, ZMQ.Poller.POLLIN);
        poller.register(xpub, ZMQ.Poller.POLLIN);
        while (!stopping) {
            if (poller.poll(10) < 0) {
                break;
            }
            // Both sockets every round, not only when the poller marks them: a socket attaches a new
            // connection only when its own thread calls it (see receive).
            byte[] m;
            while ((m = xsub.recv(ZMQ.DONTWAIT)) != null) {
                xpub.send(m, ZMQ.DONTWAIT);
                forwarded.incrementAndGet();
            }
            byte[] s;
            while ((s = xpub.recv(ZMQ.DONTWAIT)) != null) {
                subscriptions.incrementAndGet();
                xsub.send(s, ZMQ.DONTWAIT);
            }
        }
        poller.close();
    }

    /** The receiver: every hosted node's SUB socket. */
    private void receive(ZMQ.Socket wakeIn) {
        List<ZMQ.Socket> subs = new ArrayList<>();
        List<Integer> nodes = new ArrayList<>();
        boolean[] probedNode = new boolean[0];
        // One poller for the run: sockets are registered as they open (rebuilding it for every
        // batch of new nodes cost as much as the rest together at 1,000 nodes).
        ZMQ.Poller poller = ctx.createPoller(64);
        poller.register(wakeIn, ZMQ.Poller.POLLIN);
        while (!stopping) {
            if (poller.poll(100) < 0) {
                break;
            }
            while (wakeIn.recv(ZMQ.DONTWAIT) != null) {
                // woken: look at the commands
            }
            Integer c;
            while ((c = commands.poll()) != null) {
                int node = c >= 0 ? c : -1 - c;
                int at = nodes.indexOf(node);
                if (at >= 0) {
                    ZMQ.Socket old = subs.remove(at);
                    poller.unregister(old);
                    old.close(); // a socket made by the context tells it when closed
                    nodes.remove(at);
                }
                if (c >= 0) {
                    ZMQ.Socket s = socket(SocketType.SUB);
                    s.connect(xpubAddress);
                    s.subscribe(new byte[0]);
                    poller.register(s, ZMQ.Poller.POLLIN);
                    subs.add(s);
                    nodes.add(node);
                }
                if (node < probedNode.length) {
                    probedNode[node] = false;
                }
            }
            // Every socket, not only those the poller marks: a ZeroMQ socket attaches its new connection
            // (and so sends its subscription) only when its own thread calls it, and a poller's readiness
            // does not cover that (one socket a round: 1,000 subscribers took 70 s instead of 2).
            for (int i = 0; i < subs.size(); i++) {
                ZMQ.Socket s = subs.get(i);
                int node = nodes.get(i);
                byte[] f;
                while ((f = s.recv(ZMQ.DONTWAIT)) != null) {
                    if (f.length > 0 && f[0] == PROBE) {
                        if (node >= probedNode.length) {
                            probedNode = Arrays.copyOf(probedNode, Math.max(node + 1, probedNode.length * 2));
                        }
                        if (!probedNode[node]) {
                            probedNode[node] = true;
                            probed.incrementAndGet();
                        }
                    } else {
                        framesReceived.incrementAndGet();
                        onFrame.frame(node, f);
                    }
                }
            }
        }
        poller.close();
    }

    /** Gives {@code node} a SUB socket (loop thread). */
    void up(int node) {
        subsWanted++;
        commands.add(node);
        wake.send(new byte[1], ZMQ.DONTWAIT);
    }

    /** Closes {@code node}'s sockets at once (loop thread). */
    void down(int node) {
        subsWanted--;
        commands.add(-1 - node);
        wake.send(new byte[1], ZMQ.DONTWAIT);
        if (node < pubs.length && pubs[node] != null) {
            pubs[node].close();
            pubs[node] = null;
        }
    }

    /** {@code source}'s PUB socket, connected to the broker (loop thread). */
    private ZMQ.Socket pub(int source) {
        if (source >= pubs.length) {
            pubs = Arrays.copyOf(pubs, Math.max(source + 1, pubs.length * 2 + 4));
        }
        if (pubs[source] == null) {
            pubs[source] = socket(SocketType.PUB);
            pubs[source].connect(xsubAddress);
        }
        return pubs[source];
    }

    /** Publishes one relay frame from {@code source} (loop thread). */
    void publish(int source, byte[] frame) {
        pub(source).send(frame, ZMQ.DONTWAIT);
        publications++;
        bytesPublished += frame.length;
    }

    /**
     * Waits until a probe from each of {@code relays} has reached every SUB socket asked for, so
     * that no relay is lost to a subscription still on its way (ZeroMQ drops what a PUB socket
     * sends before the subscriptions reach it).
     *
     * @throws LiveStartException if that takes longer than {@code timeoutNanos}
     */
    void awaitSubscribers(int[] relays, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        for (int relay : relays) {
            probed.set(0);
            ZMQ.Socket pub = pub(relay);
            while (probed.get() < subsWanted) {
                pub.send(new byte[] {PROBE}, ZMQ.DONTWAIT);
                if (System.nanoTime() > deadline) {
                    throw new LiveStartException("the ZeroMQ broker (" + describe() + ") reached only " + probed.get() + " of "
                            + subsWanted + " subscribers' SUB sockets from node " + relay + " within "
                            + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos) + " s", null);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LiveStartException("interrupted while waiting for the ZeroMQ broker", e);
                }
            }
        }
    }

    /**
     * The broker's counters.
     *
     * @param publications relays published (one per message, however many targets)
     * @param bytesPublished their bytes
     * @param forwarded messages the proxy forwarded to XPUB (probes included)
     * @param subscriptions subscription messages the proxy passed from XPUB to XSUB
     * @param framesReceived relay frames the SUB sockets received (each subscriber gets every relay)
     */
    record Stats(long publications, long bytesPublished, long forwarded, long subscriptions, long framesReceived) {
    }

    Stats stats() {
        return new Stats(publications, bytesPublished, forwarded.get(), subscriptions.get(), framesReceived.get());
    }

    @Override
    public void close() {
        stopping = true;
        try {
            proxy.join(2000);
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ctx.close();
    }
}

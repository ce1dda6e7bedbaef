package io.gossamer.live;

import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.SimNetwork;
import io.gossamer.sim.net.Transport;
import io.gossamer.sim.net.Wire;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Carries a {@link SimNetwork}'s traffic over sockets: each running node has its own UDP
 * socket on the configured address, for datagrams, and its own TCP listener, for copies sent
 * over connections ({@link Transport#STREAM}), which travel over one TCP connection per
 * ordered pair of nodes ({@link TcpLinks}). A datagram is the receiving node's id, the message type's wire id,
 * the virtual (wall) time of the write and the message as its codec writes it; the time stamp
 * measures the transit from write to read (meaningful within one process, whose clocks agree). Sends happen on the simulation's thread and are
 * flushed when the loop next looks for work; arrivals are decoded on the I/O thread and handed
 * to the loop through the {@link WallClockPacer}, stamped with their arrival time.
 *
 * <p>A copy addressed to a node that is down is handed back to the network at once, which
 * drops it as a dead node's, as the simulator does (the datagram would go to a closed port).
 */
public final class UdpWire implements Wire, AutoCloseable {
    /** Receiver id, type id, the sender's wall time at the write. */
    private static final int FRAME = 16;

    private final LiveConfig config;
    private final Codecs codecs;
    private final WallClockPacer pacer;
    private final EventLoopGroup group;
    private SimNetwork network;
    /** The part of a split run this wire carries (the whole run: every node), and where the other parts' nodes are. */
    private Part part = Part.WHOLE;
    private RemoteNodes remote;
    /** The relays through ZeroMQ, or null. */
    private RelayBatch relay;
    private final AtomicLong relayIgnored = new AtomicLong();
    private Channel[] channels = new Channel[0];
    private InetSocketAddress[] addresses = new InetSocketAddress[0];
    private final List<Channel> dirty = new ArrayList<>();
    private final WireBuffer buffer = new WireBuffer();
    private Message lastEncoded;
    private Codecs.Entry lastEntry;

    private final Map<Class<?>, long[]> perType = new LinkedHashMap<>();
    private long datagramsSent;
    private long bytesSent;
    private long socketsOpened;
    private int socketsOpen;
    private int socketsMax;
    private final AtomicLong datagramsReceived = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong undecodable = new AtomicLong();
    private final AtomicLong framesReceived = new AtomicLong();
    /** The stream transport: copies sent over connections go over TCP. */
    private final TcpLinks tcp;
    private long streamLost;
    /** Nanoseconds the loop thread spent encoding and writing copies (sends and flushes). */
    private long sendNs;
    private long flushNs;
    /** Sum of (read time - write time) over datagrams read, ns. */
    private final AtomicLong transitNs = new AtomicLong();
    /** The first transits read (I/O thread only), for percentiles. */
    private final long[] transits = new long[1 << 17];
    private int transitCount;
    /** Nanoseconds the I/O thread spent reading and decoding datagrams. */
    private final AtomicLong receiveNs = new AtomicLong();

    /** A wire on one I/O thread; {@link #attach} it to the network before nodes start. */
    public UdpWire(LiveConfig config, Codecs codecs, WallClockPacer pacer) {
        this.config = config;
        this.codecs = codecs;
        this.pacer = pacer;
        this.group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.tcp = new TcpLinks(config, group, pacer, this::readFrame);
    }

    /** Closes stream connections unused this long (the scenario's idle timeout). */
    public void idleTimeout(long nanos) {
        tcp.idleTimeout(nanos);
    }

    /**
     * Makes this wire carry part {@code part} of a split run: it binds sockets only for the nodes
     * the part hosts; copies for the others go to the addresses their parts published
     * ({@link #learn}). Call it before any node starts.
     */
    public void split(Part part) {
        this.part = part;
        this.remote = part.split() ? new RemoteNodes(part) : null;
    }

    /** Takes the other parts' addresses (on the loop thread, before the clock starts). */
    public void learn(java.util.List<AddressFile.Block> blocks) {
        if (remote != null) {
            remote.learn(blocks);
        }
    }

    @Override
    public boolean hosts(int node) {
        return part.hosts(node);
    }

    /** Where hosted node {@code node}'s TCP listener is, or null. */
    public InetSocketAddress tcpAddress(int node) {
        return tcp.address(node);
    }

    /**
     * Sends the copies of the nodes {@code relays} accepts (a pub/sub broker) through a JeroMQ
     * XPUB/XSUB broker instead of TCP: one publication per message, which ZeroMQ copies to every
     * hosted node's SUB socket and each target keeps ({@link ZmqRelay}, {@link RelayBatch}).
     * Call it before any node starts; the run of one process only.
     */
    public void relayThroughZeroMq(java.util.function.IntPredicate relays) {
        if (part.split()) {
            throw new IllegalStateException("a split run relays nothing through ZeroMQ");
        }
        relay = new RelayBatch(new ZmqRelay(config.bind(), this::readRelay), relays);
    }

    /**
     * Waits until the ZeroMQ broker reaches every hosted node from each relaying node of {@code nodes}
     * (before the clock starts): at most 10 s and 100 ms per node.
     */
    public void awaitRelays(int[] nodes) {
        if (relay != null) {
            relay.awaitSubscribers(nodes, TimeUnit.SECONDS.toNanos(10) + TimeUnit.MILLISECONDS.toNanos(100) * nodes.length);
        }
    }

    /** A relay that {@code node}'s SUB socket received (ZeroMQ receiver thread). */
    private void readRelay(int node, byte[] frame) {
        int[] at = RelayBatch.frameFor(node, frame);
        if (at == null) {
            relayIgnored.incrementAndGet();
            return;
        }
        long started = System.nanoTime();
        read(node, io.netty.buffer.Unpooled.wrappedBuffer(frame, at[0], at[1]));
        receiveNs.addAndGet(System.nanoTime() - started);
    }

    /** Carries {@code network}'s traffic from now on. */
    public void attach(SimNetwork network) {
        this.network = network;
        network.useWire(this, config.emulate());
    }

    @Override
    public void up(int node) {
        if (!part.hosts(node)) {
            remote.up(node);
            return;
        }
        if (node >= channels.length) {
            int n = Math.max(node + 1, channels.length * 2 + 16);
            channels = Arrays.copyOf(channels, n);
            addresses = Arrays.copyOf(addresses, n);
        }
        int port = 0;
        if (config.lowPort() > 0) {
            long p = (long) config.lowPort() + node;
            if (p > config.highPort()) {
                throw new LiveStartException("port range exhausted: node " + node + " needs port " + p + ", but the range "
                        + config.lowPort() + "-" + config.highPort() + " has " + (config.highPort() - config.lowPort() + 1)
                        + " ports; widen it with --ports", null);
            }
            port = (int) p;
        }
        InetSocketAddress at = new InetSocketAddress(config.bind(), port);
        Channel ch;
        try {
            ch = new Bootstrap().group(group).channel(NioDatagramChannel.class)
                    .option(ChannelOption.SO_RCVBUF, 1 << 20)
                    .option(ChannelOption.SO_SNDBUF, 1 << 20)
                    .handler(new Receiver(node))
                    .bind(at).sync().channel();
        } catch (Exception e) {
            String why = e instanceof BindException ? "the address is in use or not local"
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new LiveStartException("node " + node + " cannot bind UDP " + config.bind().getHostAddress() + ":" + port
                    + " (" + why + ")", e);
        }
        channels[node] = ch;
        addresses[node] = (InetSocketAddress) ch.localAddress();
        try {
            tcp.up(node, addresses[node].getPort());
        } catch (LiveStartException busy) {
            if (port != 0) {
                ch.close();
                channels[node] = null;
                throw busy;
            }
            tcp.up(node, 0); // the system picked the UDP port; any free TCP port will do
        }
        if (relay != null) {
            relay.up(node);
        }
        socketsOpened++;
        socketsOpen++;
        socketsMax = Math.max(socketsMax, socketsOpen);
    }

    @Override
    public void down(int node) {
        if (!part.hosts(node)) {
            remote.down(node);
            return;
        }
        Channel ch = node < channels.length ? channels[node] : null;
        if (ch != null) {
            channels[node] = null;
            dirty.remove(ch);
            ch.close();
            socketsOpen--;
            if (relay != null) {
                relay.down(node);
            }
        }
        tcp.down(node);
    }

    @Override
    public void send(int source, int destination, Message message) {
        long started = System.nanoTime();
        write(source, destination, message);
        sendNs += System.nanoTime() - started;
    }

    private void write(int source, int destination, Message message) {
        Channel from = source < channels.length ? channels[source] : null;
        Channel to = destination < channels.length ? channels[destination] : null;
        if (message != lastEncoded) {
            lastEntry = codecs.of(message.getClass());
            buffer.clear();
            lastEntry.codec().encode(message, buffer);
            lastEncoded = message;
        }
        long[] t = perType.computeIfAbsent(message.getClass(), k -> new long[3]);
        t[0]++;
        t[1] += message.sizeBytes();
        t[2] += FRAME + buffer.size();
        boolean hosted = part.hosts(destination);
        InetSocketAddress target = hosted ? (to == null ? null : addresses[destination]) : remote.udp(destination);
        if (target == null) {
            // The receiver is down: the network drops the copy as a dead node's, as the simulator does.
            network.receive(destination, message, pacer.wallTime());
            return;
        }
        if (from == null) {
            return; // the sender's socket is closed: the copy is lost
        }
        if (relay != null && relay.relays(source)) {
            relay.add(source, destination, message, lastEntry.id(), buffer, pacer.wallTime());
            return;
        }
        if (message.transport() == Transport.STREAM) {
            InetSocketAddress listener = hosted ? tcp.address(destination) : remote.tcp(destination);
            if (!tcp.send(source, destination, listener, lastEntry.id(), pacer.wallTime(), buffer.array(), buffer.size())) {
                streamLost++;
            }
            return;
        }
        ByteBuf out = from.alloc().buffer(FRAME + buffer.size());
        out.writeInt(destination);
        out.writeInt(lastEntry.id());
        out.writeLong(pacer.wallTime());
        out.writeBytes(buffer.array(), 0, buffer.size());
        datagramsSent++;
        bytesSent += out.readableBytes();
        from.write(new DatagramPacket(out, target));
        if (dirty.isEmpty() || dirty.get(dirty.size() - 1) != from) {
            dirty.add(from);
        }
    }

    /** Flushes the sockets written to since the last flush (the loop calls it before it waits). */
    public void flush() {
        if (relay != null) {
            relay.publish(pacer.wallTime());
        }
        if (dirty.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        for (int i = 0; i < dirty.size(); i++) {
            dirty.get(i).flush();
        }
        dirty.clear();
        flushNs += System.nanoTime() - started;
    }

    /** The socket address of a running node, or null. */
    public InetSocketAddress address(int node) {
        return node < addresses.length && channels[node] != null ? addresses[node] : null;
    }

    private final class Receiver extends SimpleChannelInboundHandler<DatagramPacket> {
        private final int node;

        Receiver(int node) {
            this.node = node;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
            long started = System.nanoTime();
            ByteBuf in = packet.content();
            datagramsReceived.incrementAndGet();
            bytesReceived.addAndGet(in.readableBytes());
            read(node, in);
            receiveNs.addAndGet(System.nanoTime() - started);
        }
    }

    /** A stream frame for {@code node} (I/O thread). */
    private void readFrame(int node, ByteBuf in) {
        long started = System.nanoTime();
        framesReceived.incrementAndGet();
        read(node, in);
        receiveNs.addAndGet(System.nanoTime() - started);
    }

    /** Decodes a datagram or frame for {@code node} and hands it to the loop (I/O thread). */
    private void read(int node, ByteBuf in) {
        long at = pacer.wallTime();
        int size = in.readableBytes();
        if (size < FRAME || in.getInt(in.readerIndex()) != node) {
            undecodable.incrementAndGet();
            return;
        }
        Codecs.Entry e = codecs.byId(in.getInt(in.readerIndex() + 4));
        if (e == null) {
            undecodable.incrementAndGet();
            return;
        }
        long transit = at - in.getLong(in.readerIndex() + 8);
        transitNs.addAndGet(transit);
        synchronized (transits) { // Netty's I/O thread and, with relays, ZeroMQ's receiver
            if (transitCount < transits.length) {
                transits[transitCount++] = transit;
            }
        }
        ByteBuffer body = in.nioBuffer(in.readerIndex() + FRAME, size - FRAME);
        Message m;
        try {
            m = e.codec().decode(body);
        } catch (RuntimeException bad) {
            undecodable.incrementAndGet();
            return;
        }
        pacer.submit(() -> network.receive(node, m, at));
    }

    /** The counters so far. */
    public WireStats stats() {
        Map<String, TypeStats> types = new LinkedHashMap<>();
        perType.forEach((k, v) -> types.put(k.getName(), new TypeStats(v[0], v[1], v[2])));
        return new WireStats(datagramsSent, bytesSent, datagramsReceived.get(), bytesReceived.get(), undecodable.get(),
                socketsOpened, socketsMax, types, sendNs, flushNs, receiveNs.get(), transitNs.get(), streamStats(), relayStats());
    }

    private RelayStats relayStats() {
        if (relay == null) {
            return null;
        }
        ZmqRelay.Stats z = relay.broker().stats();
        return new RelayStats(relay.broker().describe(), relay.copies(), z.publications(), z.bytesPublished(), z.forwarded(),
                z.subscriptions(), z.framesReceived(), relayIgnored.get());
    }

    private StreamStats streamStats() {
        TcpLinks.Stats t = tcp.stats();
        return new StreamStats(t.opened(), t.connectFailures(), t.idleClosed(), t.closedOtherwise(), t.framesSent(),
                framesReceived.get(), t.bytesSent(), streamLost + t.lost());
    }

    /**
     * A percentile of the transit from write to read over the datagrams read so far (at most
     * the first 131,072), in nanoseconds; 0 if none was read. Call it after {@link #close}.
     *
     * @param q the quantile, 0 to 1
     */
    public long transitPercentile(double q) {
        if (transitCount == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(transits, transitCount);
        Arrays.sort(sorted);
        return sorted[Math.min(transitCount - 1, (int) Math.ceil(q * transitCount) - (q > 0 ? 1 : 0))];
    }

    /** Closes every socket and stops the I/O thread; returns when they are released. */
    @Override
    public void close() {
        if (relay != null) {
            relay.close();
        }
        tcp.close();
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] != null) {
                channels[i].close().awaitUninterruptibly();
                channels[i] = null;
            }
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}

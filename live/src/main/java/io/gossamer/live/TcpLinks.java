package io.gossamer.live;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;


/**
 * The stream transport of a live run: copies sent over a connection ({@code Transport.STREAM})
 * travel over real TCP connections, one per ordered pair of nodes, opened by the sender on its
 * first copy to the receiver (the connect runs on the I/O thread; copies sent meanwhile wait
 * for it, in order) and carrying length-prefixed frames (the datagram's frame). Each node listens on a TCP port of
 * its own. A node that stops or fails closes its listener and every connection it is an end
 * of, with no goodbye: its peers see the close. A connection unused for the idle timeout is
 * closed by its opener and opened again on the next copy. All methods but the handlers run on
 * the loop thread; the handlers hand frames and closes over through the pacer.
 */
final class TcpLinks {
    private static final int MAX_FRAME = 1 << 24;

    private final LiveConfig config;
    private final EventLoopGroup group;
    private final WallClockPacer pacer;
    private final FrameReader onFrame;
    private Channel[] listeners = new Channel[0];
    private InetSocketAddress[] addresses = new InetSocketAddress[0];
    /** Connections by (sender, receiver), opened (or being opened) by the sender. */
    private final Long2ObjectOpenHashMap<ChannelFuture> links = new Long2ObjectOpenHashMap<>();
    private final AtomicLong connectFailures = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    /** Connections unused this long are closed by their opener. */
    private long idleTimeoutNanos = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    /** Accepted connections per node, to close them when the node goes down (loop thread only). */
    private List<List<Channel>> accepted = new ArrayList<>();

    private long opened;
    private long framesSent;
    private long bytesSent;
    private final AtomicLong idleClosed = new AtomicLong();
    private final AtomicLong peerClosed = new AtomicLong();

    /** Reads one frame that arrived for a node (on the I/O thread). */
    @FunctionalInterface
    interface FrameReader {
        void read(int node, ByteBuf frame);
    }

    TcpLinks(LiveConfig config, EventLoopGroup group, WallClockPacer pacer, FrameReader onFrame) {
        this.config = config;
        this.group = group;
        this.pacer = pacer;
        this.onFrame = onFrame;
    }

    /** Sets the idle timeout of connections opened from now on. */
    void idleTimeout(long nanos) {
        this.idleTimeoutNanos = nanos;
    }

    /** Binds {@code node}'s listener on {@code port} (0: any free port). */
    void up(int node, int port) {
        if (node >= listeners.length) {
            int n = Math.max(node + 1, listeners.length * 2 + 16);
            listeners = Arrays.copyOf(listeners, n);
            addresses = Arrays.copyOf(addresses, n);
        }
        while (accepted.size() <= node) {
            accepted.add(null);
        }
        accepted.set(node, new ArrayList<>());
        Channel listener;
        try {
            listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            pacer.submit(() -> {
                                List<Channel> mine = node < accepted.size() ? accepted.get(node) : null;
                                if (mine != null) {
                                    mine.add(ch);
                                } else {
                                    ch.close();
                                }
                            });
                            ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(MAX_FRAME, 0, 4, 0, 4), new Reader(node));
                        }
                    })
                    .bind(new InetSocketAddress(config.bind(), port)).sync().channel();
        } catch (Exception e) {
            String why = e instanceof BindException ? "the address is in use or not local"
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new LiveStartException("node " + node + " cannot listen on TCP " + config.bind().getHostAddress() + ":" + port
                    + " (" + why + ")", e);
        }
        listeners[node] = listener;
        addresses[node] = (InetSocketAddress) listener.localAddress();
    }

    /** Closes {@code node}'s listener and every connection it is an end of, at once. */
    void down(int node) {
        if (node < listeners.length && listeners[node] != null) {
            listeners[node].close();
            listeners[node] = null;
        }
        if (node < accepted.size() && accepted.get(node) != null) {
            accepted.get(node).forEach(Channel::close);
            accepted.set(node, null);
        }
        List<Long> mine = new ArrayList<>();
        for (long key : links.keySet()) {
            if ((int) (key >>> 32) == node || (int) key == node) {
                mine.add(key);
            }
        }
        mine.sort(null);
        for (long key : mine) {
            links.remove(key).channel().close();
        }
    }

    /** True if {@code node} listens. */
    boolean listening(int node) {
        return node < listeners.length && listeners[node] != null;
    }

    /** Where a hosted node listens, or null if it does not. */
    InetSocketAddress address(int node) {
        return listening(node) ? addresses[node] : null;
    }

    /**
     * Writes one frame from {@code source} to {@code destination}, which listens at {@code to}
     * (the frame header, then {@code length} bytes of {@code body}), opening their connection
     * first if there is none; false if the receiver does not listen ({@code to} null) (the copy is lost; so is a copy whose connect
     * fails later, counted in {@link Stats#lost}).
     */
    boolean send(int source, int destination, InetSocketAddress to, int typeId, long wallTime, byte[] body, int length) {
        long key = ((long) source << 32) | (destination & 0xffffffffL);
        ChannelFuture link = links.get(key);
        if (link == null || (link.isDone() && !link.channel().isActive())) {
            if (to == null) {
                connectFailures.incrementAndGet();
                return false;
            }
            link = connect(to, key);
        }
        Channel ch = link.channel();
        ByteBuf out = ch.alloc().buffer(4 + 16 + length);
        out.writeInt(16 + length);
        out.writeInt(destination);
        out.writeInt(typeId);
        out.writeLong(wallTime);
        out.writeBytes(body, 0, length);
        framesSent++;
        bytesSent += out.readableBytes();
        if (link.isSuccess()) {
            // A connection that closes (idle) between the check above and the write loses the copy: counted.
            ch.writeAndFlush(out).addListener(f -> {
                if (!f.isSuccess()) {
                    lost.incrementAndGet();
                }
            });
        } else {
            // Runs on the I/O thread once the connect is done, after the copies queued before it.
            link.addListener(f -> {
                if (f.isSuccess()) {
                    ch.writeAndFlush(out).addListener(w -> {
                        if (!w.isSuccess()) {
                            lost.incrementAndGet();
                        }
                    });
                } else {
                    out.release();
                    lost.incrementAndGet();
                }
            });
        }
        return true;
    }

    private ChannelFuture connect(InetSocketAddress to, long key) {
        long idle = idleTimeoutNanos;
        ChannelFuture f = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 3000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel c) {
                        c.pipeline().addLast(new IdleStateHandler(0, 0, idle, TimeUnit.NANOSECONDS), new Closer(key));
                    }
                })
                .connect(to);
        f.addListener(done -> {
            if (!done.isSuccess()) {
                connectFailures.incrementAndGet();
            }
        });
        links.put(key, f);
        opened++;
        return f;
    }

    /** Reads frames on an accepted connection. */
    private final class Reader extends SimpleChannelInboundHandler<ByteBuf> {
        private final int node;

        Reader(int node) {
            this.node = node;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            onFrame.read(node, frame);
        }
    }

    /** Closes an idle connection, and forgets a connection the other end closed. */
    private final class Closer extends ChannelInboundHandlerAdapter {
        private final long key;
        private boolean idle;

        Closer(long key) {
            this.key = key;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            if (evt instanceof IdleStateEvent) {
                idle = true;
                idleClosed.incrementAndGet();
                ctx.close();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            Channel ch = ctx.channel();
            if (!idle) {
                peerClosed.incrementAndGet();
            }
            pacer.submit(() -> {
                ChannelFuture f = links.get(key);
                if (f != null && f.channel() == ch) {
                    links.remove(key);
                }
            });
        }
    }

    /**
     * The stream transport's counters.
     *
     * @param opened connections opened
     * @param connectFailures connects that failed (the receiver was not listening)
     * @param lost copies dropped because their connect failed or their connection closed under them
     * @param idleClosed connections closed after the idle timeout
     * @param closedOtherwise connections closed by a node going down (either end) or by the peer
     * @param framesSent frames written
     * @param bytesSent their bytes (with the 4-byte length prefix; TCP and IP headers not counted)
     */
    record Stats(long opened, long connectFailures, long lost, long idleClosed, long closedOtherwise, long framesSent, long bytesSent) {
    }

    Stats stats() {
        return new Stats(opened, connectFailures.get(), lost.get(), idleClosed.get(), peerClosed.get(), framesSent, bytesSent);
    }

    /** Closes every listener and connection. */
    void close() {
        for (ChannelFuture f : links.values()) {
            f.channel().close().awaitUninterruptibly();
        }
        links.clear();
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i] != null) {
                listeners[i].close().awaitUninterruptibly();
                listeners[i] = null;
            }
        }
        for (List<Channel> list : accepted) {
            if (list != null) {
                list.forEach(c -> c.close().awaitUninterruptibly());
            }
        }
    }
}

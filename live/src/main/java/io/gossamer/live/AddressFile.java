package io.gossamer.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The rendezvous of the parts of a split live run: a small text file every part appends to and
 * reads. Each part appends one block, in one write under an exclusive file lock, once its
 * nodes of time 0 are listening: a {@code part} line (its number, the run's session, the wall
 * clock when it was ready), a {@code node ID HOST UDP TCP} line per node it hosts, a
 * {@code later HOST LOW HIGH} line if its later nodes bind {@code LOW+id} (--ports), and an
 * {@code end} line (a block without it is not read: it is still being written). It then reads
 * the file until every part's block is there, or gives up after the wait. The clock of every
 * part starts {@value #START_MARGIN_MS} ms after the last part was ready (wall clocks must agree
 * across hosts, e.g. by NTP). A part whose {@code stop-when: all-delivered} holds for its own
 * nodes appends {@code done}; the run stops when every part is done. When a part ends or gives
 * up it appends {@code closed}.
 *
 * <p>Lines of another session (another scenario, seed or number of parts) are ignored, and so
 * are blocks written more than the wait before this part started: one file can serve many runs,
 * but two runs of the same session must not overlap.
 */
public final class AddressFile implements AutoCloseable {
    /** The clocks start this long after the last part was ready. */
    public static final long START_MARGIN_MS = 300;
    private static final long POLL_MS = 20;

    /**
     * Where a hosted node listens.
     *
     * @param node its id
     * @param host its address (a literal)
     * @param udpPort its UDP port
     * @param tcpPort its TCP listener's port
     */
    public record Entry(int node, String host, int udpPort, int tcpPort) {
    }

    /**
     * Where a part's nodes that start after time 0 will listen: node n on {@code lowPort + n}
     * (UDP and TCP).
     *
     * @param host the address
     * @param lowPort the first port of the range
     * @param highPort its last port
     */
    public record Later(String host, int lowPort, int highPort) {
    }

    /**
     * One part's block.
     *
     * @param part its number
     * @param readyEpochNs the wall clock when it was ready (ns since the epoch)
     * @param where host and process that wrote it
     * @param entries its nodes of time 0
     * @param later where its later nodes listen, or null
     */
    public record Block(int part, long readyEpochNs, String where, List<Entry> entries, Later later) {
    }

    private final Path file;
    private final Part part;
    private final String session;
    private final long staleBeforeEpochNs;
    private volatile boolean localDone;
    private volatile Thread watcher;
    private boolean published;

    /**
     * The file as part {@code part} of the run {@code session} (a word naming the scenario, seed
     * and number of parts) sees it; blocks older than {@code waitNanos} before now are stale.
     */
    public AddressFile(Path file, Part part, String session, long waitNanos) {
        if (session.isBlank() || session.contains(" ") || session.contains("\n")) {
            throw new IllegalArgumentException("a session is one word: '" + session + "'");
        }
        this.file = file;
        this.part = part;
        this.session = session;
        this.staleBeforeEpochNs = epochNanos() - waitNanos;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The run's session (scenario, seed and number of parts), which this part's lines carry. */
    public String session() {
        return session;
    }

    /** The wall clock in nanoseconds since the epoch. */
    public static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * Appends this part's block.
     *
     * @throws LiveStartException if the file holds a block of this part that is not closed (the
     *     same part runs twice) or cannot be written
     */
    public void publish(List<Entry> entries, Later later) {
        State s = read();
        if (s.blocks[part.index() - 1] != null && !s.closed[part.index() - 1]) {
            Block b = s.blocks[part.index() - 1];
            throw new LiveStartException(file + " already holds the addresses of part " + part + " of this run (written by "
                    + b.where() + " at " + Instant.ofEpochSecond(0, b.readyEpochNs()) + ") and that part has not ended: each"
                    + " part must run once; if that run is over, remove the file or use another --addresses", null);
        }
        StringBuilder b = new StringBuilder();
        b.append("part ").append(part).append(" session ").append(session).append(" ready ").append(epochNanos())
                .append(" where ").append(where()).append('\n');
        for (Entry e : entries) {
            b.append("node ").append(e.node()).append(' ').append(e.host()).append(' ').append(e.udpPort()).append(' ')
                    .append(e.tcpPort()).append('\n');
        }
        if (later != null) {
            b.append("later ").append(later.host()).append(' ').append(later.lowPort()).append(' ').append(later.highPort())
                    .append('\n');
        }
        b.append("end ").append(part).append(" session ").append(session).append('\n');
        append(b.toString());
        published = true;
    }

    /**
     * Waits until every part's block is in the file and returns them, in part order.
     *
     * @throws LiveStartException if some part's block is not there after {@code waitNanos}
     */
    public List<Block> await(long waitNanos) {
        long deadline = System.nanoTime() + waitNanos;
        while (true) {
            State s = read();
            List<Integer> missing = new ArrayList<>();
            List<Integer> closed = new ArrayList<>();
            for (int i = 0; i < part.count(); i++) {
                if (s.blocks[i] == null) {
                    missing.add(i + 1);
                } else if (s.closed[i]) {
                    closed.add(i + 1);
                }
            }
            if (missing.isEmpty() && closed.isEmpty()) {
                return List.of(s.blocks);
            }
            if (System.nanoTime() > deadline) {
                String waited = waitNanos % 1_000_000_000L == 0 ? waitNanos / 1_000_000_000L + " s"
                        : TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms";
                StringBuilder m = new StringBuilder("part " + part + " waited " + waited + " for the other parts in " + file + ": ");
                if (!missing.isEmpty()) {
                    m.append(names(missing)).append(missing.size() == 1 ? " never wrote its" : " never wrote their")
                            .append(" addresses");
                }
                if (!closed.isEmpty()) {
                    m.append(missing.isEmpty() ? "" : "; ").append(names(closed)).append(" already ended");
                }
                m.append(". Start every part with the same scenario, --seed, --set values and --addresses, or give more"
                        + " time with --wait");
                throw new LiveStartException(m.toString(), null);
            }
            sleep(POLL_MS);
        }
    }

    private String names(List<Integer> parts) {
        List<String> n = new ArrayList<>();
        parts.forEach(p -> n.add(p + "/" + part.count()));
        return (parts.size() == 1 ? "part " : "parts ") + String.join(", ", n);
    }

    /** When every part's clock starts: {@value #START_MARGIN_MS} ms after the last part was ready (ns since the epoch). */
    public static long startEpochNs(List<Block> blocks) {
        long last = Long.MIN_VALUE;
        for (Block b : blocks) {
            last = Math.max(last, b.readyEpochNs());
        }
        return last + TimeUnit.MILLISECONDS.toNanos(START_MARGIN_MS);
    }

    /**
     * Watches for the end: once {@link #done} was called, appends this part's {@code done}
     * line, and calls {@code allDone} (on the watching thread) when every part's is there.
     */
    public void watch(Runnable allDone) {
        Thread t = new Thread(() -> {
            boolean written = false;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (localDone && !written) {
                        append("done " + part + " session " + session + "\n");
                        written = true;
                    }
                    if (written && read().allDone()) {
                        allDone.run();
                        return;
                    }
                    if (!sleep(POLL_MS)) {
                        return;
                    }
                }
            } catch (LiveStartException e) {
                // The file cannot be read or written any more (or the run is closing): the run ends by its time limit.
            }
        }, "gossamer-parts-" + part.index());
        t.setDaemon(true);
        watcher = t;
        t.start();
    }

    /** This part's own nodes have everything (its {@code stop-when: all-delivered} holds). */
    public void done() {
        localDone = true;
    }

    /** Stops watching and appends this part's {@code closed} line (if it published a block). */
    @Override
    public void close() {
        Thread t = watcher;
        if (t != null) {
            t.interrupt();
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (published) {
            try {
                append("closed " + part + " session " + session + "\n");
            } catch (LiveStartException e) {
                // The run is over; a missing 'closed' line only keeps the block from being taken for a running part's.
            }
        }
    }

    /** The blocks of this session, per part: the latest complete one, and whether it is done and closed. */
    private final class State {
        final Block[] blocks = new Block[part.count()];
        final boolean[] done = new boolean[part.count()];
        final boolean[] closed = new boolean[part.count()];

        boolean allDone() {
            for (int i = 0; i < blocks.length; i++) {
                if (blocks[i] == null || !done[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private State read() {
        State s = new State();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return s;
        } catch (IOException e) {
            throw new LiveStartException("cannot read the address file " + file + ": " + e.getMessage(), e);
        }
        int complete = text.lastIndexOf('\n') + 1;
        String suffix = "/" + part.count();
        Block pending = null;
        List<Entry> entries = null;
        Later later = null;
        for (String line : text.substring(0, complete).split("\n")) {
            String[] w = line.trim().split("\\s+");
            try {
                switch (w[0]) {
                    case "part" -> {
                        pending = null;
                        if (w.length >= 8 && w[1].endsWith(suffix) && w[3].equals(session)) {
                            int p = Integer.parseInt(w[1].substring(0, w[1].indexOf('/')));
                            long ready = Long.parseLong(w[5]);
                            if (p >= 1 && p <= part.count() && ready >= staleBeforeEpochNs) {
                                pending = new Block(p, ready, w[7], List.of(), null);
                                entries = new ArrayList<>();
                                later = null;
                            }
                        }
                    }
                    case "node" -> {
                        if (pending != null) {
                            entries.add(new Entry(Integer.parseInt(w[1]), w[2], Integer.parseInt(w[3]), Integer.parseInt(w[4])));
                        }
                    }
                    case "later" -> {
                        if (pending != null) {
                            later = new Later(w[1], Integer.parseInt(w[2]), Integer.parseInt(w[3]));
                        }
                    }
                    case "end" -> {
                        if (pending != null && w[1].equals(pending.part() + suffix) && w[3].equals(session)) {
                            int i = pending.part() - 1;
                            s.blocks[i] = new Block(pending.part(), pending.readyEpochNs(), pending.where(), List.copyOf(entries), later);
                            s.done[i] = false;
                            s.closed[i] = false;
                        }
                        pending = null;
                    }
                    case "done", "closed" -> {
                        if (w.length >= 4 && w[1].endsWith(suffix) && w[3].equals(session)) {
                            int i = Integer.parseInt(w[1].substring(0, w[1].indexOf('/'))) - 1;
                            if (i >= 0 && i < part.count() && s.blocks[i] != null) {
                                (w[0].equals("done") ? s.done : s.closed)[i] = true;
                            }
                        }
                    }
                    default -> pending = null;
                }
            } catch (RuntimeException bad) {
                pending = null; // a line this version cannot read: the block it belongs to is not taken
            }
        }
        return s;
    }

    private void append(String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                FileLock lock = lock(ch);
                try {
                    ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                    while (b.hasRemaining()) {
                        ch.write(b);
                    }
                    ch.force(false);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new LiveStartException("cannot write the address file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's lock, waiting while another part (in this process or another) holds it. */
    private FileLock lock(FileChannel ch) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                FileLock l = ch.tryLock();
                if (l != null) {
                    return l;
                }
            } catch (OverlappingFileLockException held) {
                // another part of this process holds it
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("it stayed locked for 10 s");
            }
            if (!sleep(2)) {
                throw new IOException("interrupted while waiting for its lock");
            }
        }
    }

    private static boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String where() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown";
            }
        }
        return host.replace(' ', '_') + ":" + ProcessHandle.current().pid();
    }
}

package io.gossamer.sim.net.model;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import java.util.Arrays;

/**
 * Latency from positions in a plane: every node has a 2-D position and an access delay (its
 * last mile), and a message from {@code a} to {@code b} takes
 * <pre>{@code
 *   round(distance(a, b) * nanosPerUnit) + accessDelay(a) + accessDelay(b)
 * }</pre>
 * nanoseconds, where {@code distance} is euclidean. A message to oneself takes twice the
 * access delay. The delay of a pair never changes unless a position or access delay is set;
 * the per-message random stream is not used.
 *
 * <p>A node's position is, unless set with {@link #setPosition(int, double, double)}, drawn
 * uniformly in the square {@code [0, side) x [0, side)} the first time it is needed, from the
 * node's own stream {@code streams.stream("net.coordinates", node)} (x first, then y). So a
 * position depends only on the master seed and the node id, never on the order in which
 * nodes appear or are asked about. Positions and access delays are kept in primitive arrays
 * indexed by node id.
 *
 * <p>Like every model, an instance belongs to one simulation: create it with that
 * simulation's streams, e.g. {@code new CoordinateLatency(sim.random(), 1000, Time.us(100),
 * Time.ms(2))} for a 1000-unit square where one unit is 100 µs and the access delay 2 ms.
 */
public final class CoordinateLatency implements LatencyModel {
    /** The purpose of the streams positions are drawn from. */
    public static final String STREAM = "net.coordinates";

    private static final byte UNSET = 0;
    private static final byte DRAWN = 1;
    private static final byte EXPLICIT = 2;

    private final RandomStreams streams;
    private final double side;
    private final double nanosPerUnit;
    private final long defaultAccessDelay;
    private final RandomStream cursor = new RandomStream(0);

    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private byte[] placed = new byte[0];
    /** Access delay per node; -1 means the default. */
    private long[] access = new long[0];

    /**
     * A model for one simulation.
     *
     * @param streams the simulation's random streams (positions are drawn from them)
     * @param side side of the square default positions are drawn in (units, positive, finite)
     * @param nanosPerUnit delay per unit of distance in nanoseconds (at least 0, finite)
     * @param defaultAccessDelay access delay of nodes that were given none, nanoseconds (at
     *     least 0)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public CoordinateLatency(RandomStreams streams, double side, double nanosPerUnit, long defaultAccessDelay) {
        if (streams == null) {
            throw new IllegalArgumentException("random streams are required (use the simulation's: sim.random())");
        }
        if (!(side > 0) || Double.isInfinite(side)) {
            throw new IllegalArgumentException("side of the square must be positive and finite, got " + side);
        }
        if (!(nanosPerUnit >= 0) || Double.isInfinite(nanosPerUnit)) {
            throw new IllegalArgumentException("nanoseconds per unit must be at least 0 and finite, got " + nanosPerUnit);
        }
        if (defaultAccessDelay < 0) {
            throw new IllegalArgumentException("access delay cannot be negative: " + defaultAccessDelay + "ns");
        }
        this.streams = streams;
        this.side = side;
        this.nanosPerUnit = nanosPerUnit;
        this.defaultAccessDelay = defaultAccessDelay;
    }

    /** Side of the square default positions are drawn in. */
    public double side() {
        return side;
    }

    /** Delay per unit of distance, nanoseconds. */
    public double nanosPerUnit() {
        return nanosPerUnit;
    }

    /** Access delay of nodes that were given none, nanoseconds. */
    public long defaultAccessDelay() {
        return defaultAccessDelay;
    }

    /**
     * Places a node explicitly (replacing a drawn or earlier position). Coordinates may lie
     * outside the default square.
     *
     * @throws IllegalArgumentException if the node id is negative or a coordinate not finite
     */
    public void setPosition(int node, double x, double y) {
        checkNode(node);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinates must be finite, got (" + x + ", " + y + ") for node " + node);
        }
        ensure(node);
        xs[node] = x;
        ys[node] = y;
        placed[node] = EXPLICIT;
    }

    /**
     * Gives a node its own access delay.
     *
     * @throws IllegalArgumentException if the node id or the delay is negative
     */
    public void setAccessDelay(int node, long nanos) {
        checkNode(node);
        if (nanos < 0) {
            throw new IllegalArgumentException("access delay cannot be negative: " + nanos + "ns for node " + node);
        }
        ensure(node);
        access[node] = nanos;
    }

    /** The node's access delay in nanoseconds (the default unless set). */
    public long accessDelay(int node) {
        checkNode(node);
        return node < access.length && access[node] >= 0 ? access[node] : defaultAccessDelay;
    }

    /** The node's x coordinate (drawing its position if needed). */
    public double x(int node) {
        place(node);
        return xs[node];
    }

    /** The node's y coordinate (drawing its position if needed). */
    public double y(int node) {
        place(node);
        return ys[node];
    }

    /** Euclidean distance between two nodes, in units. */
    public double distance(int a, int b) {
        place(a);
        place(b);
        return StrictMath.hypot(xs[a] - xs[b], ys[a] - ys[b]);
    }

    /**
     * {@inheritDoc}
     *
     * @throws ArithmeticException if the delay does not fit in a {@code long}
     */
    @Override
    public long delay(int source, int destination, RandomStream random) {
        double propagation = distance(source, destination) * nanosPerUnit;
        if (propagation >= 0x1p62) {
            throw new ArithmeticException("delay from " + source + " to " + destination + " overflows: "
                    + propagation + "ns");
        }
        return Math.addExact(Math.addExact(Math.round(propagation), accessDelay(source)), accessDelay(destination));
    }

    private void place(int node) {
        checkNode(node);
        ensure(node);
        if (placed[node] == UNSET) {
            cursor.setState(streams.seed(STREAM, node));
            xs[node] = side * cursor.nextDouble();
            ys[node] = side * cursor.nextDouble();
            placed[node] = DRAWN;
        }
    }

    private static void checkNode(int node) {
        if (node < 0) {
            throw new IllegalArgumentException("node ids are not negative: " + node);
        }
    }

    private void ensure(int node) {
        if (node >= placed.length) {
            int old = placed.length;
            int n = Math.max(node + 1, old + (old >> 1) + 16);
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
            placed = Arrays.copyOf(placed, n);
            access = Arrays.copyOf(access, n);
            Arrays.fill(access, old, n, -1L);
        }
    }

    @Override
    public String toString() {
        return "coordinates(side " + side + ", " + nanosPerUnit + "ns/unit, access " + defaultAccessDelay + "ns)";
    }
}

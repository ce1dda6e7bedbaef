package io.gossamer.scenarios.spi;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.core.PortType;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/** What one run offers the providers that build it. */
public interface RunSetup {
    /** The simulation. */
    Simulation simulation();

    /** The nodes and the network. */
    NodeHost host();

    /** The overlay over all node ids of the run. */
    StaticGraph overlay();

    /** Bytes each network message adds to its payload ({@code network.header-bytes}). */
    int headerBytes();

    /** Nodes started at time 0. */
    int initialNodes();

    /** Node ids the run may use: initial nodes plus those processes may add. */
    int nodeCapacity();

    /** The node classes' names, in file order. */
    List<String> nodeClasses();

    /**
     * Starts node {@code id} as a node of {@code nodeClass}, or of a class drawn by the
     * classes' shares with {@code random} if {@code nodeClass} is null.
     */
    void startNode(String nodeClass, int id, RandomStream random);

    /** Accepts the ids of running nodes of a class (all classes if null). */
    IntPredicate inClass(String nodeClass);

    /**
     * Accepts the ids of nodes whose class's protocol provides {@code portType}
     * ({@link ProtocolProvider#provides}), e.g. the nodes that can broadcast (not a broker or
     * a bootstrap server).
     */
    IntPredicate providing(Class<? extends PortType> portType);

    /** {@code model} with the node classes' access latencies added (for latency changes). */
    LatencyModel withAccessLatency(LatencyModel model);

    /**
     * Calls {@code sample} at time 0 and then every {@code period} of simulated time until the
     * run ends (and once more at the end if that falls between samples). Sampling adds no
     * events, so it does not keep a run alive.
     */
    void every(long period, Runnable sample);

    /**
     * Adds a condition that {@code stop-when: all-delivered} waits for, besides the end of every
     * process (e.g. "every broadcast message reached every live target").
     */
    void completeWhen(BooleanSupplier condition);

    /** State shared by the providers of one run: one object per key, made on first use. */
    <T> T shared(RunKey<T> key);

    /** The class of a node id (of its latest start), or null if it never started. */
    String classOf(int id);

    /**
     * The nodes whose components this process runs for real: all of them, except in a live run
     * split into parts over several processes ({@code gossamer live --part i/N}), where each
     * part hosts its share and runs the others as shadows (their network traffic is discarded;
     * their own part runs them). Measurement that observes nodes (e.g. first deliveries)
     * should count only hosted ones; the parts' results are put together afterwards
     * ({@link MetricProvider#mergeParts}).
     */
    default IntPredicate hosted() {
        return id -> true;
    }

    /** True if this process hosts only some of the nodes (see {@link #hosted}). */
    default boolean isPart() {
        return false;
    }
}

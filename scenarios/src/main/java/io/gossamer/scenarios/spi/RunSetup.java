package io.gossamer.scenarios.spi;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import java.util.List;
import java.util.function.IntPredicate;

/** What one run offers the providers that build it. */
public interface RunSetup {
    /** The simulation. */
    Simulation simulation();

    /** The nodes and the network. */
    NodeHost host();

    /** The record of every broadcast, shared by protocols and the dissemination metric. */
    DisseminationLog dissemination();

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

    /** Accepts the ids of running nodes whose protocol broadcasts (not a broker or a bootstrap server). */
    IntPredicate broadcasters();

    /** The stack of a node class. */
    NodeStack stack(String nodeClass);

    /** {@code model} with the node classes' access latencies added (for latency changes). */
    io.gossamer.sim.net.LatencyModel withAccessLatency(io.gossamer.sim.net.LatencyModel model);

    /**
     * Calls {@code sample} at time 0 and then every {@code period} of simulated time until the
     * run ends (and once more at the end if that falls between samples). Sampling adds no
     * events, so it does not keep a run alive.
     */
    void every(long period, Runnable sample);

    /**
     * State shared by the node classes of one run, one object per key (e.g. "broker": where
     * the broker is): made by {@code create} on first use, the same object afterwards.
     */
    <T> T shared(String key, java.util.function.Supplier<T> create);

    /** The class of a node id (of its latest start), or null if it never started. */
    String classOf(int id);
}

package io.gossamer.sim.net;

/**
 * Real transport under a {@link SimNetwork} (see {@link SimNetwork#useWire}): a live runtime
 * carries each copy over a socket instead of the simulated model chain, and hands arriving
 * copies back with {@link SimNetwork#receive}. The network keeps everything else (counters,
 * traffic observers, dead and absent receivers, partitions), so a live run is measured by the
 * same observers as a simulated one. All methods are called on the thread that runs the
 * simulation.
 */
public interface Wire {
    /** A node starts: open its socket(s). Fails with an exception the run reports if it cannot. */
    void up(int node);

    /** A node stops or fails: close its socket(s) at once, with no goodbye. */
    void down(int node);

    /** Sends one copy of {@code message} from {@code source} to {@code destination}. */
    void send(int source, int destination, Message message);

    /**
     * True if {@code node} runs in this process (the default: every node). In a run split into
     * parts over several processes, each process runs the whole scenario but hosts only its
     * share of the nodes; the others are shadows, whose components run here only so that the
     * scenario's draws stay the same in every part. What a shadow sends (messages, multicasts,
     * connects, disconnects) is discarded before it is counted or observed: its own process sends it.
     */
    default boolean hosts(int node) {
        return true;
    }
}

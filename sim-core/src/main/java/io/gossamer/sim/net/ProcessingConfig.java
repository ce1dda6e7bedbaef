package io.gossamer.sim.net;

/**
 * What handling messages costs the nodes (see {@link ProcessingModel}): each node is a single
 * server that spends {@code receive} on every message delivered to it and {@code send} on every
 * copy it sends, one after another. With {@code shared} every node uses one and the same
 * server, as when a live run hosts all nodes in one process on one event loop.
 *
 * @param receive cost of each message a node receives, before its handlers see it
 * @param send cost of each copy a node sends, before the copy leaves
 * @param shared true if all nodes share one server
 */
public record ProcessingConfig(ProcessingModel receive, ProcessingModel send, boolean shared) {
    /** Handling costs nothing (the default). */
    public static final ProcessingConfig NONE = new ProcessingConfig(ProcessingModel.NONE, ProcessingModel.NONE, false);

    /** Validates the parts. */
    public ProcessingConfig {
        if (receive == null || send == null) {
            throw new IllegalArgumentException("receive and send costs are required (ProcessingModel.NONE for none)");
        }
    }

    /** A cost per message received only, each node its own server. */
    public static ProcessingConfig perMessage(ProcessingModel receive) {
        return new ProcessingConfig(receive, ProcessingModel.NONE, false);
    }

    /** True if neither receiving nor sending costs anything. */
    public boolean free() {
        return receive == ProcessingModel.NONE && send == ProcessingModel.NONE;
    }
}

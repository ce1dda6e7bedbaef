package io.gossamer.scenarios.model;

/**
 * A static overlay over all node ids of a run.
 *
 * @param type d-out, random-regular, watts-strogatz or barabasi-albert
 * @param degree out-degree (d-out), degree (random-regular, watts-strogatz: even) or edges per new node (barabasi-albert)
 * @param rewire the rewiring probability of watts-strogatz
 */
public record OverlaySpec(String type, int degree, double rewire) {
    /** The overlay types a file may name. */
    public static final java.util.List<String> TYPES = java.util.List.of("d-out", "random-regular", "watts-strogatz", "barabasi-albert");
}

package io.gossamer.experiments.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summary figure's name in words, for chart titles and axis labels ({@code dissemination.t90_ms}:
 * "time to reach 90 % of the targets"). The full meaning comes from {@link FigureDocs}; these
 * are the short forms that fit on an axis.
 */
final class FigureWords {
    private static final Pattern PERCENTILE = Pattern.compile("t(\\d+)(_alive)?_ms");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dissemination.messages", "messages broadcast"),
            Map.entry("dissemination.complete", "messages that reached every target"),
            Map.entry("dissemination.coverage", "share of targets reached"),
            Map.entry("dissemination.coverage_min", "least share of targets reached"),
            Map.entry("dissemination.coverage_alive", "share of live targets reached"),
            Map.entry("dissemination.never_reached", "(message, target) pairs never reached"),
            Map.entry("dissemination.sent", "payload messages sent"),
            Map.entry("dissemination.duplicates", "duplicate receipts"),
            Map.entry("dissemination.redundancy", "messages sent per node reached"),
            Map.entry("dissemination.hops_mean", "mean hops to first receipt"),
            Map.entry("dissemination.hops_max", "most hops to first receipt"),
            Map.entry("dissemination.rounds_all", "gossip rounds to reach every target"),
            Map.entry("dissemination.rounds_last", "gossip rounds to the last first receipt"),
            Map.entry("dissemination.rounds_last_max", "most gossip rounds to the last first receipt"),
            Map.entry("traffic.sent", "network messages sent"),
            Map.entry("traffic.delivered", "network messages delivered"),
            Map.entry("traffic.sent_bytes", "bytes sent"),
            Map.entry("traffic.load_mean", "messages sent per node"),
            Map.entry("traffic.load_max", "most messages sent by a node"),
            Map.entry("nodes.live_final", "live nodes at the end"),
            Map.entry("nodes.live_min", "fewest live nodes"),
            Map.entry("nodes.live_max", "most live nodes"),
            Map.entry("nodes.live_mean", "mean live nodes"),
            Map.entry("pss.freshness_rounds", "mean descriptor age (rounds)"),
            Map.entry("pss.freshness_s", "mean descriptor age"),
            Map.entry("pss.dead_share", "view entries naming a dead node"),
            Map.entry("pss.view_size", "descriptors per live node"),
            Map.entry("pss.connections_per_node_s", "new connections per node per second"),
            Map.entry("pss.path_length", "mean shortest path (hops)"),
            Map.entry("pss.largest_component", "share of live nodes in the largest component"),
            Map.entry("overlay.path_length", "mean shortest path (hops)"),
            Map.entry("overlay.in_degree_mean", "mean in-degree of live nodes"),
            Map.entry("overlay.in_degree_sd", "standard deviation of the in-degree of live nodes"),
            Map.entry("overlay.largest_component_live", "share of live nodes in the largest component"));

    private FigureWords() {
    }

    /** The figure in words, without its unit. */
    static String of(String dotted) {
        String known = WORDS.get(dotted);
        if (known != null) {
            return known;
        }
        String figure = dotted.substring(dotted.indexOf('.') + 1);
        Matcher m = PERCENTILE.matcher(figure);
        if (m.matches()) {
            return m.group(1).equals("100") ? "time to reach every target" + (m.group(2) != null ? " alive at the end" : "")
                    : "time to reach " + m.group(1) + " % of the targets" + (m.group(2) != null ? " alive at the end" : "");
        }
        if (figure.startsWith("dropped_")) {
            return "messages dropped: " + SeriesCatalog.words(figure.substring("dropped_".length()));
        }
        return SeriesCatalog.words(figure);
    }

    /** A swept path in words: {@code processes.alerts.size} as "alerts size", {@code network.loss} as "network loss". */
    static String path(String path) {
        String p = path.startsWith("processes.") ? path.substring("processes.".length()) : path;
        return p.replace('.', ' ').replace('-', ' ');
    }
}

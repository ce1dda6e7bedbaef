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
    // t90_ms, t100_alive_ms, t50_n, t99_n_ms, t90_reached_ms, pooled_t99_ms.
    private static final Pattern PERCENTILE = Pattern.compile("(pooled_)?t(\\d+)(_alive_ms|_n_ms|_n|_reached_ms|_ms)");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dissemination.messages", "messages broadcast"),
            Map.entry("dissemination.complete", "messages that reached every target"),
            Map.entry("dissemination.reached_mean", "targets reached per message"),
            Map.entry("dissemination.last_ms", "mean time to the last node reached"),
            Map.entry("dissemination.last_max_ms", "longest time to the last node reached"),
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
            Map.entry("dissemination.rounds_last", "gossip rounds to the last node reached"),
            Map.entry("dissemination.rounds_last_max", "most gossip rounds to the last node reached"),
            Map.entry("traffic.sent", "network messages sent"),
            Map.entry("traffic.delivered", "network messages delivered"),
            Map.entry("traffic.sent_bytes", "bytes sent"),
            Map.entry("traffic.load_mean", "messages sent per node"),
            Map.entry("traffic.load_max", "most messages sent by a node"),
            Map.entry("traffic.in_flight", "network messages in flight at the end"),
            Map.entry("traffic.dropped_loss", "network messages lost"),
            Map.entry("traffic.dropped_partition", "messages dropped across a partition"),
            Map.entry("traffic.dropped_dead_node", "messages dropped at a dead receiver"),
            Map.entry("traffic.dropped_nat", "messages refused by a NAT"),
            Map.entry("traffic.dropped_not_connected", "messages dropped on a failed or closed connection"),
            Map.entry("traffic.dropped_no_receiver", "messages dropped for want of a listener"),
            Map.entry("traffic.refused_handshakes", "handshakes refused by a NAT"),
            Map.entry("traffic.retransmissions", "copies sent again after a timeout"),
            Map.entry("nodes.live_final", "live nodes at the end"),
            Map.entry("nodes.live_min", "fewest live nodes"),
            Map.entry("nodes.live_max", "most live nodes"),
            Map.entry("nodes.live_mean", "mean live nodes"),
            Map.entry("pss.freshness_rounds", "mean descriptor age (rounds)"),
            Map.entry("pss.freshness_s", "mean descriptor age"),
            Map.entry("pss.dead_share", "view entries naming a dead node"),
            Map.entry("pss.dead_share_max", "largest share of view entries naming a dead node"),
            Map.entry("pss.dead_purge_s", "time to purge dead view entries"),
            Map.entry("pss.dead_purged", "dead view entries purged (1 yes, 0 no)"),
            Map.entry("pss.view_size", "descriptors per live node"),
            Map.entry("pss.connections_per_node_s", "new connections per node per second"),
            Map.entry("pss.connections_public", "new connections per public node per second"),
            Map.entry("pss.connections_private", "new connections per private node per second"),
            Map.entry("pss.messages_public", "messages sent per public node per second"),
            Map.entry("pss.messages_private", "messages sent per private node per second"),
            Map.entry("pss.bytes_public", "bytes sent per public node per second"),
            Map.entry("pss.bytes_private", "bytes sent per private node per second"),
            Map.entry("pss.in_degree_mean", "mean in-degree in the view graph"),
            Map.entry("pss.in_degree_sd", "standard deviation of the in-degree in the view graph"),
            Map.entry("pss.in_degree_max", "largest in-degree in the view graph"),
            Map.entry("pss.clustering", "clustering coefficient of the view graph"),
            Map.entry("pss.path_length", "mean shortest path (hops)"),
            Map.entry("pss.unreachable_pairs", "share of node pairs with no path"),
            Map.entry("pss.largest_component", "share of live nodes in the largest component"),
            Map.entry("pss.randomness_chi2_dof", "chi-square of sample counts per degree of freedom"),
            Map.entry("overlay.nodes", "live nodes at the end"),
            Map.entry("overlay.edges", "links between live nodes"),
            Map.entry("overlay.path_length", "mean shortest path (hops)"),
            Map.entry("overlay.unreachable_pairs", "share of node pairs with no path"),
            Map.entry("overlay.clustering", "clustering coefficient"),
            Map.entry("overlay.in_degree_mean", "mean in-degree of live nodes"),
            Map.entry("overlay.in_degree_sd", "standard deviation of the in-degree of live nodes"),
            Map.entry("overlay.in_degree_max", "largest in-degree of a live node"),
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
        if (dotted.startsWith("dissemination.") && m.matches()) {
            String p = m.group(2);
            boolean all = p.equals("100");
            String reach = all ? "time to reach every target" : "time to reach " + p + " % of the targets";
            String words = switch (m.group(3)) {
                case "_ms" -> m.group(1) != null ? "time by which " + p + " % of all first receipts happened" : reach;
                case "_alive_ms" -> reach + " alive at the end";
                case "_n" -> all ? "messages that reached every target" : "messages that reached " + p + " % of their targets";
                case "_n_ms" -> reach + " (messages that did)";
                case "_reached_ms" -> "time by which " + p + " % of the nodes reached had it";
                default -> null;
            };
            if (words != null) {
                return words;
            }
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

package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the report draws the series that the built-in metrics write (docs/results.md): titles
 * and axis labels in words, the legend entry of each column, which columns share a chart, and
 * which series are distributions (drawn as bars). A series it does not know gets a chart per
 * kind of quantity, labelled from its column names.
 */
final class SeriesCatalog {
    /**
     * How to draw some columns of a series.
     *
     * @param title the chart title
     * @param yWords the y axis label, without the unit
     * @param columns the columns drawn, in legend order
     * @param bars whether the series is a distribution (bars over x)
     * @param perInterval whether each value counts what happened in the sampling interval that
     *     ends at its time (the words "per interval" in the title and label then name it)
     */
    record Chart(String title, String yWords, List<String> columns, boolean bars, boolean perInterval) {
        Chart(String title, String yWords, List<String> columns, boolean bars) {
            this(title, yWords, columns, bars, false);
        }

        /** The chart with its "per interval" words naming the interval, e.g. "per 100 ms". */
        Chart interval(String length) {
            return new Chart(title.replace("per sampling interval", "per " + length).replace("per interval", "per " + length),
                    yWords.replace("per interval", "per " + length), columns, bars, perInterval);
        }
    }

    private static final Map<String, String> X_WORDS = Map.of(
            "time_s", "simulated time",
            "delay_ms", "delay after injection",
            "since_injection_ms", "time since injection",
            "hops", "hops from the origin",
            "in_degree", "in-degree");

    private static final Map<String, String> COLUMN_WORDS = Map.ofEntries(
            Map.entry("fraction", "share"),
            Map.entry("coverage_mean", "mean over messages"),
            Map.entry("coverage_min", "least over messages"),
            Map.entry("live", "live nodes"),
            Map.entry("sent", "sent"),
            Map.entry("delivered", "delivered"),
            Map.entry("dropped", "dropped"),
            Map.entry("freshness_rounds", "mean age (rounds)"),
            Map.entry("freshness_s", "mean age"),
            Map.entry("dead_share", "entries naming a dead node"),
            Map.entry("view_size", "descriptors per node"),
            Map.entry("connections_per_node_s", "all nodes"),
            Map.entry("connections_public", "public nodes"),
            Map.entry("connections_private", "private nodes"),
            Map.entry("messages_public", "public nodes"),
            Map.entry("messages_private", "private nodes"),
            Map.entry("bytes_public", "public nodes"),
            Map.entry("bytes_private", "private nodes"));

    private static final Map<String, List<Chart>> KNOWN = Map.of(
            "delivery-cdf", List.of(new Chart("Delivery time: share of (message, node) pairs reached within a delay",
                    "share of (message, node) pairs", List.of("fraction"), false)),
            "coverage", List.of(new Chart("Coverage: share of a message's targets reached over time",
                    "share of targets reached", List.of("coverage_mean", "coverage_min"), false)),
            "hops", List.of(new Chart("Hops: how far from the origin nodes first received a message",
                    "share of first receipts", List.of("fraction"), true)),
            "nodes", List.of(new Chart("Live nodes over time", "live nodes", List.of("live"), false)),
            "traffic", List.of(new Chart("Network messages per sampling interval", "messages per interval",
                    List.of("sent", "delivered", "dropped"), false, true)),
            "pss", List.of(
                    new Chart("Peer sampling: live nodes", "live nodes", List.of("live"), false),
                    new Chart("Peer sampling: freshness of the views (rounds)", "mean descriptor age (rounds)",
                            List.of("freshness_rounds"), false),
                    new Chart("Peer sampling: freshness of the views (time)", "mean descriptor age",
                            List.of("freshness_s"), false),
                    new Chart("Peer sampling: view entries naming a dead node", "share of view entries",
                            List.of("dead_share"), false),
                    new Chart("Peer sampling: view size", "descriptors per live node", List.of("view_size"), false),
                    new Chart("Peer sampling: new connections per node per second", "handshakes per node per second",
                            List.of("connections_per_node_s", "connections_public", "connections_private"), false),
                    new Chart("Peer sampling: messages sent per node per second", "messages per node per second",
                            List.of("messages_public", "messages_private"), false),
                    new Chart("Peer sampling: bytes sent per node per second", "bytes per node per second",
                            List.of("bytes_public", "bytes_private"), false)));

    private SeriesCatalog() {
    }

    /** The charts of a series with these columns (the first is x); columns the catalogue misses get charts of their own. */
    static List<Chart> charts(String series, List<String> header) {
        List<String> ys = header.subList(1, header.size());
        List<Chart> charts = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (Chart chart : KNOWN.getOrDefault(series, List.of())) {
            List<String> present = chart.columns().stream().filter(ys::contains).toList();
            if (!present.isEmpty()) {
                charts.add(new Chart(chart.title(), chart.yWords(), present, chart.bars(), chart.perInterval()));
                covered.addAll(present);
            }
        }
        // The rest: one chart per kind of quantity, so no chart mixes milliseconds and counts.
        Map<Quantity, List<String>> rest = new LinkedHashMap<>();
        for (String column : ys) {
            if (!covered.contains(column)) {
                rest.computeIfAbsent(Quantity.of(column), q -> new ArrayList<>()).add(column);
            }
        }
        for (List<String> columns : rest.values()) {
            String words = columns.size() == 1 ? words(columns.get(0)) : words(series);
            charts.add(new Chart(capitalised(words(series)) + (columns.size() == 1 && !series.equals(columns.get(0))
                    ? ": " + words(columns.get(0)) : ""), words, columns, false));
        }
        return charts;
    }

    /** The x axis label's words. */
    static String xWords(String column) {
        return X_WORDS.getOrDefault(column, words(column));
    }

    /** A column's legend entry. */
    static String columnWords(String column) {
        return Optional.ofNullable(COLUMN_WORDS.get(column)).orElse(words(column));
    }

    /** A name in words: {@code since_injection_ms} as "since injection", {@code delivery-cdf} as "delivery cdf". */
    static String words(String name) {
        String n = name.replaceAll("_(ms|s|bytes)$", "");
        return n.replace('_', ' ').replace('-', ' ');
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}

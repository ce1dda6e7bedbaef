package io.gossamer.experiments.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each metric figure means, read from the metrics' own documentation: the "figure |
 * meaning" tables under "### Metrics" in docs/scenarios.md, which the build copies next to this
 * class. The report shows the meaning beside a figure (a chart's caption) and as its tooltip,
 * so a reader never has to guess what {@code t90_alive_ms} is.
 *
 * <p>A row of those tables often describes several figures in one sentence ("`sent`,
 * `delivered` | network messages sent ... and delivered ..."), or refers to the row above
 * ("the same over ..."). Such a sentence would caption the wrong figure, so every figure of a
 * row that names more than one has its own words here ({@link #OWN}, {@link #ownPercentile}),
 * and a test checks none is missing.
 */
public final class FigureDocs {
    private static final Pattern METRIC_HEADING = Pattern.compile("^#### `([^`]+)`\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    // "`t50_alive_ms` … `t100_alive_ms`": every figure of that pattern.
    private static final Pattern RANGE = Pattern.compile("`([a-z]+)\\d+([^`]*)`\\s*\u2026\\s*`[a-z]+\\d+[^`]*`");
    // t90_ms, t100_alive_ms, t50_n, t99_n_ms, t90_reached_ms, pooled_t99_ms.
    private static final Pattern PERCENTILE = Pattern.compile("(pooled_)?t(\\d+)(_alive_ms|_n_ms|_n|_reached_ms|_ms)");

    /** A figure's own meaning where its row of the docs describes several figures in one sentence. */
    private static final Map<String, String> OWN = Map.ofEntries(
            Map.entry("dissemination.last_ms", "mean over the messages of the delay of a message's last first receipt at "
                    + "a target (always defined)"),
            Map.entry("dissemination.last_max_ms", "largest delay of a message's last first receipt at a target, over the "
                    + "messages (always defined)"),
            Map.entry("dissemination.coverage", "mean over the messages of the share of its targets (the nodes alive at "
                    + "injection) a message reached"),
            Map.entry("dissemination.coverage_min", "least share of its targets any message reached"),
            Map.entry("dissemination.coverage_alive", "mean over the messages of the share of the targets still alive at "
                    + "the end that a message reached"),
            Map.entry("dissemination.sent", "network messages carrying a broadcast payload"),
            Map.entry("dissemination.duplicates", "receipts of a message the node already held (duplicate deliveries)"),
            Map.entry("dissemination.hops_mean", "mean hop count of the first receipts (origins excluded)"),
            Map.entry("dissemination.hops_max", "largest hop count of a first receipt (origins excluded)"),
            Map.entry("dissemination.rounds_last", "protocols that gossip in rounds only: mean over the messages of the "
                    + "rounds until a message's last first receipt (always defined)"),
            Map.entry("dissemination.rounds_last_max", "protocols that gossip in rounds only: most rounds until a "
                    + "message's last first receipt (always defined)"),
            Map.entry("nodes.live_min", "least live nodes over the samples"),
            Map.entry("nodes.live_max", "most live nodes over the samples"),
            Map.entry("nodes.live_mean", "mean live nodes over the samples"),
            Map.entry("overlay.nodes", "live nodes at the end"),
            Map.entry("overlay.edges", "links between two live nodes (an undirected link counts once each way)"),
            Map.entry("overlay.in_degree_mean", "mean over live nodes of the links from live nodes pointing at it"),
            Map.entry("overlay.in_degree_sd", "standard deviation over all live nodes of the links from live nodes "
                    + "pointing at it"),
            Map.entry("overlay.in_degree_max", "most links from live nodes pointing at one live node"),
            Map.entry("overlay.path_length", "mean number of hops of a shortest path over the ordered pairs of live nodes "
                    + "with a path"),
            Map.entry("overlay.unreachable_pairs", "share of the ordered pairs of live nodes with no path between them"),
            Map.entry("pss.freshness_rounds", "mean age of the descriptors in live nodes' views, in the service's rounds"),
            Map.entry("pss.freshness_s", "mean age of the descriptors in live nodes' views, in seconds"),
            Map.entry("pss.messages_public", "messages sent per public node per second"),
            Map.entry("pss.messages_private", "messages sent per private node per second"),
            Map.entry("pss.bytes_public", "bytes sent per public node per second"),
            Map.entry("pss.bytes_private", "bytes sent per private node per second"),
            Map.entry("pss.dead_share_max", "largest share of view descriptors naming a dead node seen in the run"),
            Map.entry("pss.dead_purge_s", "seconds from the dead share's first rise above 1 % until it fell back to 1 % "
                    + "or less (to the end of the run if it never did)"),
            Map.entry("pss.dead_purged", "1 if the dead share fell back to 1 % or less after its first rise above it "
                    + "(or never rose), 0 if it never did"),
            Map.entry("pss.in_degree_mean", "mean in-degree in the view graph among live nodes (descriptors of dead "
                    + "nodes left out)"),
            Map.entry("pss.in_degree_sd", "standard deviation of the in-degree in the view graph among live nodes "
                    + "(descriptors of dead nodes left out)"),
            Map.entry("pss.in_degree_max", "largest in-degree in the view graph among live nodes (descriptors of dead "
                    + "nodes left out)"),
            Map.entry("pss.path_length", "mean BFS distance in the view graph over the ordered pairs of live nodes with "
                    + "a path"),
            Map.entry("pss.unreachable_pairs", "share of the ordered pairs of live nodes with no path in the view graph"),
            Map.entry("traffic.sent", "network messages sent (each multicast target counts once)"),
            Map.entry("traffic.delivered", "network messages delivered to a listening node"),
            Map.entry("traffic.dropped_loss", "network messages lost (the network's loss model)"),
            Map.entry("traffic.dropped_partition", "network messages dropped across a partition"),
            Map.entry("traffic.dropped_dead_node", "network messages dropped because the receiver was dead when they arrived"),
            Map.entry("traffic.dropped_nat", "network messages refused by a NAT"),
            Map.entry("traffic.dropped_not_connected", "network messages dropped because their connection failed or closed"),
            Map.entry("traffic.dropped_no_receiver", "network messages dropped because no component of the receiver listens"),
            Map.entry("traffic.load_mean", "network messages sent per node (mean over the nodes that ever existed)"),
            Map.entry("traffic.load_max", "network messages sent by the busiest node"));

    private static final FigureDocs BUNDLED = load();

    private final Map<String, String> meanings;
    private final Map<String, String> metrics;
    private final List<Map.Entry<Pattern, String>> ranges;
    private final List<String> shared;

    FigureDocs(Map<String, String> meanings, Map<String, String> metrics, List<Map.Entry<Pattern, String>> ranges,
            List<String> shared) {
        this.meanings = meanings;
        this.metrics = metrics;
        this.ranges = ranges;
        this.shared = List.copyOf(shared);
    }

    /** The documentation bundled with this build. */
    public static FigureDocs bundled() {
        return BUNDLED;
    }

    /**
     * The meaning of {@code metric.figure} (e.g. {@code dissemination.t90_ms}), if documented:
     * of that figure alone, never the sentence its row of the docs shares with other figures.
     */
    public Optional<String> meaning(String metric, String figure) {
        String dotted = metric + "." + figure;
        Optional<String> own = own(dotted);
        if (own.isPresent() && (meanings.containsKey(dotted) || ranges.stream().anyMatch(r -> r.getKey().matcher(dotted).matches()))) {
            return own;
        }
        String direct = meanings.get(metric + "." + figure);
        if (direct != null) {
            return Optional.of(direct);
        }
        for (Map.Entry<Pattern, String> range : ranges) {
            if (range.getKey().matcher(metric + "." + figure).matches()) {
                return Optional.of(range.getValue());
            }
        }
        return Optional.empty();
    }

    /** The meaning of a dotted name such as {@code dissemination.t90_ms}. */
    public Optional<String> meaning(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? Optional.empty() : meaning(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    /** The row of the docs that documents the figure, as written (for every figure it names). */
    Optional<String> row(String dotted) {
        String direct = meanings.get(dotted);
        if (direct != null) {
            return Optional.of(direct);
        }
        return ranges.stream().filter(r -> r.getKey().matcher(dotted).matches()).map(Map.Entry::getValue).findFirst();
    }

    /** The figures named in a row of the docs that names more than one (ranges such as {@code t50_n} … as their first). */
    List<String> shared() {
        return shared;
    }

    /** A figure's own words, where this class has them. */
    static Optional<String> own(String dotted) {
        String listed = OWN.get(dotted);
        if (listed != null) {
            return Optional.of(listed);
        }
        if (dotted.startsWith("dissemination.")) {
            return ownPercentile(dotted.substring("dissemination.".length()));
        }
        return Optional.empty();
    }

    /** The dissemination percentiles, one sentence each, with the share they refer to written out. */
    private static Optional<String> ownPercentile(String figure) {
        Matcher m = PERCENTILE.matcher(figure);
        if (!m.matches()) {
            return Optional.empty();
        }
        String p = m.group(2);
        boolean all = p.equals("100");
        String share = all ? "every target" : p + " % of the targets";
        String theirShare = all ? "every one of their targets" : p + " % of their targets";
        if (m.group(1) != null) {
            return m.group(3).equals("_ms") ? Optional.of("the delay by which " + p + " % of all the run's first receipts "
                    + "(every message and target pooled) had happened") : Optional.empty();
        }
        return Optional.ofNullable(switch (m.group(3)) {
            case "_ms" -> "mean over the messages of the delay to reach " + share + " (the nodes alive at injection); "
                    + "undefined if some message never did";
            case "_alive_ms" -> "mean over the messages of the delay to reach " + share + " still alive at the end; "
                    + "undefined if some message never did";
            case "_n" -> "how many messages reached " + theirShare;
            case "_n_ms" -> "mean delay to reach " + share + ", over the messages that did (t" + p + "_n of them); "
                    + "defined whenever one did";
            case "_reached_ms" -> "mean over the messages of the delay by which " + p + " % of the targets the message "
                    + "reached had it (nearest rank, the origin's 0 included): always defined";
            default -> null;
        });
    }

    /** The one-line description of a metric, if documented. */
    public Optional<String> metric(String metric) {
        return Optional.ofNullable(metrics.get(metric));
    }

    private static FigureDocs load() {
        try (InputStream in = FigureDocs.class.getResourceAsStream("scenarios.md")) {
            if (in == null) {
                return parse(""); // a build without the docs still renders reports, only without meanings
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled docs/scenarios.md", e);
        }
    }

    /** Parses the metrics section of docs/scenarios.md. */
    static FigureDocs parse(String markdown) {
        Map<String, String> meanings = new LinkedHashMap<>();
        Map<String, String> metrics = new LinkedHashMap<>();
        List<Map.Entry<Pattern, String>> ranges = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        boolean inMetrics = false;
        boolean inFigureTable = false;
        boolean describedDone = false;
        String metric = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("### ")) {
                inMetrics = line.strip().equals("### Metrics");
                metric = null;
                continue;
            }
            if (!inMetrics) {
                continue;
            }
            Matcher heading = METRIC_HEADING.matcher(line);
            if (heading.matches()) {
                metric = heading.group(1);
                inFigureTable = false;
                describedDone = false;
                continue;
            }
            if (metric == null) {
                continue;
            }
            if (!line.isBlank() && !line.startsWith("|") && !describedDone) {
                // The first paragraph under the heading, joined into one line.
                metrics.merge(metric, quoted(line), (a, b) -> a + " " + b);
                continue;
            }
            describedDone |= metrics.containsKey(metric);
            if (line.startsWith("| figure |")) {
                inFigureTable = true;
                continue;
            }
            if (!line.startsWith("|")) {
                inFigureTable = false;
                continue;
            }
            if (inFigureTable && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                if (cells.length < 3) {
                    continue;
                }
                String meaning = plain(cells[2].strip());
                Matcher range = RANGE.matcher(cells[1]);
                List<String> named = new ArrayList<>();
                // A cell may give several ranges ("`t50_n` … `t100_n`, `t50_n_ms` … `t100_n_ms`").
                boolean anyRange = false;
                while (range.find()) {
                    ranges.add(Map.entry(Pattern.compile(Pattern.quote(metric + "." + range.group(1)) + "\\d+"
                            + Pattern.quote(range.group(2))), meaning));
                    anyRange = true;
                }
                Matcher code = CODE.matcher(cells[1]);
                while (code.find()) {
                    meanings.putIfAbsent(metric + "." + code.group(1), meaning);
                    named.add(metric + "." + code.group(1));
                }
                // A range stands for several figures, and a row after the first may say "the same over ...".
                if (named.size() > 1 || anyRange) {
                    shared.addAll(named);
                }
            }
        }
        return new FigureDocs(meanings, metrics, ranges, shared);
    }

    /** Markdown to plain text: no backticks, links as their text. */
    /**
     * A metric's description in plain text with its code spans quoted: they name the metric's
     * settings ("Every `every` it samples"), which unquoted would read as a repeated word.
     */
    private static String quoted(String markdown) {
        return plain(markdown.replaceAll("`([^`]+)`", "\u2018$1\u2019"));
    }

    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1").replace("`", "").strip();
    }
}

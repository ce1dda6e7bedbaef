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
 * class. The report shows the meaning beside a figure and as its tooltip, so a reader never has
 * to guess what {@code t90_alive_ms} is.
 */
public final class FigureDocs {
    private static final Pattern METRIC_HEADING = Pattern.compile("^#### `([^`]+)`\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    // "`t50_alive_ms` … `t100_alive_ms`": every figure of that pattern.
    private static final Pattern RANGE = Pattern.compile("`([a-z]+)\\d+([^`]*)`\\s*\u2026\\s*`[a-z]+\\d+[^`]*`");
    private static final FigureDocs BUNDLED = load();

    private final Map<String, String> meanings;
    private final Map<String, String> metrics;
    private final List<Map.Entry<Pattern, String>> ranges;

    FigureDocs(Map<String, String> meanings, Map<String, String> metrics, List<Map.Entry<Pattern, String>> ranges) {
        this.meanings = meanings;
        this.metrics = metrics;
        this.ranges = ranges;
    }

    /** The documentation bundled with this build. */
    public static FigureDocs bundled() {
        return BUNDLED;
    }

    /** The meaning of {@code metric.figure} (e.g. {@code dissemination.t90_ms}), if documented. */
    public Optional<String> meaning(String metric, String figure) {
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
                metrics.merge(metric, plain(line), (a, b) -> a + " " + b);
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
                // A cell may give several ranges ("`t50_n` … `t100_n`, `t50_n_ms` … `t100_n_ms`").
                while (range.find()) {
                    ranges.add(Map.entry(Pattern.compile(Pattern.quote(metric + "." + range.group(1)) + "\\d+"
                            + Pattern.quote(range.group(2))), meaning));
                }
                Matcher code = CODE.matcher(cells[1]);
                while (code.find()) {
                    meanings.putIfAbsent(metric + "." + code.group(1), meaning);
                }
            }
        }
        return new FigureDocs(meanings, metrics, ranges);
    }

    /** Markdown to plain text: no backticks, links as their text. */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1").replace("`", "").strip();
    }
}

package io.gossamer.experiments.results;

import io.gossamer.experiments.report.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep's aggregate.csv as Markdown: per metric, a table with one row per value of one
 * swept path and one column per value of another, cells "mean ± half-width" of the 95 %
 * interval and the number of runs with a value (marked where it is below the runs planned),
 * numbers as the HTML report shows them (or raw). Values keep the order of the sweep plan.
 */
public final class MarkdownTable {
    private MarkdownTable() {
    }

    /** The tables, with numbers as the report shows them. */
    public static String render(Path dir, List<String> metrics, String rowPath, String columnPath) throws IOException {
        return render(dir, metrics, rowPath, columnPath, false);
    }

    /**
     * The tables. Cells show numbers as the HTML report does (units scaled to the value, the
     * half-width to two significant digits and the mean to the same decimal place), or with
     * {@code raw} the figures as aggregate.csv has them, in the figure's own unit.
     */
    public static String render(Path dir, List<String> metrics, String rowPath, String columnPath, boolean raw)
            throws IOException {
        Path file = dir.resolve("aggregate.csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " has no aggregate.csv (is it a sweep directory?)");
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: expected a header row (point,<swept paths>,metric,...)");
        }
        List<String> header = split(lines.get(0));
        for (String column : List.of("point", "metric", "n", "mean", "ci95_low", "ci95_high")) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(file + " has no column '" + column + "' (columns: " + String.join(",", header)
                        + "): not an aggregate.csv that gossamer sweep wrote");
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            int cells = split(lines.get(i)).size();
            if (cells != header.size() && !lines.get(i).isEmpty()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + cells + " cells, but the header has " + header.size());
            }
        }
        int metricAt = header.indexOf("metric");
        List<String> paths = header.subList(1, metricAt);
        String rows = rowPath != null ? rowPath : paths.isEmpty() ? null : paths.get(0);
        String cols = columnPath != null ? columnPath : paths.size() > 1 ? paths.get(1) : null;
        if (rows == null || !paths.contains(rows) || (cols != null && !paths.contains(cols))) {
            throw new IllegalArgumentException("the swept paths of " + dir + " are " + paths + "; choose --rows and --columns among them");
        }
        int r = header.indexOf(rows);
        int c = cols == null ? -1 : header.indexOf(cols);
        int mean = header.indexOf("mean");
        int low = header.indexOf("ci95_low");
        int high = header.indexOf("ci95_high");
        int n = header.indexOf("n");
        int point = header.indexOf("point");
        Map<String, Integer> planned = plannedRuns(dir);
        StringBuilder out = new StringBuilder();
        for (String metric : metrics) {
            Set<String> rowValues = new LinkedHashSet<>();
            Set<String> colValues = new LinkedHashSet<>();
            Map<String, String> cells = new LinkedHashMap<>();
            boolean found = false;
            // One unit for the whole table where its values lie within two decades (424 KiB and
            // 1,024 KiB, not 424 KiB and 1.00 MiB); each cell its own where they span more.
            List<Double> means = new java.util.ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> cell = split(line);
                if (cell.get(metricAt).equals(metric) && !cell.get(mean).isEmpty()) {
                    means.add(Double.parseDouble(cell.get(mean)));
                }
            }
            Quantity.Scale scale = Quantity.of(metric).columnScale(means);
            for (String line : lines.subList(1, lines.size())) {
                List<String> cell = split(line);
                if (!cell.get(metricAt).equals(metric)) {
                    continue;
                }
                found = true;
                String rv = cell.get(r);
                String cv = c < 0 ? metric : cell.get(c);
                rowValues.add(rv);
                colValues.add(cv);
                cells.put(rv + "\u0000" + cv, raw ? raw(cell.get(mean), cell.get(low), cell.get(high), cell.get(n),
                        planned.get(cell.get(point))) : format(metric, cell.get(mean), cell.get(low), cell.get(high),
                        cell.get(n), planned.get(cell.get(point)), scale));
            }
            if (!found) {
                throw new IllegalArgumentException("no metric '" + metric + "' in " + file);
            }
            out.append("**").append(metric).append("** (mean ± 95 % CI half-width").append(raw ? ", as aggregate.csv has them"
                    : "").append("; n = runs with a value, \"n=3 of 5\" where fewer than the runs planned had one)\n\n");
            out.append("| ").append(rows).append(" |");
            colValues.forEach(v -> out.append(' ').append(v).append(" |"));
            out.append("\n|---|");
            colValues.forEach(v -> out.append("---:|"));
            out.append('\n');
            for (String rv : rowValues) {
                out.append("| ").append(rv).append(" |");
                for (String cv : colValues) {
                    out.append(' ').append(cells.getOrDefault(rv + "\u0000" + cv, "")).append(" |");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * A cell as the report shows it: mean ± half-width in the figure's display unit (rounded as
     * {@link Quantity#format(double, Double)} says) and n; "undefined" (never 0) where no run had a
     * value; "of P" where n is below the plan.
     */
    static String format(String metric, String mean, String low, String high, String n, Integer planned, Quantity.Scale scale) {
        String count = count(n, planned);
        if (mean.isEmpty()) {
            return "undefined " + count;
        }
        Double half = low.isEmpty() || high.isEmpty() ? null : (Double.parseDouble(high) - Double.parseDouble(low)) / 2;
        // A plain space before the unit: Markdown source has no use for the page's no-break space.
        return Quantity.of(metric).format(Double.parseDouble(mean), half, scale).replace('\u00a0', ' ') + " " + count;
    }

    /** A cell with the figures as aggregate.csv has them: the mean and the exact half-width of the interval. */
    static String raw(String mean, String low, String high, String n, Integer planned) {
        String count = count(n, planned);
        if (mean.isEmpty()) {
            return "undefined " + count;
        }
        if (low.isEmpty() || high.isEmpty()) {
            return mean + " " + count;
        }
        BigDecimal half = new BigDecimal(high).subtract(new BigDecimal(low)).divide(BigDecimal.valueOf(2));
        return mean + " ± " + half.stripTrailingZeros().toPlainString() + " " + count;
    }

    private static String count(String n, Integer planned) {
        boolean partial = planned != null && !n.isEmpty() && Integer.parseInt(n) < planned;
        return "(n=" + (n.isEmpty() ? "?" : n) + (partial ? " of " + planned : "") + ")";
    }

    /** The runs sweep.json plans at each point (by point number), or none without sweep.json. */
    private static Map<String, Integer> plannedRuns(Path dir) throws IOException {
        Map<String, Integer> planned = new LinkedHashMap<>();
        Path plan = dir.resolve("sweep.json");
        if (Files.isRegularFile(plan)) {
            ResultFiles.readJson(plan).path("runs").forEach(r -> planned.merge(r.path("point").asText(), 1, Integer::sum));
        }
        return planned;
    }

    /** Replaces the text between the markers of {@code name} in {@code file}. */
    public static void replaceRegion(Path file, String name, String text) throws IOException {
        String doc = Files.readString(file);
        String begin = "<!-- BEGIN " + name + " -->";
        String end = "<!-- END " + name + " -->";
        int b = doc.indexOf(begin);
        int e = doc.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalArgumentException(file + " has no region '" + begin + "' ... '" + end + "'");
        }
        ResultFiles.writeAtomically(file, doc.substring(0, b + begin.length()) + "\n" + text + doc.substring(e));
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

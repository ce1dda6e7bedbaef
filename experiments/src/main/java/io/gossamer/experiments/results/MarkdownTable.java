package io.gossamer.experiments.results;

import io.gossamer.scenarios.Numbers;
import java.io.IOException;
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
 * interval and the number of runs with a value (marked where it is below the runs planned). Values keep the order of the sweep plan.
 */
public final class MarkdownTable {
    private MarkdownTable() {
    }

    /** The tables. */
    public static String render(Path dir, List<String> metrics, String rowPath, String columnPath) throws IOException {
        Path file = dir.resolve("aggregate.csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " has no aggregate.csv (is it a sweep directory?)");
        }
        List<String> lines = Files.readAllLines(file);
        List<String> header = split(lines.get(0));
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
                cells.put(rv + "\u0000" + cv, format(cell.get(mean), cell.get(low), cell.get(high), cell.get(n),
                        planned.get(cell.get(point))));
            }
            if (!found) {
                throw new IllegalArgumentException("no metric '" + metric + "' in " + file);
            }
            out.append("**").append(metric).append("** (mean ± 95 % CI half-width; n = runs with a value,"
                    + " \"n=3 of 5\" where fewer than the runs planned had one)\n\n");
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

    /** A cell: mean ± half-width and n; "undefined" (never 0) where no run had a value; "of P" where n is below the plan. */
    static String format(String mean, String low, String high, String n, Integer planned) {
        boolean partial = planned != null && !n.isEmpty() && Integer.parseInt(n) < planned;
        String count = "(n=" + (n.isEmpty() ? "?" : n) + (partial ? " of " + planned : "") + ")";
        if (mean.isEmpty()) {
            return "undefined " + count;
        }
        String shown = Numbers.format(round(Double.parseDouble(mean)));
        if (low.isEmpty()) {
            return shown + " " + count;
        }
        double half = (Double.parseDouble(high) - Double.parseDouble(low)) / 2;
        return shown + " ± " + Numbers.format(round(half)) + " " + count;
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

    // Three significant digits keep tables readable; the CSV keeps the full figures.
    private static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
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

package io.gossamer.experiments.report;

import io.gossamer.experiments.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders the report of a result directory (docs/results.md) into its {@code report/}
 * folder: a PNG and an SVG per plot and a self-contained {@code index.html}. A run directory
 * (with {@code summary.json}) opens with a headline and gets charts of its series; a sweep
 * directory (with {@code sweep.csv}) gets a chart per figure that varies, against the swept
 * parameter, ranked by how much it varies. The same input gives a byte-identical page.
 */
public final class ReportWriter {
    /** The report folder inside a result directory. */
    public static final String REPORT_DIR = "report";
    /** The page inside the report folder. */
    public static final String INDEX = "index.html";

    private ReportWriter() {
    }

    /**
     * Writes the report of {@code dir} and returns the path of its HTML page.
     *
     * @throws IllegalArgumentException if {@code dir} is not a run or sweep directory, or a
     *     result file in it is malformed
     * @throws UncheckedIOException if reading or writing fails
     */
    public static Path write(Path dir) {
        return write(dir, List.of());
    }

    /**
     * Writes the report of {@code dir}, showing only the figures in {@code metrics} (a metric
     * name selects all its figures; empty: all), and returns the path of its HTML page.
     *
     * @throws IllegalArgumentException if {@code dir} is not a run or sweep directory, a result
     *     file in it is malformed, or a selected figure is in none of its results
     * @throws UncheckedIOException if reading or writing fails
     */
    public static Path write(Path dir, List<String> metrics) {
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " does not exist: expected a run or sweep directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory: expected a run or sweep directory");
        }
        try {
            if (Files.isRegularFile(dir.resolve(ResultReader.SUMMARY_JSON))) {
                return writeRun(ResultReader.readRun(dir), metrics);
            }
            if (Files.isRegularFile(dir.resolve(ResultReader.SWEEP_CSV))) {
                return writeSweep(ResultReader.readSweep(dir), metrics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + dir + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(dir + " has neither " + ResultReader.SUMMARY_JSON + " (a run) nor "
                + ResultReader.SWEEP_CSV + " (a sweep)");
    }

    private static Path writeRun(RunResults run, List<String> metrics) throws IOException {
        ReportOptions options = run.summary().options().selecting(metrics);
        List<String> known = new ArrayList<>();
        run.summary().metrics().forEach(m -> m.values().forEach(v -> known.add(m.name() + "." + v.name())));
        checkSelected(metrics, known, run.dir());
        Path out = run.dir().resolve(REPORT_DIR);
        List<Plot> plots = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (NamedCsv series : run.series()) {
            RunPlots.Drawn drawn = RunPlots.of(series);
            for (Plot plot : drawn.plots()) {
                plots.add(plot);
                sources.add(series.path());
            }
            constants.addAll(drawn.constants());
        }
        List<Figure> figures = new ArrayList<>();
        Set<String> used = new HashSet<>(); // only for membership tests; order comes from the list
        for (int i = 0; i < plots.size(); i++) {
            figures.add(render(plots.get(i), sources.get(i), List.of(), out, used));
        }
        return page(out, RunPage.render(run, figures, constants, options));
    }

    private static Path writeSweep(SweepResults sweep, List<String> metrics) throws IOException {
        ReportOptions options = sweep.options().selecting(metrics);
        List<SweepFigures.Figure> all = SweepFigures.of(sweep);
        checkSelected(metrics, all.stream().map(SweepFigures.Figure::name).toList(), sweep.dir());
        List<SweepFigures.Figure> ordered = SweepFigures.ordered(all, options);
        Path out = sweep.dir().resolve(REPORT_DIR);
        List<Figure> figures = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (SweepPlots.Drawn drawn : SweepPlots.of(sweep, ordered, options)) {
            figures.add(render(drawn.plot(), ResultReader.AGGREGATE_CSV, drawn.remarks(), out, used));
        }
        return page(out, SweepPage.render(sweep, ordered, figures));
    }

    /** A selected name that matches no figure is a mistake to report, not an empty page. */
    private static void checkSelected(List<String> selected, List<String> known, Path dir) {
        for (String name : selected) {
            if (known.stream().noneMatch(k -> k.equals(name) || k.startsWith(name + "."))) {
                throw new IllegalArgumentException("--metrics names '" + name + "', which no result in " + dir
                        + " has; its figures are: " + String.join(", ", known));
            }
        }
    }

    /** Writes a plot as NAME.png and NAME.svg, with its name made safe and unique. */
    private static Figure render(Plot plot, String source, List<String> remarks, Path out, Set<String> used)
            throws IOException {
        String name = uniqueName(fileName(plot.name()), used);
        PlotRenderer.Images images = PlotRenderer.render(plot);
        AtomicFiles.write(out.resolve(name + ".png"), images.png());
        AtomicFiles.write(out.resolve(name + ".svg"), images.svg());
        return new Figure(name, plot.title(), source, images.png(), remarks);
    }

    private static Path page(Path out, String html) throws IOException {
        Path index = out.resolve(INDEX);
        AtomicFiles.writeString(index, html);
        return index;
    }

    /** A file name stem from a series or metric name: letters, digits, '.', '-', '_' only. */
    static String fileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        // A leading dot would hide the file (and ".." would not be a file at all).
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}

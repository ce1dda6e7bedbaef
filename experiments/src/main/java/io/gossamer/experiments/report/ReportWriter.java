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
import java.util.Optional;
import java.util.Set;

/**
 * Renders the report of a result directory (docs/results.md) into its {@code report/}
 * folder: a PNG and an SVG per plot and a self-contained {@code index.html}. A run directory
 * (with {@code summary.json}) gets a line chart per series; a sweep directory (with
 * {@code sweep.csv}) gets a chart per metric against the swept parameter. The same input gives
 * a byte-identical page.
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
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException(dir + " does not exist: expected a run or sweep directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory: expected a run or sweep directory");
        }
        try {
            if (Files.isRegularFile(dir.resolve(ResultReader.SUMMARY_JSON))) {
                return writeRun(ResultReader.readRun(dir));
            }
            if (Files.isRegularFile(dir.resolve(ResultReader.SWEEP_CSV))) {
                return writeSweep(ResultReader.readSweep(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + dir + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(dir + " has neither " + ResultReader.SUMMARY_JSON + " (a run) nor "
                + ResultReader.SWEEP_CSV + " (a sweep)");
    }

    private static Path writeRun(RunResults run) throws IOException {
        Path out = run.dir().resolve(REPORT_DIR);
        List<Plot> plots = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (NamedCsv series : run.series()) {
            Optional<XYPlot> plot = RunPlots.of(series);
            if (plot.isPresent()) {
                plots.add(plot.get());
            } else {
                empty.add(series.name());
            }
        }
        List<Figure> figures = render(plots, out);
        return page(out, ReportPage.run(run, figures, empty));
    }

    private static Path writeSweep(SweepResults sweep) throws IOException {
        Path out = sweep.dir().resolve(REPORT_DIR);
        List<Figure> figures = render(SweepPlots.of(sweep), out);
        return page(out, ReportPage.sweep(sweep, figures));
    }

    /** Writes each plot as NAME.png and NAME.svg, with names made safe and unique. */
    private static List<Figure> render(List<Plot> plots, Path out) throws IOException {
        List<Figure> figures = new ArrayList<>();
        Set<String> used = new HashSet<>(); // only for membership tests; order comes from the list
        for (Plot plot : plots) {
            String name = uniqueName(fileName(plot.name()), used);
            PlotRenderer.Images images = PlotRenderer.render(plot);
            AtomicFiles.write(out.resolve(name + ".png"), images.png());
            AtomicFiles.write(out.resolve(name + ".svg"), images.svg());
            figures.add(new Figure(name, plot.title(), images.png()));
        }
        return figures;
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

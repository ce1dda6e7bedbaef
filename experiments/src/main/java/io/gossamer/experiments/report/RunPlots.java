package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The charts of a run: one line chart per {@code series/*.csv}. */
public final class RunPlots {
    private RunPlots() {
    }

    /**
     * A line chart of one series file: x is the first column, every other column a line. Cells
     * that are not finite numbers are left out of their line; empty if no line has a point.
     */
    public static Optional<XYPlot> of(NamedCsv series) {
        CsvTable table = series.table();
        List<String> header = table.header();
        List<XYPlot.Line> lines = new ArrayList<>();
        for (int column = 1; column < header.size(); column++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (List<String> row : table.rows()) {
                Optional<Double> xv = number(row.get(0));
                Optional<Double> yv = number(row.get(column));
                if (xv.isPresent() && yv.isPresent()) {
                    x.add(xv.get());
                    y.add(yv.get());
                }
            }
            if (!x.isEmpty()) {
                lines.add(new XYPlot.Line(header.get(column), x, y, List.of()));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String yLabel = String.join(", ", header.subList(1, header.size()));
        return Optional.of(new XYPlot(series.name(), series.name(), header.get(0), yLabel, lines, false));
    }

    /** A finite number, or empty for an empty (undefined) or non-numeric cell. */
    static Optional<Double> number(String cell) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(cell.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}

package io.gossamer.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Renders {@link Plot}s with XChart, as PNG and SVG. The only class that knows XChart. */
final class PlotRenderer {
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    static {
        // Reports are rendered on servers and in CI without a display; AWT must not look for one.
        // This has to happen before the first AWT class asks whether it is headless.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PlotRenderer() {
    }

    /**
     * A rendered plot.
     *
     * @param png the PNG image
     * @param svg the SVG document (UTF-8)
     */
    record Images(byte[] png, byte[] svg) {
    }

    /** Renders the plot in both formats. */
    static Images render(Plot plot) throws IOException {
        Chart<?, ?> chart = chart(plot);
        // SVG goes through VectorGraphics2D, which xchart only has as an optional dependency.
        return new Images(ChartEncoder.getBytes(chart, "png"), described(ChartEncoder.getBytes(chart, "svg"), plot));
    }

    /**
     * The SVG with the chart's words as its {@code <title>} and {@code <desc>}. XChart draws
     * every glyph as a path (its title, axis, tick and legend parts fill the outline of each
     * text, whatever the Graphics2D), so the drawing holds no {@code <text>} to search or read
     * aloud; these elements give the title, the axis labels and the legend entries as text.
     */
    static byte[] described(byte[] svg, Plot plot) {
        String text = new String(svg, StandardCharsets.UTF_8);
        int open = text.indexOf("<svg");
        int end = open < 0 ? -1 : text.indexOf('>', open);
        if (end < 0) {
            return svg;
        }
        List<String> legend = plot instanceof XYPlot xy
                ? xy.lines().stream().filter(l -> l.style() != XYPlot.Style.FEW_RUNS_OF).map(XYPlot.Line::name).toList()
                : ((CategoryPlot) plot).series().stream().map(CategoryPlot.Bars::name).toList();
        boolean xLog = plot instanceof XYPlot xy && xy.axes().xLog();
        boolean yLog = plot instanceof XYPlot xy && xy.axes().yLog();
        String desc = "x axis: " + (xLog ? logLabel(plot.xLabel()) : plot.xLabel()) + "; y axis: "
                + (yLog ? logLabel(plot.yLabel()) : plot.yLabel()) + "; legend: " + String.join("; ", legend);
        String words = "\n  <title>" + xml(plot.title()) + "</title>\n  <desc>" + xml(desc) + "</desc>";
        return (text.substring(0, end + 1) + words + text.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Chart<?, ?> chart(Plot plot) {
        if (plot instanceof XYPlot xy) {
            return xyChart(xy);
        }
        return categoryChart((CategoryPlot) plot);
    }

    static XYChart xyChart(XYPlot plot) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        style(chart.getStyler(), plot);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        // Round tick labels; shares (CDFs, coverage) on a full 0..1 axis so their ticks are round too.
        chart.getStyler().setXAxisDecimalPattern("#,##0.###");
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        chart.getStyler().setXAxisTickMarkSpacingHint(120);
        chart.getStyler().setYAxisTickMarkSpacingHint(50);
        chart.getStyler().setXAxisLogarithmic(plot.axes().xLog());
        chart.getStyler().setYAxisLogarithmic(plot.axes().yLog());
        // A log axis says so, and is labelled at 1, 2 and 5 of every decade (XChart labels only
        // the decades, too few to read a value off), with a grid line at every whole step.
        if (plot.axes().xLog()) {
            chart.setXAxisTitle(logLabel(plot.xLabel()));
            chart.getStyler().setXAxisLogarithmicDecadeOnly(false);
            chart.setCustomXAxisTickLabelsFormatter(PlotRenderer::logTick);
        }
        if (plot.axes().yLog()) {
            chart.setYAxisTitle(logLabel(plot.yLabel()));
            chart.getStyler().setYAxisLogarithmicDecadeOnly(false);
            chart.setCustomYAxisTickLabelsFormatter(PlotRenderer::logTick);
        }
        if (!plot.axes().yLog() && allWithinUnitInterval(plot)) {
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(plot.yLabel().endsWith("(%)") ? 100.0 : 1.0);
        } else {
            plot.yTop().ifPresent(top -> chart.getStyler().setYAxisMax(top));
        }
        // A confidence interval can reach past what the quantity can be (a t-interval over few
        // runs: 352 +- 446 ms, a coverage of 96.7 +- 14.3 %). Such bars are drawn as segments
        // cut at the bound, since XChart's own error bars are symmetric. Charts whose bars all
        // fit keep XChart's bars (with caps).
        XYPlot.Bounds bounds = bounds(plot);
        boolean cutBars = plot.lines().stream().anyMatch(l -> barPastBounds(l, bounds));
        Color[] palette = chart.getStyler().getSeriesColors();
        var markers = chart.getStyler().getSeriesMarkers();
        int index = 0;
        List<XYPlot.Line> barred = new ArrayList<>();
        Map<String, String> shown = fitLegend(chart.getStyler(), plot.lines().stream()
                .filter(l -> l.style() != XYPlot.Style.FEW_RUNS_OF).map(XYPlot.Line::name).toList());
        for (XYPlot.Line line : plot.lines()) {
            boolean ownBars = cutBars && !line.errors().isEmpty();
            String label = shown.getOrDefault(line.name(), line.name());
            XYSeries series = line.errors().isEmpty() || cutBars
                    ? chart.addSeries(label, line.x(), line.y())
                    : chart.addSeries(label, line.x(), line.y(), line.errors());
            // A line with its own bars, or rings, gets its colour set, so that they can share it.
            boolean few = line.style() == XYPlot.Style.FEW_RUNS || line.style() == XYPlot.Style.FEW_RUNS_OF;
            int colour = line.colour() >= 0 ? line.colour() : ownBars || few ? index : -1;
            index++;
            if (ownBars) {
                barred.add(line.renamed(line.name(), colour));
            }
            if (line.style() == XYPlot.Style.FEWER_RUNS) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.DIAMOND);
                series.setMarkerColor(Color.RED);
            } else if (line.style() == XYPlot.Style.NO_VALUE) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(SeriesMarkers.CROSS);
                series.setMarkerColor(Color.GRAY);
            } else if (line.style() == XYPlot.Style.PARTIAL) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(new Ring());
                series.setMarkerColor(Color.GRAY);
            } else if (few) {
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(new Ring());
                series.setMarkerColor(palette[colour % palette.length]);
                series.setShowInLegend(line.style() == XYPlot.Style.FEW_RUNS);
            } else if (!plot.markers()) {
                series.setMarker(SeriesMarkers.NONE);
            }
            if (colour >= 0 && line.style() == XYPlot.Style.LINE) {
                Color c = palette[colour % palette.length];
                series.setLineColor(c);
                series.setMarkerColor(c);
                if (plot.markers()) {
                    series.setMarker(markers[colour % markers.length]);
                }
            }
        }
        int bar = 0;
        for (XYPlot.Line line : barred) {
            Color c = palette[line.colour() % palette.length];
            for (int i = 0; i < line.x().size(); i++) {
                double y = line.y().get(i);
                double e = line.errors().get(i);
                XYSeries segment = chart.addSeries("ci " + bar++, List.of(line.x().get(i), line.x().get(i)),
                        List.of(Math.max(bounds.low(), y - e), Math.min(bounds.high(), y + e)));
                segment.setMarker(SeriesMarkers.NONE);
                segment.setLineColor(c);
                // Solid, as XChart's own bars: its default styles cycle through dashes by series.
                segment.setLineStyle(SeriesLines.SOLID);
                segment.setLineWidth(1.2f);
                segment.setShowInLegend(false);
            }
        }
        for (XYPlot.Note note : plot.notes()) {
            AnnotationText text = new AnnotationText(note.text(), note.x(), note.y(), false);
            chart.addAnnotation(text);
        }
        chart.getStyler().setAnnotationTextFontColor(new Color(0x55, 0x55, 0x55));
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return chart;
    }

    /** An axis label that says its axis is logarithmic. */
    static String logLabel(String label) {
        return label + " (log scale)";
    }

    /** A log axis's tick label: the value at 1, 2 and 5 times a power of ten, nothing between. */
    static String logTick(Double value) {
        if (value == null || !(value > 0)) {
            return "";
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
        double mantissa = value / decade;
        boolean labelled = Math.abs(mantissa - 1) < 1e-6 || Math.abs(mantissa - 2) < 1e-6 || Math.abs(mantissa - 5) < 1e-6
                || Math.abs(mantissa - 10) < 1e-6;
        return labelled ? new java.text.DecimalFormat("#,##0.######", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(value) : "";
    }

    /** The plot's bounds; a percentage's are never wider than 0..100. */
    static XYPlot.Bounds bounds(XYPlot plot) {
        XYPlot.Bounds b = plot.yBounds();
        return percent(plot) ? new XYPlot.Bounds(Math.max(0, b.low()), Math.min(100, b.high())) : b;
    }

    /** Whether an error bar of a line reaches past the bounds. */
    private static boolean barPastBounds(XYPlot.Line line, XYPlot.Bounds bounds) {
        for (int i = 0; i < line.errors().size(); i++) {
            if (bounds.cuts(line.y().get(i), line.errors().get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A ring larger than the chart's markers, in the series' colour: drawn around a point, it
     * leaves the point's own mark (such as the red diamond of "fewer runs than planned") visible.
     */
    static final class Ring extends Marker {
        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            g.setStroke(new BasicStroke(1.6f));
            double d = markerSize * 2.0;
            g.draw(new Ellipse2D.Double(xOffset - d / 2, yOffset - d / 2, d, d));
        }
    }

    /** Whether the plot shows shares in percent. */
    private static boolean percent(XYPlot plot) {
        return plot.yLabel().endsWith("(%)");
    }

    /** Whether every value (with its error bar, cut at the bounds for a percentage) is a share, given as 0..1 or, with a (%) label, 0..100. */
    private static boolean allWithinUnitInterval(XYPlot plot) {
        boolean percent = percent(plot);
        double top = percent ? 100 : 1;
        boolean any = false;
        for (XYPlot.Line line : plot.lines()) {
            for (int i = 0; i < line.y().size(); i++) {
                double y = line.y().get(i);
                // A percentage's bars are cut at its bounds, so only the value itself counts.
                double e = line.errors().isEmpty() || percent ? 0 : line.errors().get(i);
                if (!(y - e >= 0 && y + e <= top)) {
                    return false;
                }
                any = true;
            }
        }
        return any && plot.lines().stream().anyMatch(l -> l.y().stream().anyMatch(y -> y > top / 2));
    }

    private static CategoryChart categoryChart(CategoryPlot plot) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        style(chart.getStyler(), plot);
        Map<String, String> shown = fitLegend(chart.getStyler(), plot.series().stream().map(CategoryPlot.Bars::name).toList());
        for (CategoryPlot.Bars bars : plot.series()) {
            String label = shown.getOrDefault(bars.name(), bars.name());
            if (bars.errors().isEmpty()) {
                chart.addSeries(label, plot.categories(), bars.y());
            } else {
                chart.addSeries(label, plot.categories(), bars.y(), bars.errors());
            }
        }
        return chart;
    }

    /** The width the legend may take: the image less a margin either side. */
    static final int LEGEND_ROOM = WIDTH - 40;

    /**
     * Legend entries that fit in the image's width. XChart lays a horizontal legend out on one
     * row and cuts off what does not fit ("fewer runs than pl"); so when the entries do not fit
     * on one row, each long entry is wrapped onto two lines, and if they still do not fit, the
     * legend becomes a column (below the plot, which gets shorter). Returns the text to show
     * for each entry; sets the layout.
     */
    static Map<String, String> fitLegend(AxesChartStyler styler, List<String> names) {
        Map<String, String> shown = new LinkedHashMap<>();
        names.forEach(n -> shown.put(n, n));
        Font font = styler.getLegendFont();
        if (legendWidth(styler, font, shown.values()) <= LEGEND_ROOM) {
            return shown;
        }
        // The widest entries onto two lines first, until the row fits.
        Map<String, String> wrapped = new LinkedHashMap<>(shown);
        List<String> widest = names.stream().sorted(java.util.Comparator.comparingDouble((String n) -> lineWidth(font, n))
                .reversed()).toList();
        for (String n : widest) {
            wrapped.put(n, wrap(n, font));
            if (legendWidth(styler, font, wrapped.values()) <= LEGEND_ROOM) {
                return wrapped;
            }
        }
        // One entry a row: only an entry wider than the image itself is wrapped.
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
        Map<String, String> column = new LinkedHashMap<>();
        names.forEach(n -> column.put(n, lineWidth(font, n) + entryExtra(styler) <= LEGEND_ROOM ? n : wrap(n, font)));
        return column;
    }

    /** A horizontal legend's width with these entries (the longest line of each). */
    private static double legendWidth(AxesChartStyler styler, Font font, java.util.Collection<String> entries) {
        double width = styler.getLegendPadding();
        for (String entry : entries) {
            double longest = 0;
            for (String line : entry.split("\n")) {
                longest = Math.max(longest, lineWidth(font, line));
            }
            width += longest + entryExtra(styler);
        }
        return width;
    }

    /** What an entry takes besides its text: the line sample and the padding around it. */
    private static double entryExtra(AxesChartStyler styler) {
        return styler.getLegendSeriesLineLength() + 3.0 * styler.getLegendPadding();
    }

    private static double lineWidth(Font font, String text) {
        return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    }

    /** The text on two lines, broken at the space nearest its middle (or as it is, without one). */
    private static String wrap(String text, Font font) {
        int best = -1;
        double bestWidth = lineWidth(font, text);
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            double w = Math.max(lineWidth(font, text.substring(0, i)), lineWidth(font, text.substring(i + 1)));
            if (w < bestWidth) {
                bestWidth = w;
                best = i;
            }
        }
        return best < 0 ? text : text.substring(0, best) + "\n" + text.substring(best + 1);
    }

    private static void style(AxesChartStyler styler, Plot plot) {
        // Locale.ROOT: tick labels must not change with the machine's locale (1,5 vs 1.5).
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        // Always a legend: a reader must never guess what a line or a lone point is.
        styler.setLegendVisible(true);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setErrorBarsColorSeriesColor(true);
        // XChart draws the title on one line and lets it run off the image: a long one is set smaller.
        Font title = styler.getChartTitleFont();
        while (title.getSize2D() > 10 && lineWidth(title, plot.title()) > WIDTH - 60) {
            title = title.deriveFont(title.getSize2D() - 0.5f);
        }
        styler.setChartTitleFont(title);
        styler.setMarkerSize(6);
    }
}

package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Rendering the plot shapes the report produces, including the awkward ones. */
class PlotRendererTest {

    @Test
    void rendersHeadlessToPngAndSvg() throws Exception {
        XYPlot plot = new XYPlot("cdf", "delivery-cdf", "delay_ms", "fraction",
                List.of(new XYPlot.Line("fraction", List.of(1.0, 2.0, 3.0), List.of(0.1, 0.5, 1.0), List.of())), false);
        PlotRenderer.Images images = PlotRenderer.render(plot);

        assertEquals("true", System.getProperty("java.awt.headless"));
        assertImage(images.png());
        String svg = new String(images.svg(), StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.strip().endsWith("</svg>"), svg.substring(0, 200));
        // XChart draws glyphs as paths: the chart's words are in the SVG's title and description.
        assertTrue(svg.contains("<title>delivery-cdf</title>"), svg.substring(0, 600));
        assertTrue(svg.contains("<desc>x axis: delay_ms; y axis: fraction; legend: fraction</desc>"), svg.substring(0, 600));
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", assertDoesNotThrowParse(factory, images.svg()));
        // Rendering is a pure function of the plot: the page can only be reproducible if this is.
        PlotRenderer.Images again = PlotRenderer.render(plot);
        assertArrayEquals(images.png(), again.png());
        assertArrayEquals(images.svg(), again.svg());
    }

    @Test
    void barsWithAGapAndErrorBarsRender() throws IOException {
        CategoryPlot plot = new CategoryPlot("t90", "t90_ms", "protocol", "t90_ms", List.of("flood", "plumtree", "push-pull"),
                List.of(new CategoryPlot.Bars("fanout=3", Arrays.asList(200.0, null, 250.0), List.of(4.0, 0.0, 3.0)),
                        new CategoryPlot.Bars("fanout=4", Arrays.asList(180.0, 190.0, 210.0), List.of(2.0, 2.0, 2.0))));
        PlotRenderer.Images images = PlotRenderer.render(plot);
        assertImage(images.png());
        assertTrue(images.svg().length > 0);
    }

    @Test
    void aSinglePointWithAnErrorBarRenders() throws IOException {
        XYPlot plot = new XYPlot("one", "one point", "fanout", "t90_ms",
                List.of(new XYPlot.Line("mean", List.of(3.0), List.of(200.0), List.of(5.0))), true);
        assertImage(PlotRenderer.render(plot).png());
        // A metric that did not change across the sweep: a flat line, zero-width axis range.
        XYPlot flat = new XYPlot("flat", "coverage", "loss (%)", "coverage",
                List.of(new XYPlot.Line("mean", List.of(0.0, 10.0, 20.0), List.of(1.0, 1.0, 1.0), List.of(0.0, 0.0, 0.0))), true);
        assertImage(PlotRenderer.render(flat).png());
    }

    @Test
    void aShareErrorBarStopsAtOneHundredPercent() throws IOException {
        // Coverage 100 %, 90 %, 100 % over three runs: mean 96.7 %, t-interval +-14.3 points.
        XYPlot plot = new XYPlot("coverage", "Coverage", "loss (%)", "coverage (%)",
                List.of(new XYPlot.Line("flooding", List.of(0.0, 10.0), List.of(96.7, 80.0), List.of(14.3, 5.0))), true);
        XYChart chart = PlotRenderer.xyChart(plot);
        assertEquals(100.0, chart.getStyler().getYAxisMax());
        XYSeries line = chart.getSeries("flooding");
        assertNull(line.getExtraValues(), "no symmetric XChart bars for a share");
        XYSeries cut = chart.getSeries("ci 0");
        assertArrayEquals(new double[] {82.4, 100.0}, cut.getYData(), 1e-9);
        assertFalse(cut.isShowInLegend());
        assertArrayEquals(new double[] {75.0, 85.0}, chart.getSeries("ci 1").getYData(), 1e-9);
        assertEquals(line.getLineColor(), cut.getLineColor());
        assertImage(PlotRenderer.render(plot).png());
    }

    @Test
    void aTimesErrorBarStopsAtZero() throws IOException {
        // Two runs, 352 +- 446 ms: the interval reaches -94 ms, which no time can be.
        XYPlot plot = new XYPlot("t100", "Time", "node count", "time (ms)",
                List.of(new XYPlot.Line("random walk", List.of(20.0, 30.0), List.of(325.0, 352.0), List.of(160.0, 446.0))), true,
                XYPlot.Axes.LINEAR, List.of(), java.util.Optional.empty(), XYPlot.Bounds.NON_NEGATIVE);
        XYChart chart = PlotRenderer.xyChart(plot);
        assertArrayEquals(new double[] {165.0, 485.0}, chart.getSeries("ci 0").getYData(), 1e-9);
        assertArrayEquals(new double[] {0.0, 798.0}, chart.getSeries("ci 1").getYData(), 1e-9, "cut at 0, not -94");
        assertImage(PlotRenderer.render(plot).png());
        // Without bounds (a plug-in's number that may be negative) the bar is XChart's, as computed.
        XYPlot free = new XYPlot("d", "Difference", "node count", "difference", plot.lines(), true);
        assertNotNull(PlotRenderer.xyChart(free).getSeries("random walk").getExtraValues());
    }

    @Test
    void aLegendOfSixLongEntriesFitsInTheImage() throws Exception {
        List<String> names = List.of("variant pubsub, fanout 4", "variant flooding, fanout 4", "variant random-walk, fanout 4",
                "variant random-walk, fanout 8", "no value in any run at this point", "fewer runs than planned");
        List<XYPlot.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add(new XYPlot.Line(names.get(i), List.of(3.0, 5.0, 8.0), List.of(80.0 + i, 90.0 + i, 100.0 + i), List.of()));
        }
        XYPlot plot = new XYPlot("t", "Time to reach every target by node count", "node count", "time (ms)", lines, true);
        java.awt.geom.Rectangle2D legend = legendBounds(PlotRenderer.xyChart(plot));
        assertTrue(legend.getMinX() >= 0 && legend.getMaxX() <= PlotRenderer.WIDTH, legend.toString());
        assertTrue(legend.getMinY() >= 0 && legend.getMaxY() <= PlotRenderer.HEIGHT, legend.toString());
        // And the seed study's five entries, which used to run past the right edge, too.
        List<XYPlot.Line> five = List.of(lines.get(0), lines.get(1), lines.get(2),
                new XYPlot.Line("no value in any run at this point", List.of(10.0), List.of(70.0), List.of(), XYPlot.Style.NO_VALUE),
                new XYPlot.Line("fewer runs than planned", List.of(5.0), List.of(90.0), List.of(), XYPlot.Style.FEWER_RUNS));
        legend = legendBounds(PlotRenderer.xyChart(new XYPlot("t", "T", "node count", "time (ms)", five, true)));
        assertTrue(legend.getMinX() >= 0 && legend.getMaxX() <= PlotRenderer.WIDTH, legend.toString());
        assertImage(PlotRenderer.render(plot).png());
    }

    @Test
    void aLogAxisSaysSoAndIsLabelledAtOneTwoAndFive() throws IOException {
        XYPlot plot = new XYPlot("sent", "Network messages sent by node count", "node count", "network messages sent",
                List.of(new XYPlot.Line("flooding", List.of(3.0, 10.0, 30.0), List.of(18.0, 470.0, 4700.0), List.of())), true,
                new XYPlot.Axes(false, true), List.of(), java.util.Optional.empty());
        XYChart chart = PlotRenderer.xyChart(plot);
        assertEquals("network messages sent (log scale)", chart.getYAxisTitle());
        assertEquals("node count", chart.getXAxisTitle());
        assertFalse(chart.getStyler().isYAxisLogarithmicDecadeOnly());
        assertEquals(List.of("20", "", "", "50", "", "", "", "", "100", "200", "", "500", "1,000", "2,000", "5,000"),
                java.util.stream.Stream.of(20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0, 200.0, 300.0, 500.0, 1000.0,
                        2000.0, 5000.0).map(PlotRenderer::logTick).toList());
        assertEquals("0.2", PlotRenderer.logTick(0.2));
        assertImage(PlotRenderer.render(plot).png());
    }

    /** Where XChart drew the legend (its bounds are only known once the chart is painted). */
    private static java.awt.geom.Rectangle2D legendBounds(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) throws Exception {
        BufferedImage image = new BufferedImage(PlotRenderer.WIDTH, PlotRenderer.HEIGHT, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        chart.paint(g, PlotRenderer.WIDTH, PlotRenderer.HEIGHT);
        g.dispose();
        java.lang.reflect.Method getLegend = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredMethod("getLegend");
        getLegend.setAccessible(true);
        Object legend = getLegend.invoke(chart);
        java.awt.geom.Rectangle2D size = (java.awt.geom.Rectangle2D) legend.getClass().getMethod("getBounds").invoke(legend);
        // The bounds give the size; where it stands is in the offsets.
        Class<?> part = org.knowm.xchart.internal.chartpart.Legend_.class;
        java.lang.reflect.Field x = part.getDeclaredField("xOffset");
        java.lang.reflect.Field y = part.getDeclaredField("yOffset");
        x.setAccessible(true);
        y.setAccessible(true);
        return new java.awt.geom.Rectangle2D.Double(x.getDouble(legend), y.getDouble(legend), size.getWidth(), size.getHeight());
    }

    /** The root element's name of a well-formed XML document. */
    private static String assertDoesNotThrowParse(javax.xml.parsers.DocumentBuilderFactory factory, byte[] xml) {
        try {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement().getNodeName();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void assertImage(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image);
        assertEquals(PlotRenderer.WIDTH, image.getWidth());
        assertEquals(PlotRenderer.HEIGHT, image.getHeight());
    }
}

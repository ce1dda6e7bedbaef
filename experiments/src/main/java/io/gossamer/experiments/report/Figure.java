package io.gossamer.experiments.report;

import java.util.Base64;
import java.util.List;

/**
 * A rendered plot as the page shows it.
 *
 * @param name the file name stem of its {@code .png} and {@code .svg} in {@code report/}
 * @param title the plot's title
 * @param source the result file it was drawn from, e.g. {@code series/coverage.csv}
 * @param png the PNG image
 * @param remarks what a reader must know beside it (points missing from some runs)
 */
record Figure(String name, String title, String source, byte[] png, List<String> remarks) {

    /** Copies the list. */
    Figure {
        remarks = List.copyOf(remarks);
    }

    /**
     * The PNG as a data URI, so the page needs no other file. PNG rather than the SVG: XChart's
     * SVG draws every glyph as a path, which makes it ten times larger than the PNG.
     */
    String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
}

package io.gossamer.cli;

import io.gossamer.experiments.results.MarkdownTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer table}: a sweep's aggregate as Markdown tables, for papers and docs. */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = {"Print a sweep's aggregate.csv as Markdown: one table per metric, rows by the ROWS path, columns by the"
            + " COLUMNS path, cells 'mean ± half-width of the 95 %% interval' in the units and rounding of the HTML report.",
            "With --into FILE --marker NAME, replace the text between '<!-- BEGIN NAME -->' and '<!-- END NAME -->' in FILE."})
final class TableCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Sweep directory (with aggregate.csv).")
    private Path dir;

    @Option(names = "--metrics", split = ",", required = true, paramLabel = "METRIC",
            description = "Metrics to show, e.g. dissemination.t90_ms,traffic.sent.")
    private List<String> metrics;

    @Option(names = "--rows", paramLabel = "PATH", description = "Swept path for the rows (default: the first).")
    private String rows;

    @Option(names = "--columns", paramLabel = "PATH", description = "Swept path for the columns (default: the second, if any).")
    private String columns;

    @Option(names = "--into", paramLabel = "FILE", description = "Markdown file to update in place (atomically).")
    private Path into;

    @Option(names = "--marker", paramLabel = "NAME", description = "Marker of the region to replace in --into.")
    private String marker;

    @Option(names = "--raw", description = "Cells as aggregate.csv has them (the figure's own unit, every digit) instead of"
            + " as the report shows them.")
    private boolean raw;

    @Override
    public Integer call() throws IOException {
        String markdown = MarkdownTable.render(dir, metrics, rows, columns, raw);
        if (into == null) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
        } else {
            if (marker == null) {
                throw new IllegalArgumentException("--into needs --marker NAME");
            }
            MarkdownTable.replaceRegion(into, marker, markdown);
            spec.commandLine().getOut().println("updated " + into + " (" + marker + ")");
        }
        return 0;
    }
}

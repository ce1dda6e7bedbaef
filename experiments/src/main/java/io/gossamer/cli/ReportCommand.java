package io.gossamer.cli;

import io.gossamer.experiments.report.ReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer report DIR}: plots and an HTML page from a run or sweep directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders plots (PNG and SVG) and a self-contained HTML page into DIR/report/ "
                + "from a run directory (summary.json, series/, tables/) or a sweep directory "
                + "(sweep.csv, aggregate.csv). A run report opens with a headline of its key figures; a sweep report "
                + "charts the figures that vary, those that vary most first.",
                "Prints the path of the HTML page."})
final class ReportCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A run or sweep directory.")
    private Path dir;

    @Option(names = "--metrics", split = ",", paramLabel = "FIGURE",
            description = "Show only these figures, in this order, e.g. dissemination.t90_ms,traffic.sent "
                    + "(a metric name such as 'dissemination' selects all its figures).")
    private List<String> metrics = new ArrayList<>();

    @Override
    public void run() {
        Path page = ReportWriter.write(dir, metrics);
        spec.commandLine().getOut().println(page);
        spec.commandLine().getOut().flush();
    }
}

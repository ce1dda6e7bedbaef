package io.gossamer.cli;

import io.gossamer.experiments.report.ReportWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer report DIR}: plots and an HTML page from a run or sweep directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders plots (PNG and SVG) and a self-contained HTML page into DIR/report/ "
                + "from a run directory (summary.json, series/, tables/) or a sweep directory "
                + "(sweep.csv, aggregate.csv).",
                "Prints the path of the HTML page."})
final class ReportCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A run or sweep directory.")
    private Path dir;

    @Override
    public void run() {
        Path page = ReportWriter.write(dir);
        spec.commandLine().getOut().println(page);
        spec.commandLine().getOut().flush();
    }
}

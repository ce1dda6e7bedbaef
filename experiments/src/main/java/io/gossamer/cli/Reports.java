package io.gossamer.cli;

import java.nio.file.Path;

/** Renders the report of a result directory (bridges to the report package). */
final class Reports {
    private Reports() {
    }

    static Path render(Path dir) {
        return io.gossamer.experiments.report.ReportWriter.write(dir);
    }
}

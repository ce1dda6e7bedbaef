package io.gossamer.cli;

import io.gossamer.scenarios.run.Warning;
import java.io.PrintWriter;
import java.util.List;

/** Prints a scenario's warnings on stderr, one a line. */
final class Warnings {
    private Warnings() {
    }

    static void print(PrintWriter err, List<Warning> warnings) {
        for (Warning w : warnings) {
            err.println("gossamer: warning: " + w);
        }
        if (!warnings.isEmpty()) {
            err.println("gossamer: (--strict makes warnings errors)");
        }
        err.flush();
    }
}

package io.gossamer.cli;

import io.gossamer.scenarios.load.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer show}: print a bundled scenario, to read or to copy and edit. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a scenario file, e.g. 'gossamer show quickstart > my.yaml' to start your own.")
final class ShowCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Bundled scenario name or file.")
    private String scenario;

    @Override
    public void run() {
        ScenarioSource source = ScenarioSource.resolve(scenario);
        String text = source.text();
        if (source.file() == null) {
            // The editor hint points at the schema relative to scenarios/library/; a copy lives elsewhere.
            text = text.replaceFirst("^# yaml-language-server: \\$schema=[^\n]*\n", "");
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }
}

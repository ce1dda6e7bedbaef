package io.gossamer.cli;

import io.gossamer.scenarios.load.CoreKey;
import io.gossamer.scenarios.load.CoreSection;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.spi.Registry;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gossamer list}: what a scenario can name. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the bundled scenarios, the keys of scenario files, protocols, operations, metrics, latency and loss models and neighbour sources, with their parameters.")
final class ListCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter o = spec.commandLine().getOut();
        ScenarioLoader loader = ScenarioLoader.discover();
        o.println("Bundled scenarios (gossamer run NAME; gossamer show NAME prints one):");
        for (String name : ScenarioSource.bundled()) {
            String description;
            try {
                description = loader.readTree(ScenarioSource.resolve(name)) instanceof io.gossamer.scenarios.yaml.YamlNode.Mapping m
                        && m.entries().get("description") != null
                        && m.entries().get("description").value() instanceof io.gossamer.scenarios.yaml.YamlNode.Scalar s ? s.text() : "";
            } catch (ScenarioFileException e) {
                description = "(invalid: " + e.getMessage() + ")";
            }
            o.printf("  %-22s %s%n", name, description);
        }
        o.println();
        o.println("Scenario keys (docs/scenarios.md):");
        for (CoreSection c : ScenarioLoader.SECTIONS) {
            o.println("  " + (c.path().isEmpty() ? "top level" : c.path()) + ": " + c.summary());
            for (CoreKey k : c.keys()) {
                o.printf("      %-18s %s; %s%s%n", k.key(), CoreKey.plain(k.meaning()),
                        CoreKey.plain(k.type()), k.required() ? " (required)" : " (default " + CoreKey.plain(k.defaultText()) + ")");
            }
        }
        Registries r = loader.registries();
        section(o, "Protocols (nodes[].protocol)", r.protocols());
        section(o, "Operations (processes[].do)", r.operations());
        section(o, "Metrics (metrics)", r.metrics());
        section(o, "Latency models (network.latency.model)", r.latencies());
        section(o, "Loss models (network.loss.model)", r.losses());
        section(o, "Neighbour sources (neighbours: of a dissemination protocol)", r.neighbours());
        o.flush();
    }

    private static void section(PrintWriter o, String title, Registry<? extends Provider> registry) {
        o.println();
        o.println(title + ":");
        for (Provider p : registry.all()) {
            o.printf("  %-22s %s%n", p.name(), p.description());
            List<Param> params = p.parameters();
            for (Param param : params) {
                o.printf("      %-18s %s; %s%s%n", param.key(), param.doc(), param.kind().description(),
                        param.isRequired() ? " (required)" : " (default " + (param.defaultValue().isEmpty() ? "none" : param.defaultValue()) + ")");
            }
        }
    }
}

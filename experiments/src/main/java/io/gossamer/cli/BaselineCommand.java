package io.gossamer.cli;

import io.gossamer.experiments.baseline.Baseline;
import io.gossamer.scenarios.load.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer baseline}: regression baselines of deterministic figures. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Regression baselines: rerun fixed scenarios and seeds and compare every deterministic figure.",
        subcommands = {BaselineCommand.Check.class, BaselineCommand.Update.class})
final class BaselineCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static List<Path> files(Path dir, List<String> names) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no baseline directory " + dir + " (run from the repository root, or give --dir)");
        }
        List<Path> out = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
            }
        } else {
            for (String n : names) {
                Path p = dir.resolve(n.endsWith(".json") ? n : n + ".json");
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("no baseline " + p);
                }
                out.add(p);
            }
        }
        return out;
    }

    /** {@code gossamer baseline check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Rerun every baseline (or the named ones); exit status 1 if any figure differs. CPU time is shown, not compared.")
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "experiments/baselines",
                description = "Baseline directory (default: ${DEFAULT-VALUE}).")
        private Path dir;

        @Parameters(arity = "0..*", paramLabel = "NAME", description = "Baselines to check (default: all).")
        private List<String> names;

        @Override
        public Integer call() throws IOException {
            PrintWriter o = spec.commandLine().getOut();
            ScenarioLoader loader = ScenarioLoader.discover();
            int failed = 0;
            List<Path> baselines = files(dir, names);
            if (baselines.isEmpty()) {
                // Nothing checked is no pass: a CI job pointed at the wrong folder must fail.
                throw new IllegalArgumentException(dir + " holds no baselines (*.json); give the folder with --dir");
            }
            for (Path f : baselines) {
                Baseline.Check c = Baseline.read(f).check(loader);
                String name = f.getFileName().toString().replaceFirst("\\.json$", "");
                o.printf(Locale.ROOT, "%-28s %s  (%.2f CPU s)%n", name, c.passed() ? "ok" : "DIFFERS", c.cpuSeconds());
                for (String d : c.differences()) {
                    o.println("    " + d);
                }
                if (!c.passed()) {
                    failed++;
                }
            }
            o.flush();
            if (failed > 0) {
                spec.commandLine().getErr().println("gossamer: " + failed + " baseline(s) differ; if the change is intended, run "
                        + "'gossamer baseline update' and commit the files");
                return GossamerCli.RUN_FAILURE;
            }
            return 0;
        }
    }

    /** {@code gossamer baseline update}. */
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Rerun every baseline (or the named ones) and write the figures they give now.")
    static final class Update implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "experiments/baselines",
                description = "Baseline directory (default: ${DEFAULT-VALUE}).")
        private Path dir;

        @Parameters(arity = "0..*", paramLabel = "NAME", description = "Baselines to update (default: all).")
        private List<String> names;

        @Override
        public Integer call() throws IOException {
            ScenarioLoader loader = ScenarioLoader.discover();
            for (Path f : files(dir, names)) {
                Baseline.read(f).update(loader);
                spec.commandLine().getOut().println("updated " + f);
            }
            return 0;
        }
    }
}

package io.gossamer.cli;

import io.gossamer.experiments.io.OutputDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import io.gossamer.experiments.live.LiveParts;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.SweepTables;
import io.gossamer.scenarios.load.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer merge}: put the shards of a sweep, or the parts of a split live run, together. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge the shards of a sweep, or the parts of a split live run, into one directory. Sweep directories of the "
                + "same sweep (e.g. shards run with --shard) become one, with sweep.csv and aggregate.csv rewritten; exit status 1 "
                + "if runs are still missing.",
            "Or merge the run directories of the parts of a split live run ('gossamer live --part i/N') into one run directory"
                + " whose figures are computed from every part's raw data."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Sweep directories (each with sweep.json), or every part's run directory (each with part.json).")
    private List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to merge (default: the first DIR; for the parts of a"
            + " live run, the first DIR's name without its -partIofN ending).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (Files.isRegularFile(dirs.get(0).resolve(LiveParts.PART_JSON))) {
            return mergeParts(o);
        }
        Path target = out != null ? out : dirs.get(0);
        OutputDirectory.checkForSweep(target);
        String plan = null;
        for (Path d : dirs) {
            Path p = d.resolve("sweep.json");
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(d + " is not a sweep directory (no sweep.json)");
            }
            String text = Files.readString(p);
            if (plan == null) {
                plan = text;
            } else if (!plan.equals(text)) {
                throw new IllegalArgumentException(d + " holds a different sweep than " + dirs.get(0) + " (their sweep.json differ)");
            }
        }
        ResultFiles.writeAtomically(target.resolve("sweep.json"), plan);
        int copied = 0;
        for (Path d : dirs) {
            Path runs = d.resolve("runs");
            if (!Files.isDirectory(runs) || d.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                continue;
            }
            try (Stream<Path> list = Files.list(runs)) {
                for (Path run : list.sorted().toList()) {
                    Path dest = target.resolve("runs").resolve(run.getFileName());
                    if (run.getFileName().toString().startsWith(".") || !Files.exists(run.resolve("summary.json")) || Files.exists(dest)) {
                        continue;
                    }
                    copyRun(run, dest);
                    copied++;
                }
            }
        }
        SweepTables.Counts counts = SweepTables.write(target);
        o.println("merged " + copied + " runs into " + target + ": " + counts.finished() + " of " + counts.planned() + " runs finished");
        if (counts.finished() < counts.planned()) {
            spec.commandLine().getErr().println("gossamer: " + (counts.planned() - counts.finished()) + " runs are missing; run the "
                    + "missing shards, or finish with: " + resumeCommand(target));
            return GossamerCli.RUN_FAILURE;
        }
        return 0;
    }

    private int mergeParts(PrintWriter o) throws IOException {
        Path target = out;
        if (target == null) {
            Path name = dirs.get(0).toAbsolutePath().normalize().getFileName();
            String stripped = name.toString().replaceFirst("-part\\d+of\\d+$", "");
            if (stripped.equals(name.toString())) {
                throw new IllegalArgumentException("give --out DIR: " + dirs.get(0) + "'s name does not end in -partIofN");
            }
            target = dirs.get(0).toAbsolutePath().normalize().resolveSibling(stripped);
        }
        for (Path d : dirs) {
            if (d.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("--out " + target + " is one of the parts: merge into another directory");
            }
        }
        OutputDirectory.checkForRun(target);
        LiveParts.Merged m = LiveParts.merge(dirs, target, ScenarioLoader.discover().registries().metrics().all());
        o.println("merged the " + m.parts() + " parts of a live run into " + m.dir());
        return 0;
    }

    /**
     * The command that finishes the sweep in {@code target}: the scenario as the sweep was given
     * it (sweep-info.json of any merged directory), else the scenario name in sweep.json.
     */
    private String resumeCommand(Path target) throws IOException {
        List<Path> candidates = new ArrayList<>(List.of(target));
        candidates.addAll(dirs);
        for (Path d : candidates) {
            Path info = d.resolve("sweep-info.json");
            if (Files.isRegularFile(info)) {
                JsonNode json = ResultFiles.readJson(info);
                List<String> sets = new ArrayList<>();
                json.path("sets").forEach(v -> sets.add(v.asText()));
                return Resume.command(json.path("scenario_argument").asText(), sets, target, null);
            }
        }
        String name = ResultFiles.readJson(target.resolve("sweep.json")).path("scenario").asText();
        return Resume.command(name, List.of(), target, null) + " (with the scenario file of '" + name + "' if it is not bundled)";
    }

    private static void copyRun(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Path tmp = Files.createTempDirectory(to.getParent(), "." + to.getFileName() + ".tmp-");
        ResultFiles.makeShared(tmp);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path d = tmp.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(d);
                } else {
                    Files.copy(p, d);
                }
            }
            ResultFiles.move(tmp, to);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            ResultFiles.deleteTree(tmp);
        }
    }
}

package io.gossamer.scenarios.load;

import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.scenarios.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a scenario's text comes from: a file, a scenario bundled with Gossamer (named
 * without a path, e.g. {@code quickstart}), or the scenario a run recorded in its
 * {@code summary.json} ({@code scenario_resolved}: extends, {@code --set} and a sweep point's
 * values applied), named by the run's directory or that file.
 *
 * @param shownAs how messages name it
 * @param file the file, or null for a bundled scenario
 * @param bundledName the bundled scenario's name, or null for a file
 */
public record ScenarioSource(String shownAs, Path file, String bundledName) {
    private static final String LIBRARY = "io/gossamer/scenarios/library/";
    /** The file a run writes its figures and its resolved scenario to. */
    public static final String RUN_SUMMARY = "summary.json";
    /** The key of {@link #RUN_SUMMARY} that holds the scenario as it ran. */
    public static final String RECORDED_SCENARIO = "scenario_resolved";

    /** A scenario file as the user named it. */
    public static ScenarioSource ofFile(Path file) {
        return new ScenarioSource(file.toString(), file, null);
    }

    /**
     * The user's argument: an existing file, else a bundled scenario of that name, else (for
     * a name that cannot be a bundled one) the file, whose absence read() will report.
     */
    public static ScenarioSource resolve(String argument) {
        Path asFile = Path.of(argument);
        if (java.nio.file.Files.isDirectory(asFile)) {
            if (java.nio.file.Files.isRegularFile(asFile.resolve(RUN_SUMMARY))) {
                return ofFile(asFile.resolve(RUN_SUMMARY));
            }
            throw new ScenarioFileException(new Location(argument, 1, 1), "is a directory without a " + RUN_SUMMARY
                    + ", so not the results of a run (give a .yaml file, a bundled scenario name, or a run's results directory)");
        }
        if (java.nio.file.Files.exists(asFile) || argument.contains("/") || argument.contains("\\") || argument.endsWith(".yaml")
                || argument.endsWith(".yml")) {
            return ofFile(asFile);
        }
        if (bundled().contains(argument)) {
            return new ScenarioSource(argument + " (bundled)", null, argument);
        }
        String near = io.gossamer.scenarios.yaml.Keys.nearest(argument, bundled());
        throw new ScenarioFileException(new Location(argument, 1, 1), "no such file, and no bundled scenario of that name"
                + (near == null ? "" : "; did you mean '" + near + "'?") + " (give a path to a .yaml file, or one of the bundled names: "
                + String.join(", ", bundled()) + ")");
    }

    /** The names of the bundled scenarios, sorted. */
    public static List<String> bundled() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream(LIBRARY + "index.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled scenario index", e);
        }
        names.sort(null);
        return names;
    }

    /** The text of a bundled scenario (for {@code gossamer show} and copying). */
    public String text() {
        if (file != null) {
            try {
                return java.nio.file.Files.readString(file);
            } catch (IOException e) {
                throw new ScenarioFileException(new Location(shownAs, 1, 1), "cannot read the file: " + e.getMessage());
            }
        }
        try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream(LIBRARY + bundledName + ".yaml")) {
            if (in == null) {
                throw new ScenarioFileException(new Location(shownAs, 1, 1), "no bundled scenario named " + bundledName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if this is a run's {@code summary.json}, whose recorded scenario is read. */
    public boolean isRecordedRun() {
        return file != null && file.getFileName() != null && file.getFileName().toString().equals(RUN_SUMMARY);
    }

    /** The parsed YAML (of a run's summary, its recorded scenario). */
    public YamlNode read() {
        YamlNode tree = file != null ? YamlReader.read(file, shownAs) : YamlReader.parse(text(), shownAs);
        if (!isRecordedRun()) {
            return tree;
        }
        YamlNode.Entry recorded = tree instanceof YamlNode.Mapping m ? m.entries().get(RECORDED_SCENARIO) : null;
        if (recorded == null || !(recorded.value() instanceof YamlNode.Mapping)) {
            throw new ScenarioFileException(new Location(shownAs, 1, 1), "has no '" + RECORDED_SCENARIO + "' mapping: not the "
                    + RUN_SUMMARY + " of a Gossamer run (give a run's results directory, a .yaml file or a bundled name)");
        }
        return recorded.value();
    }

    /** The source {@code extends: name} refers to, relative to this one. */
    public ScenarioSource relative(String name, Location at) {
        if (file != null) {
            Path parent = file.toAbsolutePath().getParent();
            Path target = parent.resolve(name).normalize();
            Path shown = file.getParent() == null ? Path.of(name) : file.getParent().resolve(name).normalize();
            return new ScenarioSource(shown.toString(), target, null);
        }
        String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        if (!bundled().contains(base)) {
            throw new ScenarioFileException(at, "'extends': no bundled scenario named '" + name + "' (bundled: "
                    + String.join(", ", bundled()) + ")");
        }
        return new ScenarioSource(base + " (bundled)", null, base);
    }

    /** The directory relative paths in the scenario resolve against. */
    public Path baseDir() {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** A short name for the scenario when it has no {@code name} key. */
    public String defaultName() {
        if (bundledName != null) {
            return bundledName;
        }
        if (isRecordedRun()) {
            // The scenario's own default name, which the run recorded, not "summary".
            YamlNode summary = YamlReader.read(file, shownAs);
            if (summary instanceof YamlNode.Mapping m && m.entries().get("scenario") != null
                    && m.entries().get("scenario").value() instanceof YamlNode.Scalar sc && sc.text() != null) {
                return sc.text();
            }
        }
        String f = file.getFileName().toString();
        return f.replaceFirst("\\.ya?ml$", "");
    }
}

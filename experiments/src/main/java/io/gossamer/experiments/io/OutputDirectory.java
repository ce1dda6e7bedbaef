package io.gossamer.experiments.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks an output directory before a command writes it, so that a mistyped {@code --out}
 * never replaces the user's own files and an unwritable one is said before hours of
 * simulation rather than after: a run may replace only an earlier run's results (the files
 * a run writes and nothing else), a sweep may write only into a new or empty directory or an
 * earlier sweep's, and neither into the current directory or one that holds it.
 */
public final class OutputDirectory {
    /** What a run's results directory holds (docs/results.md); anything else is the user's. */
    private static final Set<String> RUN_ENTRIES = Set.of("summary.json", "run-info.json", "series", "tables", "report",
            "part.json");

    private OutputDirectory() {
    }

    /** Refuses {@code dir} as a run's results unless it is new, empty or an earlier run's results. */
    public static void checkForRun(Path dir) {
        if (Path.of("").toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            // Replaced as a whole: never the folder the user stands in, or one that holds it.
            throw new IllegalArgumentException("--out " + shown(dir) + " is the current directory or holds it; give a directory"
                    + " of its own, e.g. results/NAME");
        }
        checkWritable(dir, true);
        List<String> entries = entries(dir);
        if (entries.isEmpty()) {
            return;
        }
        if (!entries.contains("summary.json") && !entries.contains("run-info.json")) {
            throw new IllegalArgumentException("--out " + shown(dir) + " holds files that are not a run's results (" + sample(entries)
                    + "); a run replaces its directory as a whole, so give a new or empty directory");
        }
        List<String> others = entries.stream().filter(e -> !RUN_ENTRIES.contains(e) && !e.startsWith(".")).toList();
        if (!others.isEmpty()) {
            throw new IllegalArgumentException("--out " + shown(dir) + " holds a run's results and files a run does not write ("
                    + sample(others) + "), which replacing it would delete: move them, or give another directory");
        }
    }

    /**
     * Refuses {@code dir} for a sweep unless it is new, empty or holds a sweep (sweep.json, or
     * sweep-info.json, which a sweep writes first); a sweep writes into it, so it may be the
     * current directory.
     */
    public static void checkForSweep(Path dir) {
        checkWritable(dir, false);
        List<String> entries = entries(dir).stream().filter(e -> !e.startsWith(".")).toList();
        if (!entries.isEmpty() && !entries.contains("sweep.json") && !entries.contains("sweep-info.json")) {
            throw new IllegalArgumentException("--out " + shown(dir) + " holds files that are not a sweep's (" + sample(entries)
                    + "); give a new or empty directory");
        }
    }

    /**
     * Refuses a path that is a file, and one whose nearest existing folder is not a writable
     * directory; {@code replacedAsAWhole}: the command writes beside the target and renames
     * (a run), else inside it (a sweep).
     */
    static void checkWritable(Path dir, boolean replacedAsAWhole) {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + shown(dir) + " is a file, not a directory");
        }
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IllegalArgumentException("cannot make --out " + shown(dir) + ": " + existing + " is a file, not a directory");
        }
        // A probe where the results will be written first (beside an existing target that is
        // replaced as a whole, inside one that is written into, else in the nearest folder that
        // exists, where the missing ones are made):
        // permissions alone do not tell (a read-only mount, /proc, or root, to whom every file
        // looks writable).
        Path probeIn = !Files.isDirectory(target) ? existing : replacedAsAWhole && target.getParent() != null ? target.getParent()
                : target;
        try {
            Files.delete(Files.createTempDirectory(probeIn, ".gossamer-probe-"));
        } catch (IOException | UnsupportedOperationException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : "cannot create a directory there";
            throw new IllegalArgumentException("cannot write --out " + shown(dir) + ": " + probeIn + " is not writable (" + why + ")");
        }
    }

    private static List<String> entries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String shown(Path dir) {
        String text = dir.toString();
        return text.isEmpty() ? "''" : text;
    }

    private static String sample(List<String> names) {
        return String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", ..." : "");
    }
}

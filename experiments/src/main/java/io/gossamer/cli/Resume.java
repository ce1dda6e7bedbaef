package io.gossamer.cli;

import io.gossamer.scenarios.load.SweepPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** What an interrupted sweep kept, and the command line that finishes it. */
final class Resume {
    // Words a POSIX shell takes as they are; anything else is single-quoted.
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=%@+,-]+");

    private Resume() {
    }

    /** "kept 150 of 600 runs": the runs of the plan whose directory is complete. */
    static String kept(Path dir, SweepPlan plan) {
        long kept = plan.runs().stream()
                .filter(r -> Files.isRegularFile(dir.resolve("runs").resolve(r.id()).resolve("summary.json"))).count();
        return "kept " + kept + " of " + plan.runs().size() + (plan.runs().size() == 1 ? " run" : " runs");
    }

    /** The sweep command with the scenario as the user gave it, every --set, the output directory and --resume. */
    static String command(String scenario, List<String> sets, Path dir, String shard) {
        StringBuilder out = new StringBuilder("gossamer sweep ").append(quote(scenario));
        for (String set : sets) {
            out.append(" --set ").append(quote(set));
        }
        out.append(" --out ").append(quote(dir.toString()));
        if (shard != null) {
            out.append(" --shard ").append(quote(shard));
        }
        return out.append(" --resume").toString();
    }

    /** A word for a POSIX shell. */
    static String quote(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}

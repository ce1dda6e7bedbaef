package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.EdgeList;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an edge-list file ({@code overlay.file}): one link {@code a b} a line (two node ids,
 * whole numbers from 0, separated by spaces, tabs or a comma), everything from {@code #} to the
 * end of a line a comment, blank lines ignored. Every problem is reported at its line.
 */
final class EdgeListReader {
    /** The most node ids a run supports (the runner's limit). */
    static final int MAX_NODES = 50_000_000;
    private static final String KEY = "'overlay.file'";
    private static final String FORMAT = "one link a line: two node ids, e.g. '0 17'";

    private EdgeListReader() {
    }

    /**
     * Reads the file {@code text} names, relative to {@code baseDir}.
     *
     * @param at where the scenario names the file (for a file that is missing or unreadable)
     */
    static EdgeList read(Path baseDir, String text, Location at) {
        Path file = baseDir.resolve(text).normalize();
        if (!Files.isRegularFile(file)) {
            throw new ScenarioFileException(at, KEY + ": there is no file '" + text + "' (paths are relative to the scenario"
                    + " file's folder; looked for " + file + ")");
        }
        String name = file.toString();
        int[] from = new int[1024];
        int[] to = new int[1024];
        int links = 0;
        int largest = -1;
        Location largestAt = null;
        // Latin-1 never fails to decode: a stray byte shows up as a value that is not a node id.
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                int hash = line.indexOf('#');
                String body = hash < 0 ? line : line.substring(0, hash);
                String[] values = body.strip().isEmpty() ? new String[0] : body.strip().split("[\\s,]+");
                if (values.length == 0) {
                    continue;
                }
                Location here = new Location(name, lineNumber, 1);
                if (values.length != 2) {
                    throw new ScenarioFileException(here, KEY + ": expected two node ids, got " + values.length + " value"
                            + (values.length == 1 ? "" : "s") + " ('" + body.strip() + "'); " + FORMAT);
                }
                int a = nodeId(values[0], here);
                int b = nodeId(values[1], here);
                if (a == b) {
                    throw new ScenarioFileException(here, KEY + ": node " + a + " is linked to itself; a link joins two"
                            + " different nodes");
                }
                if (links == from.length) {
                    from = Arrays.copyOf(from, links * 2);
                    to = Arrays.copyOf(to, links * 2);
                }
                from[links] = a;
                to[links] = b;
                links++;
                if (Math.max(a, b) > largest) {
                    largest = Math.max(a, b);
                    largestAt = here;
                }
            }
            if (links == 0) {
                throw new ScenarioFileException(new Location(name, Math.max(1, lineNumber), 1), KEY + ": the file has no links; "
                        + FORMAT);
            }
        } catch (IOException e) {
            throw new ScenarioFileException(at, KEY + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        return new EdgeList(name, Arrays.copyOf(from, links), Arrays.copyOf(to, links), largest, largestAt);
    }

    private static int nodeId(String value, Location at) {
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ScenarioFileException(at, KEY + ": '" + value + "' is not a node id (a whole number from 0); " + FORMAT);
        }
        // Ten digits or more always exceed the limit; parsing them could overflow.
        long id = value.length() > 9 ? Long.MAX_VALUE : Long.parseLong(value);
        if (id >= MAX_NODES) {
            throw new ScenarioFileException(at, KEY + ": node " + value + " is out of range; node ids run from 0 to "
                    + (MAX_NODES - 1) + " at most (and below the run's node count)");
        }
        return (int) id;
    }
}

package io.gossamer.scenarios.load;

import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;

/**
 * Names a scenario gives that end up in file names (the scenario's name names its results
 * directory; classes, processes and variants name series, tables and sweep columns): each must
 * be one plain file name, so nothing is ever written outside the output directory.
 */
public final class FileNames {
    /** Longest name accepted. */
    public static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    /** True if {@code name} is a plain file name: letters, digits, '.', '-', '_', starting with a letter or digit. */
    public static boolean safe(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH || !letterOrDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code name} if it is safe, else an error at {@code at} saying why.
     *
     * @param what the key, e.g. 'name' or 'nodes.0.class'
     */
    public static String check(String name, Location at, String what) {
        if (!safe(name)) {
            throw new ScenarioFileException(at, what + " becomes part of a file name, so it must be 1 to " + MAX_LENGTH
                    + " letters (a-z, A-Z), digits, '.', '-' or '_', starting with a letter or digit; got '" + name + "'"
                    + (name.contains("/") || name.contains("\\") || name.contains("..") ? " (a path is not allowed: results go to --out)" : ""));
        }
        return name;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}

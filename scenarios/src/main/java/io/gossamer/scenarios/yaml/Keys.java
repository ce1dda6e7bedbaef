package io.gossamer.scenarios.yaml;

import java.util.Collection;
import java.util.Locale;

/** Suggestions for misspelt keys and names. */
public final class Keys {
    private Keys() {
    }

    /**
     * The valid name closest to {@code given} by edit distance (ignoring case), if it is close
     * enough to be a likely typo; else null.
     */
    public static String nearest(String given, Collection<String> valid) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String v : valid) {
            int d = distance(g, v.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        int allowed = Math.max(1, Math.min(3, given.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** "unknown key 'x' in section; did you mean 'y'? (valid: a, b, c)". */
    public static String unknown(String what, String given, Collection<String> valid, String where) {
        String near = nearest(given, valid);
        return "unknown " + what + " '" + given + "'" + (where.isEmpty() ? "" : " in " + where)
                + (near == null ? "" : "; did you mean '" + near + "'?") + " (valid: " + String.join(", ", valid) + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}

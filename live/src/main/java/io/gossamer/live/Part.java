package io.gossamer.live;

/**
 * One part of a live run split over several processes ({@code gossamer live --part i/N}):
 * node {@code n} runs in part {@code (n mod N) + 1}, so the parts share the nodes of every
 * class and every later join round-robin, whatever the scenario's layout. Every part runs the
 * whole scenario; the nodes of other parts are shadows there (see
 * {@link io.gossamer.sim.net.Wire#hosts}).
 *
 * @param index this part, 1 to {@code count}
 * @param count how many parts the run has
 */
public record Part(int index, int count) {
    /** The whole run in one process. */
    public static final Part WHOLE = new Part(1, 1);

    /** Validates the numbers. */
    public Part {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("part " + index + "/" + count + ": give i/N with 1 <= i <= N (e.g. 1/2)");
        }
    }

    /** Parses {@code i/N}, with a message naming the option if it is not that. */
    public static Part parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                int i = Integer.parseInt(t.substring(0, slash).trim());
                int n = Integer.parseInt(t.substring(slash + 1).trim());
                if (n >= 1 && i >= 1 && i <= n) {
                    return new Part(i, n);
                }
            }
        } catch (NumberFormatException e) {
            // the message below says what is valid
        }
        throw new IllegalArgumentException("--part '" + text + "': give i/N, part i of N, with 1 <= i <= N (e.g. 1/2 and 2/2)");
    }

    /** The part that runs node {@code node}. */
    public int owner(int node) {
        return node % count + 1;
    }

    /** True if this part runs node {@code node}. */
    public boolean hosts(int node) {
        return count == 1 || owner(node) == index;
    }

    /** True if the run is split (more than one part). */
    public boolean split() {
        return count > 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}

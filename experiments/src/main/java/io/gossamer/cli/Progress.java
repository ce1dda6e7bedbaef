package io.gossamer.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr for anything longer than a second: a redrawn bar on a terminal, a plain
 * line every ten seconds otherwise (logs, CI). Wall-clock time is fine here: it only decides
 * what to print, never what a run computes.
 */
final class Progress implements AutoCloseable {
    private static final long SHOW_AFTER_NS = 1_000_000_000L;
    private static final long BAR_EVERY_NS = 200_000_000L;
    private static final long LOG_EVERY_NS = 10_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean enabled;
    private final String label;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean drawn;

    Progress(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
        this.terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Reports the share done (0..1) and a detail; prints only when due. */
    void update(double fraction, String detail) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        long elapsed = now - started;
        if (elapsed < SHOW_AFTER_NS || now - lastShown < (terminal ? BAR_EVERY_NS : LOG_EVERY_NS)) {
            return;
        }
        lastShown = now;
        double f = Math.max(0, Math.min(1, fraction));
        String eta = f > 0.001 ? "ETA " + duration((long) (elapsed / f - elapsed)) : "ETA ?";
        String text = String.format(Locale.ROOT, "%s %3.0f%% %s %s", label, f * 100, detail, eta);
        if (terminal) {
            int filled = (int) Math.round(f * WIDTH);
            err.print("\r" + "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + text + "\u001b[K");
            drawn = true;
        } else {
            err.println(text);
        }
        err.flush();
    }

    static String duration(long nanos) {
        long s = Math.max(0, nanos / 1_000_000_000L);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}

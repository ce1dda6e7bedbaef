package io.gossamer.cli;

import io.gossamer.experiments.sweep.SweepRunner;
import io.gossamer.scenarios.load.SweepPlan;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sweep's progress on stderr: the runs finished plus the simulated share of the runs under
 * way, so a sweep of a few long runs (a million-node point takes an hour) shows how far it has
 * got and an estimate of the time left, not only a count that moves once per run.
 */
final class SweepProgress implements SweepRunner.Listener {
    private final Progress progress;
    /** Simulated share (0..1) of each run under way, by run id; guarded by {@code this}. */
    private final Map<String, Double> underWay = new TreeMap<>();
    private int done;
    private int total;

    SweepProgress(Progress progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void finished(int done, int total, SweepPlan.RunSpec run) {
        this.done = done;
        this.total = total;
        underWay.remove(run.id());
        show();
    }

    @Override
    public synchronized void advanced(SweepPlan.RunSpec run, long now, long limit) {
        underWay.put(run.id(), limit > 0 ? Math.min(1.0, now / (double) limit) : 0.0);
        show();
    }

    @Override
    public synchronized void planned(int runs) {
        total = runs;
    }

    private void show() {
        if (total <= 0) {
            return;
        }
        double share = done;
        for (double d : underWay.values()) {
            share += d;
        }
        String detail = done + "/" + total + " runs";
        if (underWay.size() == 1) {
            Map.Entry<String, Double> only = underWay.entrySet().iterator().next();
            detail += String.format(Locale.ROOT, ", run %s at %.0f%% of its simulated time", only.getKey(), only.getValue() * 100);
        } else if (!underWay.isEmpty()) {
            detail += ", " + underWay.size() + " under way";
        }
        synchronized (progress) {
            progress.update(share / total, detail);
        }
    }
}

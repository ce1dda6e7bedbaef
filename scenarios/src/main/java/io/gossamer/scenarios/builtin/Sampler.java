package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A row of numbers taken every period of simulated time, from time 0 to the end of the run. */
final class Sampler {
    private final Simulation sim;
    private final Supplier<double[]> row;
    private final List<double[]> rows = new ArrayList<>();

    Sampler(RunSetup setup, long period, Supplier<double[]> row) {
        this.sim = setup.simulation();
        this.row = row;
        setup.every(period, this::take);
    }

    private void take() {
        double now = sim.now() / (double) Time.SECOND;
        if (!rows.isEmpty() && rows.get(rows.size() - 1)[0] == now) {
            return;
        }
        double[] values = row.get();
        double[] r = new double[values.length + 1];
        r[0] = now;
        System.arraycopy(values, 0, r, 1, values.length);
        rows.add(r);
    }

    /** The rows, with {@code columns} after time_s. */
    MetricResult.Series finish(List<String> columns) {
        take();
        List<String> all = new ArrayList<>();
        all.add("time_s");
        all.addAll(columns);
        return new MetricResult.Series(all, rows);
    }
}

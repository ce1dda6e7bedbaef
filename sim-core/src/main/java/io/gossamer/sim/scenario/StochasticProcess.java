package io.gossamer.sim.scenario;

import io.gossamer.sim.Time;

/**
 * A named process that raises {@code count} operations, each one inter-arrival draw after
 * the previous one (the first one draw after the start): with exponential gaps it is a
 * Poisson process. It stops early when its stop time comes. Draws come from the stream
 * {@code "scenario." + name}, so processes never shift each other's timing.
 *
 * <pre>{@code
 * StochasticProcess joins = StochasticProcess.named("joins")
 *         .raise(1000, Operations.join(starter))
 *         .every(DurationDistribution.exponential(Time.ms(100)))
 *         .startAt(0);
 * }</pre>
 *
 * @param name unique name within a scenario
 * @param count operations to raise
 * @param interArrival time between operations
 * @param operation what each arrival does
 * @param start when the process starts
 * @param stopAt no operation is raised after this time ({@link Time#FOREVER} for none)
 */
public record StochasticProcess(
        String name, long count, DurationDistribution interArrival, Operation operation, ProcessStart start,
        long stopAt) {

    /** Validates the parts. */
    public StochasticProcess {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a process needs a name");
        }
        if (count < 0) {
            throw new IllegalArgumentException("process " + name + ": count cannot be negative, got " + count);
        }
        if (interArrival == null || operation == null || start == null) {
            throw new IllegalArgumentException("process " + name + ": inter-arrival, operation and start are required");
        }
        if (count == Long.MAX_VALUE && interArrival instanceof DurationDistribution.Constant c && c.nanos() == 0) {
            throw new IllegalArgumentException("process " + name
                    + ": an open-ended process needs a positive inter-arrival time, or it never lets time pass");
        }
    }

    /** Starts building a process. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** This process with a stop time. */
    public StochasticProcess stopAt(long time) {
        return new StochasticProcess(name, count, interArrival, operation, start, time);
    }

    /** Builds a {@link StochasticProcess} step by step. */
    public static final class Builder {
        private final String name;
        private long count = -1;
        private Operation operation;
        private DurationDistribution interArrival = DurationDistribution.constant(0);

        private Builder(String name) {
            this.name = name;
        }

        /** Raise {@code count} operations. */
        public Builder raise(long count, Operation operation) {
            this.count = count;
            this.operation = operation;
            return this;
        }

        /** Time between operations (default: none, all at the start). */
        public Builder every(DurationDistribution interArrival) {
            this.interArrival = interArrival;
            return this;
        }

        /** Start at an absolute time. */
        public StochasticProcess startAt(long time) {
            return build(new ProcessStart.At(time));
        }

        /** Start {@code delay} after another process started. */
        public StochasticProcess startAfterStartOf(String process, long delay) {
            return build(new ProcessStart.AfterStartOf(process, delay));
        }

        /** Start {@code delay} after another process raised its last operation. */
        public StochasticProcess startAfterEndOf(String process, long delay) {
            return build(new ProcessStart.AfterEndOf(process, delay));
        }

        private StochasticProcess build(ProcessStart start) {
            if (operation == null) {
                throw new IllegalArgumentException("process " + name + ": say what it raises with raise(count, operation)");
            }
            return new StochasticProcess(name, count, interArrival, operation, start, Time.FOREVER);
        }
    }
}

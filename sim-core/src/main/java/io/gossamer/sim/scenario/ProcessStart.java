package io.gossamer.sim.scenario;

/** When a {@link StochasticProcess} starts. */
public sealed interface ProcessStart {

    /** At an absolute virtual time. */
    record At(long time) implements ProcessStart {
        /** Validates the time. */
        public At {
            if (time < 0) {
                throw new IllegalArgumentException("a process cannot start before time 0: " + time + "ns");
            }
        }
    }

    /** A delay after another process started. */
    record AfterStartOf(String process, long delay) implements ProcessStart {
        /** Validates the delay. */
        public AfterStartOf {
            DurationDistribution.Checks.notNegative("start delay", delay);
        }
    }

    /** A delay after another process raised its last operation. */
    record AfterEndOf(String process, long delay) implements ProcessStart {
        /** Validates the delay. */
        public AfterEndOf {
            DurationDistribution.Checks.notNegative("start delay", delay);
        }
    }
}

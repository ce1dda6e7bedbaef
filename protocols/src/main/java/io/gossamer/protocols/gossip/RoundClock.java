package io.gossamer.protocols.gossip;

/**
 * When a node's gossip rounds fall: every {@code period} ns at {@code phase + k * period}.
 * With phase 0 for everyone the rounds of all nodes line up, as in the synchronous rounds of
 * the epidemic models; a phase drawn per node models unsynchronised clocks.
 *
 * @param period round length in ns
 * @param phase offset of this node's rounds in [0, period)
 */
record RoundClock(long period, long phase) {
    /** Checks the values. */
    RoundClock {
        if (period <= 0) {
            throw new IllegalArgumentException("the round period must be positive, got " + period + "ns");
        }
        if (phase < 0 || phase >= period) {
            throw new IllegalArgumentException("the round phase must be in [0, period), got " + phase + "ns");
        }
    }

    /** Time from {@code now} to this node's next round, strictly later than now. */
    long delayToNextRound(long now) {
        long k = Math.floorDiv(now - phase, period) + 1;
        return phase + k * period - now;
    }
}

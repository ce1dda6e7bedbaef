package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.RunKey;

/**
 * The rounds of the gossip protocols that push in rounds ({@code push}, {@code push-pull}),
 * as their node classes configure them, so the dissemination metric can count a message's
 * spread in rounds. Known only when every such class has the same period and phase mode.
 */
final class GossipRounds {
    /** One per run: the providers of push and push-pull add their classes' settings. */
    static final RunKey<GossipRounds> KEY = RunKey.of("gossip rounds", run -> new GossipRounds());

    private long period;
    private boolean randomPhase;
    private boolean mixed;

    /** A node class gossips in rounds of {@code period} ns, its nodes' rounds aligned or not. */
    void add(long period, boolean randomPhase) {
        if (this.period == 0) {
            this.period = period;
            this.randomPhase = randomPhase;
        } else if (this.period != period || this.randomPhase != randomPhase) {
            mixed = true;
        }
    }

    /** True if rounds can be counted: some class gossips in rounds, and all alike. */
    boolean known() {
        return period > 0 && !mixed;
    }

    /**
     * Rounds from an injection at {@code injectedAt} to {@code delay} later. With aligned rounds
     * (at multiples of the period, where every node pushes), the rounds that fell in
     * {@code (injectedAt, injectedAt + delay]}; with a phase per node, the periods elapsed,
     * rounded up.
     */
    long rounds(long injectedAt, long delay) {
        return randomPhase ? -Math.floorDiv(-delay, period)
                : Math.floorDiv(injectedAt + delay, period) - Math.floorDiv(injectedAt, period);
    }
}

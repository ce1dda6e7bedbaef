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

    /** Rounds as a part of a split run wrote them (see {@link #describe}). */
    static GossipRounds of(long period, boolean randomPhase, boolean mixed) {
        GossipRounds r = new GossipRounds();
        r.period = period;
        r.randomPhase = randomPhase;
        r.mixed = mixed;
        return r;
    }

    /** period (ns), random phase (0/1), mixed (0/1): what {@link #of} takes back. */
    java.util.List<String> describe() {
        return java.util.List.of(Long.toString(period), randomPhase ? "1" : "0", mixed ? "1" : "0");
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

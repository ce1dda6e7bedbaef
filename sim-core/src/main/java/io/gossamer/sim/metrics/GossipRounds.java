package io.gossamer.sim.metrics;

/**
 * The rounds of gossip protocols that push in rounds, as the node classes of a run configure
 * them, so that a message's spread can be counted in rounds ({@link DisseminationFigures}).
 * Known only when every class that gossips in rounds has the same period and phase mode.
 */
public final class GossipRounds {
    private long period;
    private boolean randomPhase;
    private boolean mixed;

    /** A node class gossips in rounds of {@code period} ns, its nodes' rounds aligned or not. */
    public void add(long period, boolean randomPhase) {
        if (this.period == 0) {
            this.period = period;
            this.randomPhase = randomPhase;
        } else if (this.period != period || this.randomPhase != randomPhase) {
            mixed = true;
        }
    }

    /** Rounds as a part of a split run wrote them (see {@link #describe}). */
    public static GossipRounds of(long period, boolean randomPhase, boolean mixed) {
        GossipRounds r = new GossipRounds();
        r.period = period;
        r.randomPhase = randomPhase;
        r.mixed = mixed;
        return r;
    }

    /** period (ns), random phase (0/1), mixed (0/1): what {@link #of} takes back. */
    public java.util.List<String> describe() {
        return java.util.List.of(Long.toString(period), randomPhase ? "1" : "0", mixed ? "1" : "0");
    }

    /** True if rounds can be counted: some class gossips in rounds, and all alike. */
    public boolean known() {
        return period > 0 && !mixed;
    }

    /**
     * Rounds from an injection at {@code injectedAt} to {@code delay} later. With aligned rounds
     * (at multiples of the period, where every node pushes), the rounds that fell in
     * {@code (injectedAt, injectedAt + delay]}; with a phase per node, the periods elapsed,
     * rounded up.
     */
    public long rounds(long injectedAt, long delay) {
        return randomPhase ? -Math.floorDiv(-delay, period)
                : Math.floorDiv(injectedAt + delay, period) - Math.floorDiv(injectedAt, period);
    }
}

package io.gossamer.sim.metrics;

/**
 * The dissemination of one message. Targets are the nodes alive when it was injected; times
 * are delays since injection in nanoseconds, -1 where the share was never reached.
 *
 * @param message the message id
 * @param origin the node that injected it
 * @param injectedAt when, in virtual ns
 * @param targets nodes alive at injection (the origin included)
 * @param reached targets that received it
 * @param targetsAliveAtEnd targets still alive when the run ended
 * @param reachedAliveAtEnd of those, how many received it
 * @param t50 delay until half the targets had it
 * @param t90 delay until 90 % of the targets had it
 * @param t99 delay until 99 % of the targets had it
 * @param t100 delay until every target had it
 * @param t50AliveAtEnd delay until half the targets still alive at the end had it
 * @param t90AliveAtEnd delay until 90 % of the targets still alive at the end had it
 * @param t99AliveAtEnd delay until 99 % of the targets still alive at the end had it
 * @param t100AliveAtEnd delay until every target alive at the end had it
 * @param sent network messages that carried it
 * @param duplicates receipts by nodes that already had it
 * @param hopsMean mean hop count of the first receipts at targets other than the origin (0 if none)
 * @param hopsMax largest such hop count
 * @param last delay of the last first receipt at a target (0 if only the origin had it): defined
 *     whether or not every target was reached
 * @param t50Reached delay by which half of the targets it reached had it (nearest rank over the
 *     reached targets, the origin's 0 included): unlike {@code t50}, always defined
 * @param t90Reached the same at 90 % of the reached targets
 * @param t99Reached the same at 99 % of the reached targets
 */
public record MessageStats(
        int message, int origin, long injectedAt, int targets, int reached,
        int targetsAliveAtEnd, int reachedAliveAtEnd,
        long t50, long t90, long t99, long t100,
        long t50AliveAtEnd, long t90AliveAtEnd, long t99AliveAtEnd, long t100AliveAtEnd,
        long sent, long duplicates, double hopsMean, int hopsMax,
        long last, long t50Reached, long t90Reached, long t99Reached) {

    /** Share of the targets reached. */
    public double coverage() {
        return targets == 0 ? 0 : (double) reached / targets;
    }

    /** Share of the targets alive at the end that were reached. */
    public double coverageAliveAtEnd() {
        return targetsAliveAtEnd == 0 ? 0 : (double) reachedAliveAtEnd / targetsAliveAtEnd;
    }

    /** Network messages per target reached beyond the origin (1.0 is a perfect tree). */
    public double redundancy() {
        return reached <= 1 ? 0 : (double) sent / (reached - 1);
    }
}

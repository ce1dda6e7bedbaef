package io.gossamer.sim.net;

/** Two traffic observers called in order (a chain of them for more; see {@link SimNetwork#observe}). */
record TrafficObservers(TrafficObserver first, TrafficObserver second) implements TrafficObserver {
    /** {@code added} after {@code existing}, or {@code added} alone if there is none yet. */
    static TrafficObserver append(TrafficObserver existing, TrafficObserver added) {
        return existing == null ? added : new TrafficObservers(existing, added);
    }

    @Override
    public void sent(int node, Message message, int copies) {
        first.sent(node, message, copies);
        second.sent(node, message, copies);
    }

    @Override
    public void delivered(int node, Message message) {
        first.delivered(node, message);
        second.delivered(node, message);
    }

    @Override
    public void dropped(int node, Message message, DropReason reason) {
        first.dropped(node, message, reason);
        second.dropped(node, message, reason);
    }
}

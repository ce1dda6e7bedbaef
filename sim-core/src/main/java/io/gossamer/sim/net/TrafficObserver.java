package io.gossamer.sim.net;

/**
 * Watches the simulated network's traffic from outside the protocols (see
 * {@link SimNetwork#observe}), e.g. for a dissemination metric that counts copies and
 * duplicates. Every method is called synchronously by the network while it handles the
 * traffic; an observer must not trigger, schedule or deliver anything (it would change the
 * run it measures) and must not change the message. Implement only the methods you need.
 */
public interface TrafficObserver {
    /**
     * A node handed the network a message: once per {@link Message} request, once per
     * {@link Multicast} (with the number of its targets, the excluded one left out). Called
     * before any copy is transmitted, so a copy's drop or delivery is always seen after it.
     *
     * @param node the sender
     * @param message the message
     * @param copies how many copies the network will send (1 for a unicast)
     */
    default void sent(int node, Message message, int copies) {
    }

    /**
     * A copy reached a live node with a listening component; its handlers run next (after
     * whatever is already due at this instant).
     *
     * @param node the receiver
     * @param message the message
     */
    default void delivered(int node, Message message) {
    }

    /**
     * A copy was dropped. Counted in the same place as {@link SimNetwork#drops}, except a
     * refused connection handshake, which carries no message and is not shown here.
     *
     * @param node the node the copy was addressed to
     * @param message the message
     * @param reason why
     */
    default void dropped(int node, Message message, DropReason reason) {
    }
}

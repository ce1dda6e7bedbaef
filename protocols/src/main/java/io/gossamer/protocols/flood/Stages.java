package io.gossamer.protocols.flood;

import io.gossamer.protocols.broadcast.BroadcastDelivery;
import java.util.Arrays;

/**
 * The values of the message being flooded, by hop count: the {@link Flooded.Stage} a copy
 * carries and the {@link BroadcastDelivery} a node triggers at its first receipt. Neither names
 * a node, so the million receipts of a flood share a few dozen immutable values instead of
 * allocating a delivery and a stage each. Holds one message's values (the last asked for);
 * another message starts it over, so concurrent messages only cost fresh values again.
 */
final class Stages {
    private Flooded.Origin origin;
    private Flooded.Stage[] stages = new Flooded.Stage[0];
    private BroadcastDelivery[] deliveries = new BroadcastDelivery[0];

    /** The message {@code origin} after {@code hops} hops. */
    Flooded.Stage stage(Flooded.Origin origin, int hops) {
        select(origin, hops);
        Flooded.Stage s = stages[hops];
        if (s == null) {
            s = new Flooded.Stage(origin, hops);
            stages[hops] = s;
        }
        return s;
    }

    /** The delivery of a message that arrived at {@code stage}. */
    BroadcastDelivery delivery(Flooded.Stage stage) {
        Flooded.Origin o = stage.origin();
        int hops = stage.hops();
        select(o, hops);
        BroadcastDelivery d = deliveries[hops];
        if (d == null) {
            d = new BroadcastDelivery(o.id(), o.node(), o.createdAt(), hops);
            deliveries[hops] = d;
        }
        return d;
    }

    private void select(Flooded.Origin o, int hops) {
        if (o != origin && !o.equals(origin)) {
            origin = o;
            Arrays.fill(stages, null);
            Arrays.fill(deliveries, null);
        }
        if (hops >= stages.length) {
            int n = Math.max(hops + 1, 2 * stages.length);
            stages = Arrays.copyOf(stages, n);
            deliveries = Arrays.copyOf(deliveries, n);
        }
    }
}

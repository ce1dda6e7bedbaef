package io.gossamer.protocols.broadcast;

import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.TrafficObserver;
import io.gossamer.sim.node.NodeHost;
import java.util.function.IntPredicate;

/**
 * Fills a {@link DisseminationLog} by watching a run from outside its protocols: every
 * {@link BroadcastDelivery} any node triggers on its {@link Broadcast} port, and every
 * {@link BroadcastPayload} message the network carries (copies sent, copies that arrive).
 * The application records each injection itself ({@link DisseminationLog#injected}) and puts
 * the id it gets into the {@link BroadcastRequest}.
 */
public final class BroadcastObservers {
    private BroadcastObservers() {
    }

    /**
     * A log of {@code host}'s run whose targets are the live nodes {@code audience} accepts,
     * fed by observers registered now (before the nodes start).
     */
    public static DisseminationLog attach(NodeHost host, IntPredicate audience) {
        DisseminationLog log = new DisseminationLog(host, audience);
        host.simulation().observe(Broadcast.class, BroadcastDelivery.class,
                (node, d) -> log.delivered(d.message(), node, host.simulation().now(), d.hops()));
        host.network().observe(new TrafficObserver() {
            @Override
            public void sent(int node, Message message, int copies) {
                if (message instanceof BroadcastPayload p) {
                    for (int i = 0, n = p.payloadCount(); i < n; i++) {
                        log.sent(p.payloadId(i), copies);
                    }
                }
            }

            @Override
            public void delivered(int node, Message message) {
                if (message instanceof BroadcastPayload p && audience.test(node)) {
                    for (int i = 0, n = p.payloadCount(); i < n; i++) {
                        log.arrived(p.payloadId(i));
                    }
                }
            }
        });
        return log;
    }

    /**
     * Broadcasts a payload of {@code sizeBytes} from running node {@code origin}: records the
     * injection in {@code log} and injects the request into the node's {@link Broadcast} port.
     *
     * @return the message's id
     */
    public static int broadcast(NodeHost host, DisseminationLog log, int origin, int sizeBytes) {
        int id = log.injected(origin, host.simulation().now(), sizeBytes);
        host.inject(origin, Broadcast.class, new BroadcastRequest(id, sizeBytes));
        return id;
    }
}

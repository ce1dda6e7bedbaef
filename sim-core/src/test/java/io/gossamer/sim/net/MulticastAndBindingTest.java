package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.net.model.ConstantLatency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slice multicasts, and how the network reaches the components bound on a node. */
class MulticastAndBindingTest {

    private static NetHarness harness() {
        return new NetHarness(1, NetworkConfig.ideal().withLatency(new ConstantLatency(Time.ms(5))));
    }

    private static List<Integer> sources(Endpoint e) {
        return e.received().stream().map(Endpoint.Receipt::source).toList();
    }

    @Test
    void aSliceMulticastReachesTheSliceMinusTheExcludedNode() {
        NetHarness h = harness();
        Endpoint[] nodes = new Endpoint[6];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = h.node(i);
        }
        int[] row = {5, 1, 2, 3, 4};
        h.at(Time.ms(1), () -> nodes[0].multicastSlice(row, 1, 4, 2, 100, 7));
        h.runToEnd();
        assertEquals(List.of(0), sources(nodes[1]));
        assertEquals(List.of(), sources(nodes[2]), "excluded");
        assertEquals(List.of(0), sources(nodes[3]));
        assertEquals(List.of(), sources(nodes[4]), "outside the slice");
        assertEquals(List.of(), sources(nodes[5]), "outside the slice");
        assertEquals(2, h.net().traffic(0).sentMessages());
        assertEquals(Time.ms(6), nodes[3].received().get(0).receivedAt());
    }

    @Test
    void aSliceOutsideTheArrayIsRejected() {
        TestMessage m = new TestMessage(Address.of(0), Address.MULTICAST, 10, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Multicast(m, new int[] {1, 2}, 1, 3, Multicast.NONE_EXCLUDED));
        assertTrue(e.getMessage().contains("[1, 3)"), e.getMessage());
    }

    /** A node whose two children both listen to the network. */
    public static final class TwoListeners extends ComponentDefinition {
        final Endpoint first;
        final Endpoint second;

        /** Parameters: the node's address. */
        public record Params(Address self) implements Init<TwoListeners> {
        }

        TwoListeners(Params params) {
            first = create(Endpoint.class, new Endpoint.Init(params.self()));
            second = create(Endpoint.class, new Endpoint.Init(params.self()));
        }
    }

    @Test
    void everyComponentBoundOnANodeGetsEachMessageWhichCountsOnce() {
        NetHarness h = harness();
        Endpoint sender = h.node(0);
        TwoListeners pair = h.host.start(Address.of(1), TwoListeners.class, new TwoListeners.Params(Address.of(1)));
        h.at(Time.ms(1), () -> sender.send(1, 50, 1));
        h.at(Time.ms(2), () -> sender.send(1, 50, 2));
        h.runToEnd();
        assertEquals(List.of(0, 0), sources(pair.first));
        assertEquals(List.of(0, 0), sources(pair.second));
        assertEquals(2, h.net().traffic(1).receivedMessages());
    }

    @Test
    void aRestartedNodeIsReachedThroughItsNewComponent() {
        NetHarness h = harness();
        Endpoint sender = h.node(0);
        Endpoint before = h.node(1);
        Endpoint[] after = new Endpoint[1];
        h.at(Time.ms(1), () -> sender.send(1, 10, 1));
        h.at(Time.ms(10), () -> h.host.fail(1));
        h.at(Time.ms(11), () -> sender.send(1, 10, 2));
        h.at(Time.ms(20), () -> after[0] = h.node(1));
        h.at(Time.ms(21), () -> sender.send(1, 10, 3));
        h.runToEnd();
        assertEquals(1, before.received().size());
        assertEquals(1, after[0].received().size());
        assertEquals(3, after[0].received().get(0).seq());
        assertEquals(1, h.net().drops(DropReason.DEAD_NODE));
    }

    /** A node with no component bound: messages to it are dropped as NO_RECEIVER. */
    public static final class Mute extends ComponentDefinition {
        Mute() {
        }
    }

    @Test
    void aLiveNodeWithNothingBoundDropsAsNoReceiver() {
        NetHarness h = harness();
        Endpoint sender = h.node(0);
        h.host.start(Address.of(1), Mute.class, Init.none());
        h.at(Time.ms(1), () -> sender.send(1, 10, 1));
        h.runToEnd();
        assertEquals(1, h.net().drops(DropReason.NO_RECEIVER));
        assertEquals(0, h.net().traffic(1).receivedMessages());
    }
}

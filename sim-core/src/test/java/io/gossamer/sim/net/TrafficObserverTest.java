package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.net.model.BernoulliLoss;
import io.gossamer.sim.net.model.ConstantLatency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observers of the network's traffic ({@link SimNetwork#observe}). */
class TrafficObserverTest {

    /** Records every call as text. */
    private static final class Recorder implements TrafficObserver {
        final String name;
        final List<String> calls;

        Recorder(String name, List<String> calls) {
            this.name = name;
            this.calls = calls;
        }

        @Override
        public void sent(int node, Message message, int copies) {
            calls.add(name + " sent " + node + " seq " + ((TestMessage) message).seq() + " x" + copies);
        }

        @Override
        public void delivered(int node, Message message) {
            calls.add(name + " delivered " + node + " seq " + ((TestMessage) message).seq());
        }

        @Override
        public void dropped(int node, Message message, DropReason reason) {
            calls.add(name + " dropped " + node + " seq " + ((TestMessage) message).seq() + " " + reason);
        }
    }

    /** Node 0 multicasts to 1, 2 and 4 except 2 and sends to 3 (dead on arrival); node 1 sends to 5. */
    private static RunResult run(NetHarness h) {
        Endpoint[] nodes = new Endpoint[6];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = h.node(i);
        }
        h.at(Time.ms(1), () -> nodes[0].multicastSlice(new int[] {1, 2, 4}, 0, 3, 2, 10, 1));
        h.at(Time.ms(2), () -> nodes[0].send(3, 10, 2));
        h.at(Time.ms(3), () -> h.host.fail(3));
        h.at(Time.ms(20), () -> nodes[1].send(5, 10, 3));
        return h.runToEnd();
    }

    private static NetHarness harness() {
        // With seed 4 the loss model takes the copy to 4 and the send to 5, nothing else.
        return new NetHarness(4, NetworkConfig.ideal().withLatency(new ConstantLatency(Time.ms(5)))
                .withLoss(new BernoulliLoss(0.5)));
    }

    @Test
    void sendsDeliveriesAndDropsAreSeenInOrderByEveryObserver() {
        NetHarness h = harness();
        List<String> calls = new ArrayList<>();
        h.net().observe(new Recorder("a", calls));
        h.net().observe(new Recorder("b", calls));
        run(h);
        assertEquals(List.of(
                "a sent 0 seq 1 x2", "b sent 0 seq 1 x2",
                "a dropped 4 seq 1 LOSS", "b dropped 4 seq 1 LOSS",
                "a sent 0 seq 2 x1", "b sent 0 seq 2 x1",
                "a delivered 1 seq 1", "b delivered 1 seq 1",
                "a dropped 3 seq 2 DEAD_NODE", "b dropped 3 seq 2 DEAD_NODE",
                "a sent 1 seq 3 x1", "b sent 1 seq 3 x1",
                "a dropped 5 seq 3 LOSS", "b dropped 5 seq 3 LOSS"), calls);
        assertEquals(2, h.net().drops(DropReason.LOSS));
        assertEquals(1, h.net().drops(DropReason.DEAD_NODE));
    }

    @Test
    void observingChangesNothingInTheRun() {
        RunResult plain = run(harness());
        NetHarness observed = harness();
        observed.net().observe(new TrafficObserver() { });
        RunResult withObserver = run(observed);
        assertEquals(plain, withObserver);
    }

    @Test
    void aNullObserverIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> harness().net().observe(null));
    }
}

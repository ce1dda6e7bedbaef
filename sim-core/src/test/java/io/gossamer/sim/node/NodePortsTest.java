package io.gossamer.sim.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.Ports;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.EchoFixture.Ask;
import io.gossamer.sim.node.EchoFixture.Echo;
import io.gossamer.sim.node.EchoFixture.Root;
import io.gossamer.sim.node.EchoFixture.Teller;
import io.gossamer.sim.node.EchoFixture.Unused;
import io.gossamer.sim.timer.Timer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a node's provided ports, and injecting requests through them. */
class NodePortsTest {

    private static NodeHost host() {
        return new NodeHost(new Simulation(3), NetworkConfig.ideal());
    }

    @Test
    void theFirstProviderDepthFirstInCreationOrderIsFound() {
        NodeHost host = host();
        Root root = host.start(Address.of(4), Root.class, Init.none());
        assertSame(root.branch.deep.echo, host.port(4, Echo.class), "the branch's child comes before the later teller");
        assertSame(root.branch.deep, host.provider(4, Echo.class));
        assertSame(root.branch.deep.echo, host.portOrNull(4, Echo.class));
        assertTrue(host.provides(4, Echo.class));
        assertFalse(host.provides(4, Unused.class));
        assertFalse(host.provides(5, Echo.class), "no such node");
    }

    @Test
    void aMissingPortNamesTheNodeThePortTypeAndWhatTheNodeProvides() {
        NodeHost host = host();
        host.start(Address.of(2), Root.class, Init.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> host.port(2, Timer.class));
        assertEquals("node 2 (Root) provides no Timer port; it provides [Echo]", e.getMessage());
        assertNull(host.portOrNull(2, Unused.class));
        assertThrows(IllegalArgumentException.class, () -> host.inject(2, Unused.class, new Ask(1)));
    }

    @Test
    void aNodeThatIsNotRunningHasNoPorts() {
        NodeHost host = host();
        host.start(Address.of(1), Root.class, Init.none());
        host.simulation().run();
        host.fail(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> host.port(1, Echo.class));
        assertEquals("node 1 is not running", e.getMessage());
        assertNull(host.portOrNull(1, Echo.class));
        assertThrows(IllegalStateException.class, () -> host.inject(7, Echo.class, new Ask(1)));
    }

    @Test
    void aRequestTheHostCannotDeliverIsRejectedAtOnce() {
        NodeHost host = host();
        host.start(Address.of(0), Root.class, Init.none());
        assertThrows(IllegalArgumentException.class, () -> host.inject(0, Echo.class, "not an Echo request"));
        assertThrows(IllegalArgumentException.class, () -> host.inject(0, Echo.class, null));
    }

    /** What the teller handled and heard, and the event counts, reaching it by injection or by deliver. */
    private static List<Integer> run(boolean inject) {
        NodeHost host = host();
        Simulation sim = host.simulation();
        Root root = host.start(Address.of(0), Root.class, Init.none());
        List<Integer> order = new ArrayList<>();
        sim.scheduleAt(Time.ms(1), () -> {
            if (inject) {
                host.inject(0, Echo.class, new Ask(1));
            } else {
                sim.deliver(root.branch.deep.echo, new Ask(1));
            }
            sim.deliver(root.branch.deep.echo, new Ask(2));
            order.add(root.branch.deep.asked.size()); // nothing ran yet: deliveries wait for this action
        });
        var result = sim.run();
        order.addAll(root.branch.deep.asked);
        order.addAll(root.listener.heard);
        order.add((int) result.localEvents());
        order.add((int) result.timedEvents());
        return order;
    }

    @Test
    void injectIsExactlyAZeroDelayDeliveryToThePort() {
        List<Integer> injected = run(true);
        assertEquals(List.of(0, 1, 2, 1, 2, 7, 1), injected);
        assertEquals(run(false), injected);
    }

    @Test
    void theTypesATreeProvidesAreListedInSearchOrderWithoutBuildingANode() {
        assertEquals(List.of(Echo.class), Ports.providedTypes(Root.class, Init.none()));
        assertEquals(List.of(Echo.class), Ports.providedTypes(Teller.class, Init.none()));
        NodeHost host = host();
        Root root = host.start(Address.of(0), Root.class, Init.none());
        assertTrue(root.shallow.providesPort(Echo.class));
        assertFalse(root.providesPort(Echo.class), "the root itself provides nothing");
        assertTrue(Ports.provides(root, Echo.class));
        assertSame(root.shallow.echo, Ports.find(root.shallow, Echo.class));
    }
}

package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.core.ComponentModelTest.Client;
import io.gossamer.sim.core.ComponentModelTest.ClientInit;
import io.gossamer.sim.core.ComponentModelTest.Journal;
import io.gossamer.sim.core.ComponentModelTest.Req;
import io.gossamer.sim.core.ComponentModelTest.Ind;
import io.gossamer.sim.core.ComponentModelTest.Server;
import io.gossamer.sim.core.ComponentModelTest.ServerInit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keyed channels and selectors: routing by key, and disconnection when the provider goes.
 * Uses the fixtures of {@link ComponentModelTest}.
 */
class KeyedChannelTest {

    record HubInit(Journal journal) implements Init<Hub> {
    }

    /** A server routing indications by their key, with keyed and unkeyed clients. */
    static final class Hub extends ComponentDefinition {
        final Server server;
        final List<Client> clients = new ArrayList<>();
        final List<Channel> channels = new ArrayList<>();

        Hub(HubInit init) {
            Journal j = init.journal();
            server = create(Server.class, new ServerInit("hub", j));
            server.ping.selectBy(e -> ((Ind) e).key);
            int[] keys = {1, 2, 2, 3, -5, 100_000_000};
            for (int i = 0; i < keys.length; i++) {
                Client c = create(Client.class, new ClientInit("k" + keys[i] + (i == 2 ? "b" : ""), j));
                clients.add(c);
                channels.add(connect(server.ping, c.ping, keys[i]));
            }
            Client unkeyed = create(Client.class, new ClientInit("unkeyed", j));
            clients.add(unkeyed);
            channels.add(connect(server.ping, unkeyed.ping));
        }

        void drop(int i) {
            disconnect(channels.get(i));
        }
    }

    private static List<String> received(Journal j) {
        List<String> r = new ArrayList<>();
        for (String line : j.lines) {
            if (line.contains(" got ")) {
                r.add(line);
            }
        }
        return r;
    }

    @Test
    void selectorRoutesIndicationsOnlyToChannelsWithTheirKey() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Hub hub = sim.createRoot(Hub.class, new HubInit(j), 0);
        sim.start(hub);
        sim.run();
        j.lines.clear();

        hub.server.indicate(new Ind(1));
        sim.run();
        // Unkeyed channels first, then those of the key.
        assertEquals(List.of("unkeyed got Ind(1)", "k1 got Ind(1)"), received(j));

        j.lines.clear();
        hub.server.indicate(new Ind(2));
        sim.run();
        assertEquals(List.of("unkeyed got Ind(2)", "k2 got Ind(2)", "k2b got Ind(2)"), received(j));

        j.lines.clear();
        hub.server.indicate(new Ind(-5));
        hub.server.indicate(new Ind(100_000_000));
        hub.server.indicate(new Ind(4));
        sim.run();
        assertEquals(List.of("unkeyed got Ind(-5)", "k-5 got Ind(-5)", "unkeyed got Ind(100000000)",
                "k100000000 got Ind(100000000)", "unkeyed got Ind(4)"), received(j));

        assertTrue(hub.channels.get(0).isKeyed());
        assertFalse(hub.channels.get(6).isKeyed());
    }

    @Test
    void requestsFromKeyedClientsAlwaysFlowAndDisconnectedKeysGetNothing() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Hub hub = sim.createRoot(Hub.class, new HubInit(j), 0);
        sim.start(hub);
        sim.run();
        j.lines.clear();
        hub.clients.get(3).send(new Req(3));
        sim.run();
        assertEquals(List.of("hub first Req(3)", "hub second Req(3)"), j.lines);

        j.lines.clear();
        hub.drop(1); // one of the two key-2 channels
        assertFalse(hub.channels.get(1).isConnected());
        hub.server.indicate(new Ind(2));
        sim.run();
        assertEquals(List.of("unkeyed got Ind(2)", "k2b got Ind(2)"), received(j));
    }

    @Test
    void withoutASelectorKeyedChannelsGetNoIndications() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Hub hub = sim.createRoot(Hub.class, new HubInit(j), 0);
        hub.server.ping.selectBy(null);
        sim.start(hub);
        sim.run();
        j.lines.clear();
        hub.server.indicate(new Ind(1));
        sim.run();
        assertEquals(List.of("unkeyed got Ind(1)"), received(j));
    }

    /** A destroyed component is disconnected: that includes the keyed channels of its provided ports. */
    @Test
    void destroyingAProviderDisconnectsItsKeyedChannels() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Hub hub = sim.createRoot(Hub.class, new HubInit(j), 0);
        sim.start(hub);
        sim.run();
        sim.crash(hub.server);
        for (int i = 0; i < hub.channels.size(); i++) {
            assertFalse(hub.channels.get(i).isConnected(), "channel " + hub.channels.get(i) + " still connected");
        }
        assertEquals(ComponentState.DESTROYED, hub.server.state());
        // Requests from the clients no longer reach the destroyed server at all.
        hub.clients.get(0).send(new Req(1));
        sim.run();
        assertEquals(0, sim.droppedDeliveries(), "requests went over channels to a destroyed component");
    }
}

package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The component model: port type checks, handler matching and order, shared handler tables,
 * keyed channels and the lifecycle. In package {@code core} to look at handler tables.
 */
class ComponentModelTest {

    // ================================================================== port types and events

    /** Requests Req (and subclasses); indications Ind (and subclasses). */
    public static final class Ping extends PortType {
        public Ping() {
            request(Req.class);
            indication(Ind.class);
        }
    }

    static class Req {
        final int n;

        Req(int n) {
            this.n = n;
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "(" + n + ")";
        }
    }

    static final class SubReq extends Req {
        SubReq(int n) {
            super(n);
        }
    }

    static class Ind {
        final int key;

        Ind(int key) {
            this.key = key;
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "(" + key + ")";
        }
    }

    /** Declared by no port type. */
    static final class Stray {
    }

    /** Everything a test wants to observe, shared by the components of one test. */
    static final class Journal {
        final List<String> lines = new ArrayList<>();

        void add(String line) {
            lines.add(line);
        }
    }

    record DuoInit(Journal journal) implements Init<Duo> {
    }

    record HubInit(Journal journal) implements Init<Hub> {
    }

    record CatchAllInit(Journal journal) implements Init<ServerWithCatchAll> {
    }

    record ClientInit(String name, Journal journal) implements Init<Client> {
    }

    record ServerInit(String name, Journal journal) implements Init<Server> {
    }

    /** Requires Ping; logs indications. */
    static final class Client extends ComponentDefinition {
        final RequiredPort<Ping> ping = requires(Ping.class);
        final String name;
        final Journal journal;

        Client(ClientInit init) {
            this.name = init.name();
            this.journal = init.journal();
            subscribe(ping, Ind.class, Client::onInd);
        }

        void send(Object event) {
            trigger(event, ping);
        }

        private void onInd(Ind ind) {
            journal.add(name + " got " + ind);
        }

        @Override
        protected void onStart() {
            journal.add(name + " start");
        }

        @Override
        protected void onStop() {
            journal.add(name + " stop");
        }
    }

    static final Handler<Server, Req> FIRST = (s, r) -> s.journal.add(s.name + " first " + r);
    static final Handler<Server, Req> SECOND = (s, r) -> s.journal.add(s.name + " second " + r);
    static final Handler<Server, SubReq> SUB_ONLY = (s, r) -> s.journal.add(s.name + " subOnly " + r);

    /** Provides Ping; two handlers for Req, one for SubReq only. */
    static final class Server extends ComponentDefinition {
        final ProvidedPort<Ping> ping = provides(Ping.class);
        final String name;
        final Journal journal;

        Server(ServerInit init) {
            this.name = init.name();
            this.journal = init.journal();
            subscribe(ping, Req.class, FIRST);
            subscribe(ping, Req.class, SECOND);
            subscribe(ping, SubReq.class, SUB_ONLY);
        }

        void indicate(Object event) {
            trigger(event, ping);
        }

        void dropFirst() {
            unsubscribe(ping, Req.class, FIRST);
        }

        void dropUnknown() {
            unsubscribe(ping, Stray.class, (Server s, Stray x) -> { });
        }

        @Override
        protected void onStart() {
            journal.add(name + " start");
        }

        @Override
        protected void onStop() {
            journal.add(name + " stop");
        }
    }

    /** A Client and a Server connected; the usual fixture. */
    static final class Duo extends ComponentDefinition {
        final Client client;
        final Server server;
        final Journal journal;

        Duo(DuoInit init) {
            this.journal = init.journal();
            client = create(Client.class, new ClientInit("client", journal));
            server = create(Server.class, new ServerInit("server", journal));
            connect(server.ping, client.ping);
        }

        @Override
        protected void onStart() {
            journal.add("duo start");
        }

        @Override
        protected void onStop() {
            journal.add("duo stop");
        }
    }

    private static Duo startedDuo(Simulation sim, Journal j) {
        Duo duo = sim.createRoot(Duo.class, new DuoInit(j), 3);
        sim.start(duo);
        sim.run();
        j.lines.clear();
        return duo;
    }

    // ================================================================== triggering checks

    @Test
    void triggeringAnUndeclaredEventNamesPortTypeEventAndComponent() {
        Simulation sim = new Simulation(1);
        Duo duo = startedDuo(sim, new Journal());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> duo.client.send(new Stray()));
        String m = e.getMessage();
        assertTrue(m.contains("Ping"), m);
        assertTrue(m.contains(Stray.class.getName()), m);
        assertTrue(m.contains("Duo/Client"), m);
    }

    @Test
    void triggeringInTheWrongDirectionFails() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Duo duo = startedDuo(sim, j);
        // An indication on a required port, a request on a provided one.
        IllegalArgumentException e1 = assertThrows(IllegalArgumentException.class, () -> duo.client.send(new Ind(1)));
        assertTrue(e1.getMessage().contains("Ping") && e1.getMessage().contains(Ind.class.getName())
                && e1.getMessage().contains("Duo/Client"), e1.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> duo.server.indicate(new Req(1)));
        assertTrue(e2.getMessage().contains("Ping") && e2.getMessage().contains(Req.class.getName())
                && e2.getMessage().contains("Duo/Server"), e2.getMessage());
        sim.run();
        assertEquals(List.of(), j.lines, "a rejected trigger must deliver nothing");
    }

    /** Subscribes Stray to its required Ping port: no Ping indication can ever be a Stray. */
    static final class BadSubscriber extends ComponentDefinition {
        final RequiredPort<Ping> ping = requires(Ping.class);

        BadSubscriber() {
            subscribe(ping, Stray.class, (BadSubscriber c, Stray s) -> { });
        }
    }

    /** Subscribes a request type to its required port, where only indications arrive. */
    static final class WrongWaySubscriber extends ComponentDefinition {
        final RequiredPort<Ping> ping = requires(Ping.class);

        WrongWaySubscriber() {
            subscribe(ping, Req.class, (WrongWaySubscriber c, Req s) -> { });
        }
    }

    /** A handler for Object on a required Ping port sees every indication. */
    static final class CatchAll extends ComponentDefinition {
        final RequiredPort<Ping> ping = requires(Ping.class);
        final List<Object> seen = new ArrayList<>();

        CatchAll() {
            subscribe(ping, Object.class, (CatchAll c, Object o) -> c.seen.add(o));
        }
    }

    static final class ServerWithCatchAll extends ComponentDefinition {
        final Server server;
        final CatchAll all;

        ServerWithCatchAll(CatchAllInit init) {
            server = create(Server.class, new ServerInit("s", init.journal()));
            all = create(CatchAll.class, Init.none());
            connect(server.ping, all.ping);
        }
    }

    @Test
    void subscribingAHandlerForAnImpossibleTypeFails() {
        Simulation sim = new Simulation(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim.createRoot(BadSubscriber.class, Init.none(), 0));
        assertTrue(e.getMessage().contains(Stray.class.getName()) && e.getMessage().contains("Ping"), e.getMessage());
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> sim.createRoot(WrongWaySubscriber.class, Init.none(), 0));
        assertTrue(e2.getMessage().contains(Req.class.getName()), e2.getMessage());
    }

    @Test
    void aSupertypeHandlerIsAllowedAndSeesEveryIndication() {
        Simulation sim = new Simulation(1);
        ServerWithCatchAll c = sim.createRoot(ServerWithCatchAll.class, new CatchAllInit(new Journal()), 0);
        sim.start(c);
        sim.run();
        Ind a = new Ind(1);
        Ind b = new Ind(2) { };
        c.server.indicate(a);
        c.server.indicate(b);
        sim.run();
        assertEquals(List.of(a, b), c.all.seen);
    }

    // ================================================================== handler matching

    @Test
    void handlersMatchSubtypesAndRunInSubscriptionOrder() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Duo duo = startedDuo(sim, j);
        duo.client.send(new Req(1));
        duo.client.send(new SubReq(2));
        sim.run();
        assertEquals(List.of(
                "server first Req(1)", "server second Req(1)",
                "server first SubReq(2)", "server second SubReq(2)", "server subOnly SubReq(2)"), j.lines);
    }

    @Test
    void unsubscribeRemovesOnlyThatHandler() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Duo duo = startedDuo(sim, j);
        HandlerTable before = duo.server.ping.table;
        duo.server.dropFirst();
        duo.client.send(new Req(1));
        duo.client.send(new SubReq(2));
        sim.run();
        assertEquals(List.of("server second Req(1)", "server second SubReq(2)", "server subOnly SubReq(2)"), j.lines);
        assertNotSame(before, duo.server.ping.table);
        assertThrows(IllegalArgumentException.class, duo.server::dropFirst, "a second unsubscribe has nothing to remove");
        assertThrows(IllegalArgumentException.class, duo.server::dropUnknown);
    }

    @Test
    void componentsOfOneClassShareOneHandlerTable() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        List<Duo> duos = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            duos.add(sim.createRoot(Duo.class, new DuoInit(j), i));
        }
        HandlerTable serverTable = duos.get(0).server.ping.table;
        HandlerTable clientTable = duos.get(0).client.ping.table;
        assertFalse(serverTable.isEmpty());
        assertNotSame(serverTable, clientTable);
        for (Duo d : duos) {
            assertSame(serverTable, d.server.ping.table, "server handler table of node " + d.node());
            assertSame(clientTable, d.client.ping.table, "client handler table of node " + d.node());
        }
        // Unsubscribing on one instance gives it another table and leaves the others alone;
        // the same change on another instance lands on the same interned table.
        duos.get(1).server.dropFirst();
        duos.get(2).server.dropFirst();
        assertNotSame(serverTable, duos.get(1).server.ping.table);
        assertSame(duos.get(1).server.ping.table, duos.get(2).server.ping.table);
        assertSame(serverTable, duos.get(3).server.ping.table);
    }

    @Test
    void handlerTablesAreNotSharedAcrossSimulations() {
        Simulation a = new Simulation(1);
        Simulation b = new Simulation(1);
        Duo da = a.createRoot(Duo.class, new DuoInit(new Journal()), 0);
        Duo db = b.createRoot(Duo.class, new DuoInit(new Journal()), 0);
        assertNotSame(da.server.ping.table, db.server.ping.table,
                "tables hold mutable resolution caches and must stay within one simulation");
        assertNotSame(da.server.ping.type, db.server.ping.type);
    }

    // ================================================================== keyed channels

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

    // ================================================================== lifecycle

    record TreeInit(Journal journal, String name, int depth) implements Init<Tree> {
    }

    /** A binary tree of components of the given depth; logs its hooks. */
    static final class Tree extends ComponentDefinition {
        final Journal journal;
        final String name;
        final List<Tree> kids = new ArrayList<>();

        Tree(TreeInit init) {
            this.journal = init.journal();
            this.name = init.name();
            if (init.depth() > 0) {
                kids.add(create(Tree.class, new TreeInit(journal, name + "a", init.depth() - 1)));
                kids.add(create(Tree.class, new TreeInit(journal, name + "b", init.depth() - 1)));
            }
        }

        @Override
        protected void onStart() {
            journal.add("start " + name);
        }

        @Override
        protected void onStop() {
            journal.add("stop " + name);
        }

        void destroyKid(int i) {
            destroy(kids.get(i));
        }
    }

    @Test
    void parentsStartBeforeChildrenAndStopAfterThem() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Tree root = sim.createRoot(Tree.class, new TreeInit(j, "r", 2), 0);
        assertEquals(ComponentState.CREATED, root.state());
        sim.start(root);
        sim.run();
        assertEquals(List.of("start r", "start ra", "start raa", "start rab", "start rb", "start rba", "start rbb"),
                j.lines);
        assertEquals(ComponentState.ACTIVE, root.kids.get(1).kids.get(0).state());

        j.lines.clear();
        sim.stop(root);
        sim.run();
        assertEquals(List.of("stop raa", "stop rab", "stop ra", "stop rba", "stop rbb", "stop rb", "stop r"), j.lines);
        assertEquals(ComponentState.PASSIVE, root.state());
        assertEquals(ComponentState.PASSIVE, root.kids.get(0).kids.get(1).state());
    }

    @Test
    void killStopsThenDestroysTheWholeSubtree() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Tree root = sim.createRoot(Tree.class, new TreeInit(j, "r", 2), 0);
        List<Component> destroyedRoots = new ArrayList<>();
        sim.onRootDestroyed(destroyedRoots::add);
        sim.start(root);
        sim.run();
        j.lines.clear();

        Tree ra = root.kids.get(0);
        root.destroyKid(0);
        sim.run();
        assertEquals(List.of("stop raa", "stop rab", "stop ra"), j.lines);
        assertEquals(ComponentState.DESTROYED, ra.state());
        assertEquals(ComponentState.DESTROYED, ra.kids.get(0).state());
        assertEquals(ComponentState.DESTROYED, ra.kids.get(1).state());
        assertEquals(ComponentState.ACTIVE, root.state());
        assertEquals(1, root.children().size(), "a destroyed child leaves its parent's children");
        assertTrue(destroyedRoots.isEmpty());

        sim.kill(root);
        sim.run();
        assertEquals(ComponentState.DESTROYED, root.state());
        assertEquals(ComponentState.DESTROYED, root.kids.get(1).kids.get(1).state());
        assertEquals(List.of(root), destroyedRoots);
    }

    @Test
    void destroyingSomethingThatIsNotAChildFails() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Tree root = sim.createRoot(Tree.class, new TreeInit(j, "r", 2), 0);
        Tree ra = root.kids.get(0);
        assertThrows(IllegalArgumentException.class, () -> ra.destroy(root.kids.get(1)));
        assertThrows(IllegalArgumentException.class, () -> root.destroy(ra.kids.get(0)));
    }

    @Test
    void crashRunsNoHookAndEventsUnderWayAreDroppedAndCounted() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Duo duo = startedDuo(sim, j);
        duo.client.send(new Req(1));
        duo.client.send(new Req(2));
        sim.crash(duo.server);
        assertEquals(ComponentState.DESTROYED, duo.server.state());
        sim.run();
        assertEquals(List.of(), j.lines, "no hook and no handler may run in a crashed component");
        assertEquals(2, sim.droppedDeliveries());
        assertEquals(1, duo.children().size());
    }

    @Test
    void eventsQueuedBeforeAKillAreDroppedAfterIt() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Duo duo = startedDuo(sim, j);
        sim.kill(duo.server);
        duo.client.send(new Req(1));
        sim.run();
        assertEquals(List.of("server stop"), j.lines);
        assertEquals(ComponentState.DESTROYED, duo.server.state());
        assertEquals(1, sim.droppedDeliveries());
    }

    @Test
    void eventsToAStoppedComponentAreDroppedAndItCanBeRestarted() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Duo duo = startedDuo(sim, j);
        sim.stop(duo.server);
        duo.client.send(new Req(1));
        sim.run();
        assertEquals(List.of("server stop"), j.lines);
        assertEquals(1, sim.droppedDeliveries());
        sim.start(duo.server);
        duo.client.send(new Req(2));
        sim.run();
        assertEquals(List.of("server stop", "server start", "server first Req(2)", "server second Req(2)"), j.lines);
    }

    @Test
    void eventsArrivingBeforeStartAreHeldUntilAfterOnStart() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Duo duo = sim.createRoot(Duo.class, new DuoInit(j), 0);
        duo.client.send(new Req(1));
        sim.run();
        assertEquals(List.of(), j.lines, "nothing may run before start");
        assertEquals(0, sim.droppedDeliveries());
        sim.start(duo);
        sim.run();
        assertEquals(List.of("duo start", "client start", "server start", "server first Req(1)", "server second Req(1)"),
                j.lines);
    }

    @Test
    void creatingAComponentWithNewFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Server(new ServerInit("x", new Journal())));
        assertTrue(e.getMessage().contains(Server.class.getName()), e.getMessage());
        // The failed attempt leaves nothing behind: proper creation still works on this thread.
        Simulation sim = new Simulation(1);
        assertEquals(ComponentState.CREATED, sim.createRoot(Server.class, new ServerInit("y", new Journal()), 0).state());
        assertThrows(IllegalStateException.class, () -> new Server(new ServerInit("z", new Journal())));
    }

    record SpawnerInit(Journal journal, boolean spawnInOnStart) implements Init<Spawner> {
    }

    /** Creates children while active: from onStart or later from outside. */
    static final class Spawner extends ComponentDefinition {
        final Journal journal;
        final boolean spawnInOnStart;
        final List<Client> spawned = new ArrayList<>();

        Spawner(SpawnerInit init) {
            this.journal = init.journal();
            this.spawnInOnStart = init.spawnInOnStart();
        }

        @Override
        protected void onStart() {
            journal.add("spawner start");
            if (spawnInOnStart) {
                spawn("early");
            }
        }

        Client spawn(String name) {
            Client c = create(Client.class, new ClientInit(name, journal));
            spawned.add(c);
            return c;
        }
    }

    @Test
    void aChildCreatedUnderAnActiveParentStarts() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Spawner s = sim.createRoot(Spawner.class, new SpawnerInit(j, false), 0);
        sim.start(s);
        sim.run();
        Client late = s.spawn("late");
        assertEquals(ComponentState.CREATED, late.state(), "it starts after the current handler");
        sim.run();
        assertEquals(ComponentState.ACTIVE, late.state());
        assertEquals(List.of("spawner start", "late start"), j.lines);
        assertEquals("Spawner/Client", late.path());
        assertEquals(0, late.node());
    }

    @Test
    void aChildCreatedInOnStartStartsExactlyOnce() {
        Simulation sim = new Simulation(1);
        Journal j = new Journal();
        Spawner s = sim.createRoot(Spawner.class, new SpawnerInit(j, true), 0);
        sim.start(s);
        sim.run();
        assertEquals(List.of("spawner start", "early start"), j.lines);
        assertEquals(ComponentState.ACTIVE, s.spawned.get(0).state());
    }

    @Test
    void portsAreFoundByTypeAndDirection() {
        Simulation sim = new Simulation(1);
        Duo duo = sim.createRoot(Duo.class, new DuoInit(new Journal()), 4);
        assertSame(duo.server.ping, duo.server.provided(Ping.class));
        assertSame(duo.client.ping, duo.client.required(Ping.class));
        assertThrows(IllegalArgumentException.class, () -> duo.server.required(Ping.class));
        assertThrows(IllegalArgumentException.class, () -> duo.client.provided(Ping.class));
        assertEquals(4, duo.client.node());
        assertEquals("Duo/Client", duo.client.path());
        assertTrue(duo.client.toString().contains("@4"));
        assertSame(duo.client, duo.client.ping.owner());
    }

    @Test
    void connectingDifferentPortTypesOrDestroyedComponentsFails() {
        Simulation sim = new Simulation(1);
        Duo a = sim.createRoot(Duo.class, new DuoInit(new Journal()), 0);
        Duo b = sim.createRoot(Duo.class, new DuoInit(new Journal()), 1);
        sim.crash(b);
        assertThrows(IllegalStateException.class, () -> sim.connect(a.server.ping, b.client.ping));
        assertThrows(IllegalStateException.class, () -> sim.connect(b.server.ping, a.client.ping));
    }
}

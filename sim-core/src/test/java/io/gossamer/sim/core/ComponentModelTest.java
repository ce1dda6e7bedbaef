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
 * The component model: port type checks, handler matching and order, shared handler tables
 * and keyed channels (the lifecycle is in {@link ComponentLifecycleTest}). In package
 * {@code core} to look at handler tables.
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

    static Duo startedDuo(Simulation sim, Journal j) {
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
        assertNotSame(da.server.ping.type(), db.server.ping.type());
    }
}

package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import io.gossamer.sim.core.ComponentModelTest.Client;
import io.gossamer.sim.core.ComponentModelTest.ClientInit;
import io.gossamer.sim.core.ComponentModelTest.Duo;
import io.gossamer.sim.core.ComponentModelTest.DuoInit;
import io.gossamer.sim.core.ComponentModelTest.Journal;
import io.gossamer.sim.core.ComponentModelTest.Ping;
import io.gossamer.sim.core.ComponentModelTest.Req;
import io.gossamer.sim.core.ComponentModelTest.Server;
import io.gossamer.sim.core.ComponentModelTest.ServerInit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The component lifecycle: start and stop order, kill, crash, held and dropped events,
 * children created while active, and finding ports. Uses the fixtures of
 * {@link ComponentModelTest}.
 */
class ComponentLifecycleTest {

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
        Duo duo = ComponentModelTest.startedDuo(sim, j);
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
        Duo duo = ComponentModelTest.startedDuo(sim, j);
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
        Duo duo = ComponentModelTest.startedDuo(sim, j);
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

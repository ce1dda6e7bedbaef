package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exceptions in handlers become faults: reported, handled by an ancestor, or failing a node. */
class FaultTest {

    public static final class Work extends PortType {
        public Work() {
            request(Job.class);
        }
    }

    record Job(int n) {
    }

    /** Throws on job 13. */
    static final class Worker extends ComponentDefinition {
        final ProvidedPort<Work> work = provides(Work.class);
        final List<Integer> done = new ArrayList<>();

        Worker() {
            subscribe(work, Job.class, Worker::onJob);
        }

        private void onJob(Job job) {
            if (job.n() == 13) {
                throw new IllegalStateException("boom on job " + job.n());
            }
            done.add(job.n());
        }
    }

    record BossInit(boolean handles) implements Init<Boss> {
    }

    /** Owns a Worker; optionally handles its faults. */
    static final class Boss extends ComponentDefinition {
        final RequiredPort<Work> work = requires(Work.class);
        final Worker worker;
        final boolean handles;
        final List<Fault> handled = new ArrayList<>();

        Boss(BossInit init) {
            this.handles = init.handles();
            worker = create(Worker.class, Init.none());
            connect(worker.work, work);
        }

        void submit(int n) {
            trigger(new Job(n), work);
        }

        @Override
        protected boolean handleFault(Fault fault) {
            if (handles) {
                handled.add(fault);
            }
            return handles;
        }
    }

    /** Wraps a Boss that does not handle faults, and handles them itself. */
    static final class GrandBoss extends ComponentDefinition {
        final Boss boss;
        final List<Fault> handled = new ArrayList<>();

        GrandBoss() {
            boss = create(Boss.class, new BossInit(false));
        }

        @Override
        protected boolean handleFault(Fault fault) {
            handled.add(fault);
            return true;
        }
    }

    @Test
    void anExceptionInAHandlerStopsTheRunWithAFullReport() {
        Simulation sim = new Simulation(1);
        Boss boss = sim.createRoot(Boss.class, new BossInit(false), 7);
        sim.start(boss);
        List<String> later = new ArrayList<>();
        sim.schedule(Time.ms(5), () -> {
            boss.submit(12);
            boss.submit(13);
            boss.submit(14);
        });
        sim.schedule(Time.ms(10), () -> later.add("ran"));
        RunResult r = sim.run();

        assertEquals(StopReason.FAULT, r.reason());
        Fault f = r.fault();
        assertNotNull(f);
        assertEquals(7, f.node());
        assertEquals("Boss/Worker", f.component());
        assertEquals(new Job(13), f.event());
        assertEquals(Time.ms(5), f.time());
        assertInstanceOf(IllegalStateException.class, f.cause());
        String report = f.report();
        for (String part : new String[] {"node 7", "Boss/Worker", "Job", "13", Time.format(Time.ms(5)), "boom on job 13"}) {
            assertTrue(report.contains(part), "report lacks '" + part + "': " + report);
        }
        assertTrue(r.toString().contains(report), r.toString());
        assertEquals(Time.ms(5), r.time());
        assertEquals(List.of(12), boss.worker.done, "the run stops right after the faulty handler");
        assertTrue(later.isEmpty());
    }

    @Test
    void theRunCanBeResumedAfterAFault() {
        Simulation sim = new Simulation(1);
        Boss boss = sim.createRoot(Boss.class, new BossInit(false), 0);
        sim.start(boss);
        sim.schedule(1, () -> {
            boss.submit(13);
            boss.submit(14);
        });
        assertEquals(StopReason.FAULT, sim.run().reason());
        RunResult r = sim.run();
        assertEquals(StopReason.NO_EVENTS, r.reason());
        assertNull(r.fault(), "a fault belongs to the run it stopped");
        assertEquals(List.of(14), boss.worker.done);
    }

    @Test
    void aFaultInATimedActionNamesTheSimulator() {
        Simulation sim = new Simulation(1);
        sim.schedule(Time.us(3), () -> {
            throw new ArithmeticException("bad math");
        });
        RunResult r = sim.run();
        assertEquals(StopReason.FAULT, r.reason());
        assertEquals(-1, r.fault().node());
        assertEquals(Time.us(3), r.fault().time());
        assertTrue(r.fault().report().contains("the simulator"), r.fault().report());
        assertTrue(r.fault().report().contains("bad math"), r.fault().report());
    }

    @Test
    void aFaultInOnStartIsReportedAsStart() {
        Simulation sim = new Simulation(1);
        FailsOnStart c = sim.createRoot(FailsOnStart.class, Init.none(), 2);
        sim.start(c);
        RunResult r = sim.run();
        assertEquals(StopReason.FAULT, r.reason());
        assertEquals("Start", r.fault().event());
        assertEquals("FailsOnStart", r.fault().component());
    }

    static final class FailsOnStart extends ComponentDefinition {
        @Override
        protected void onStart() throws Exception {
            throw new java.io.IOException("cannot start");
        }
    }

    @Test
    void aParentThatHandlesTheFaultKeepsTheRunGoing() {
        Simulation sim = new Simulation(1);
        Boss boss = sim.createRoot(Boss.class, new BossInit(true), 0);
        sim.start(boss);
        sim.schedule(Time.ms(1), () -> {
            boss.submit(13);
            boss.submit(14);
        });
        sim.schedule(Time.ms(2), () -> boss.submit(15));
        RunResult r = sim.run();
        assertEquals(StopReason.NO_EVENTS, r.reason());
        assertNull(r.fault());
        assertEquals(List.of(14, 15), boss.worker.done);
        assertEquals(1, boss.handled.size());
        assertEquals(new Job(13), boss.handled.get(0).event());
        assertEquals(Time.ms(1), boss.handled.get(0).time());
    }

    @Test
    void aFaultNobodyNearHandlesGoesFurtherUp() {
        Simulation sim = new Simulation(1);
        GrandBoss g = sim.createRoot(GrandBoss.class, Init.none(), 0);
        sim.start(g);
        sim.schedule(1, () -> g.boss.submit(13));
        RunResult r = sim.run();
        assertEquals(StopReason.NO_EVENTS, r.reason());
        assertEquals(1, g.handled.size());
        assertEquals("GrandBoss/Boss/Worker", g.handled.get(0).component());
    }

    @Test
    void aSimulationFaultHandlerSeesUnhandledFaults() {
        Simulation sim = new Simulation(1);
        List<Fault> seen = new ArrayList<>();
        sim.setFaultHandler(f -> seen.add(f));
        Boss boss = sim.createRoot(Boss.class, new BossInit(false), 0);
        sim.start(boss);
        sim.schedule(1, () -> {
            boss.submit(13);
            boss.submit(1);
        });
        assertEquals(StopReason.NO_EVENTS, sim.run().reason());
        assertEquals(1, seen.size());
        assertEquals(List.of(1), boss.worker.done);
    }

    // ------------------------------------------------------------------ node host policy

    static final class Tick extends Timeout {
    }

    record TickerInit(int failAtTick) implements Init<Ticker> {
    }

    /** Ticks every 100 ms; throws on one tick if asked to. */
    static final class Ticker extends ComponentDefinition {
        final RequiredPort<Timer> timer = requires(Timer.class);
        final int failAtTick;
        int ticks;

        Ticker(TickerInit init) {
            this.failAtTick = init.failAtTick();
            subscribe(timer, Tick.class, Ticker::onTick);
        }

        @Override
        protected void onStart() {
            trigger(new SchedulePeriodicTimeout(Time.ms(100), Time.ms(100), new Tick()), timer);
        }

        private void onTick(Tick t) {
            ticks++;
            if (ticks == failAtTick) {
                throw new IllegalStateException("tick " + ticks);
            }
        }
    }

    @Test
    void failNodePolicyFailsTheFaultyNodeAndTheRunGoesOn() {
        Simulation sim = new Simulation(1);
        NodeHost host = new NodeHost(sim, NetworkConfig.ideal());
        host.setFaultPolicy(NodeHost.FaultPolicy.FAIL_NODE);
        Ticker t0 = host.start(Address.of(0), Ticker.class, new TickerInit(-1));
        Ticker t1 = host.start(Address.of(1), Ticker.class, new TickerInit(3));
        Ticker t2 = host.start(Address.of(2), Ticker.class, new TickerInit(-1));
        RunResult r = sim.runUntil(Time.seconds(1));
        assertEquals(StopReason.TIME_LIMIT, r.reason());
        assertNull(r.fault());
        assertFalse(host.isAlive(1));
        assertTrue(host.isAlive(0) && host.isAlive(2));
        assertEquals(2, host.liveCount());
        assertEquals(ComponentState.DESTROYED, t1.state());
        assertEquals(3, t1.ticks);
        assertEquals(10, t0.ticks);
        assertEquals(10, t2.ticks);
    }

    @Test
    void defaultPolicyStopsTheRunOnANodeFault() {
        Simulation sim = new Simulation(1);
        NodeHost host = new NodeHost(sim, NetworkConfig.ideal());
        host.start(Address.of(0), Ticker.class, new TickerInit(-1));
        host.start(Address.of(5), Ticker.class, new TickerInit(2));
        RunResult r = sim.runUntil(Time.seconds(1));
        assertEquals(StopReason.FAULT, r.reason());
        assertEquals(5, r.fault().node());
        assertEquals(Time.ms(200), r.fault().time());
        assertInstanceOf(Tick.class, r.fault().event());
        assertTrue(host.isAlive(5), "with the default policy nothing is failed");
        // Switching back to STOP_RUN after FAIL_NODE restores the default.
        host.setFaultPolicy(NodeHost.FaultPolicy.FAIL_NODE);
        host.setFaultPolicy(NodeHost.FaultPolicy.STOP_RUN);
        host.start(Address.of(6), Ticker.class, new TickerInit(1));
        RunResult r2 = sim.runUntil(Time.seconds(1));
        assertEquals(StopReason.FAULT, r2.reason());
        assertEquals(6, r2.fault().node());
    }
}

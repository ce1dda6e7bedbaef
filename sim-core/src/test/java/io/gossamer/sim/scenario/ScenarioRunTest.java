package io.gossamer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.testing.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stochastic processes, their composition, and the common operations. */
class ScenarioRunTest {

    /** A node that does nothing. */
    public static final class Idle extends ComponentDefinition {
        Idle() {
        }
    }

    private static final Operations.NodeStarter IDLE =
            (host, id, ctx) -> host.start(Address.of(id), Idle.class, Init.none());

    private record World(Simulation sim, NodeHost host) {
        static World create(long seed) {
            Simulation sim = new Simulation(seed);
            return new World(sim, new NodeHost(sim, NetworkConfig.ideal()));
        }

        ScenarioRun run(StochasticProcess... processes) {
            return new ScenarioRun(sim, host, List.of(processes));
        }
    }

    /** Times at which a process raised its operations. */
    private static Operation recordTimes(List<Long> times) {
        return (ctx, index) -> times.add(ctx.simulation().now());
    }

    @Test
    void poissonJoinsOfAThousandNodesEndNearOneHundredSecondsAsTheoryT7Says() {
        // Sum of 1000 exponential gaps of mean 100 ms: mean 100 s, sd 3.16 s.
        int seeds = 30;
        double[] lastJoin = new double[seeds];
        for (int seed = 0; seed < seeds; seed++) {
            World w = World.create(seed + 1);
            ScenarioRun run = w.run(StochasticProcess.named("joins")
                    .raise(1000, Operations.join(IDLE))
                    .every(DurationDistribution.exponential(Time.ms(100)))
                    .startAt(0));
            run.runUntilEnded(() -> true, Time.seconds(1000));
            assertEquals(1000, w.host().liveCount());
            lastJoin[seed] = Time.toSeconds(run.endedAt("joins"));
        }
        Stats.assertWithin(Stats.mean(lastJoin), 100.0, 3 * 3.16 / Math.sqrt(seeds), "mean time of the last join (s)");
        Stats.assertWithin(Stats.sd(lastJoin), 3.16, 1.3, "sd of the time of the last join (s)");
    }

    @Test
    void processesStartAfterTheStartOrTheEndOfOthers() {
        World w = World.create(1);
        List<Long> a = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        List<Long> c = new ArrayList<>();
        ScenarioRun run = w.run(
                StochasticProcess.named("a").raise(3, recordTimes(a))
                        .every(DurationDistribution.constant(Time.seconds(1))).startAt(Time.seconds(2)),
                StochasticProcess.named("b").raise(2, recordTimes(b))
                        .every(DurationDistribution.constant(Time.seconds(1))).startAfterEndOf("a", Time.seconds(5)),
                StochasticProcess.named("c").raise(1, recordTimes(c))
                        .every(DurationDistribution.constant(0)).startAfterStartOf("a", Time.ms(500)));
        run.runUntilEnded(() -> true, Time.seconds(100));
        assertEquals(List.of(Time.seconds(3), Time.seconds(4), Time.seconds(5)), a);
        assertEquals(Time.seconds(5), run.endedAt("a"));
        assertEquals(List.of(Time.seconds(11), Time.seconds(12)), b);
        assertEquals(List.of(Time.ms(2500)), c);
        assertTrue(run.allEnded());
    }

    @Test
    void aStopTimeEndsAnOpenEndedProcess() {
        World w = World.create(1);
        List<Long> ticks = new ArrayList<>();
        ScenarioRun run = w.run(StochasticProcess.named("ticks").raise(Long.MAX_VALUE, recordTimes(ticks))
                .every(DurationDistribution.constant(Time.seconds(1))).startAt(0).stopAt(Time.ms(10_500)));
        run.runUntilEnded(() -> true, Time.seconds(100));
        assertEquals(10, ticks.size());
        assertEquals(10, run.raised("ticks"));
        assertEquals(Time.ms(10_500), run.endedAt("ticks"));
    }

    @Test
    void catastrophicFailureFailsTheFractionAmongTheSelectedNodes() {
        World w = World.create(3);
        ScenarioRun run = w.run(
                StochasticProcess.named("joins").raise(1000, Operations.join(IDLE)).startAt(0),
                StochasticProcess.named("crash").raise(1, Operations.failFraction(0.5, id -> id % 2 == 0))
                        .startAfterEndOf("joins", Time.seconds(1)));
        run.runUntilEnded(() -> true, Time.seconds(10));
        assertEquals(750, w.host().liveCount());
        long oddAlive = Arrays.stream(w.host().liveNodes()).filter(id -> id % 2 == 1).count();
        assertEquals(500, oddAlive, "only even nodes were candidates");
    }

    @Test
    void sessionChurnKeepsAboutTheOnShareOfNodesUp() {
        // Sessions and down times both exponential with mean 10 s: half the nodes up on average.
        World w = World.create(5);
        ScenarioRun run = w.run(StochasticProcess.named("churn")
                .raise(400, Operations.joinWithSessions(IDLE, DurationDistribution.exponential(Time.seconds(10)),
                        DurationDistribution.exponential(Time.seconds(10)), false))
                .startAt(0));
        double sum = 0;
        int samples = 0;
        for (int t = 50; t <= 200; t += 10) {
            run.runUntil(Time.seconds(t));
            sum += w.host().liveCount();
            samples++;
        }
        Stats.assertWithin(sum / samples / 400, 0.5, 0.05, "share of churning nodes up");
    }

    @Test
    void replacingAtARateKeepsThePopulationAndUsesFreshIds() {
        World w = World.create(9);
        ScenarioRun run = w.run(
                StochasticProcess.named("joins").raise(100, Operations.join(IDLE)).startAt(0),
                StochasticProcess.named("replace").raise(50, Operations.replaceRandom(IDLE))
                        .every(DurationDistribution.exponential(Time.seconds(1))).startAfterEndOf("joins", 0));
        run.runUntilEnded(() -> true, Time.seconds(1000));
        assertEquals(100, w.host().liveCount());
        int[] live = w.host().liveNodes();
        assertEquals(149, live[live.length - 1], "the last replacement has id 149");
    }

    @Test
    void aProcessDrawsFromItsOwnStreamSoAddingAnotherChangesNothing() {
        List<Long> alone = new ArrayList<>();
        World w1 = World.create(11);
        w1.run(StochasticProcess.named("x").raise(50, recordTimes(alone))
                .every(DurationDistribution.exponential(Time.seconds(1))).startAt(0))
                .runUntilEnded(() -> true, Time.seconds(1000));
        List<Long> beside = new ArrayList<>();
        World w2 = World.create(11);
        w2.run(StochasticProcess.named("x").raise(50, recordTimes(beside))
                        .every(DurationDistribution.exponential(Time.seconds(1))).startAt(0),
                StochasticProcess.named("noise").raise(500, (ctx, i) -> ctx.random().nextLong())
                        .every(DurationDistribution.exponential(Time.ms(100))).startAt(0))
                .runUntilEnded(() -> true, Time.seconds(1000));
        assertEquals(alone, beside);
    }

    @Test
    void badCompositionsAreRejectedWithClearMessages() {
        World w = World.create(1);
        Operation nothing = (ctx, i) -> { };
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> w.run(
                StochasticProcess.named("a").raise(1, nothing).startAfterEndOf("b", 0)));
        assertTrue(unknown.getMessage().contains("starts after process b, which does not exist (known: [a])"),
                unknown.getMessage());
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class, () -> w.run(
                StochasticProcess.named("a").raise(1, nothing).startAfterEndOf("b", 0),
                StochasticProcess.named("b").raise(1, nothing).startAfterStartOf("a", 0)));
        assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> w.run(
                StochasticProcess.named("a").raise(1, nothing).startAt(0),
                StochasticProcess.named("a").raise(1, nothing).startAt(0)));
        assertTrue(twice.getMessage().contains("two processes are named a"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DurationDistribution.exponential(-1));
        IllegalArgumentException endless = assertThrows(IllegalArgumentException.class,
                () -> StochasticProcess.named("spin").raise(Long.MAX_VALUE, nothing).startAt(0));
        assertTrue(endless.getMessage().contains("needs a positive inter-arrival time"), endless.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Operations.failFraction(1.5, id -> true));
    }

    @Test
    void distributionsHaveTheirMeans() {
        var random = new Simulation(1).random().stream("test");
        List<DurationDistribution> all = List.of(
                DurationDistribution.constant(1000),
                DurationDistribution.uniform(1000, 3000),
                DurationDistribution.exponential(2000),
                DurationDistribution.normal(5000, 500),
                DurationDistribution.logNormal(7, 0.5),
                DurationDistribution.pareto(1000, 4),
                DurationDistribution.weibull(2, 1000),
                DurationDistribution.empirical(new long[] {10, 20, 60}));
        for (DurationDistribution d : all) {
            double[] draws = new double[200_000];
            for (int i = 0; i < draws.length; i++) {
                draws[i] = d.sample(random);
            }
            Stats.assertWithin(Stats.mean(draws), d.mean(), 0.02 * d.mean() + 1e-9, "mean of " + d);
        }
    }
}

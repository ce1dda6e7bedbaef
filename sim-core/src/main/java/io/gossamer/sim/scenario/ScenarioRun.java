package io.gossamer.sim.scenario;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.RunLimits;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Runs a set of {@link StochasticProcess}es on a simulation, in the style of Kompics
 * simulation scenarios: processes start at a time or after another process starts or ends,
 * raise their operations, and the run terminates at a time, when every process has ended, or
 * when a condition holds.
 */
public final class ScenarioRun {
    private final Simulation sim;
    private final NodeHost host;
    private final Map<String, State> processes = new LinkedHashMap<>();
    private int nextNodeId;
    private boolean started;

    /** Progress of one process. */
    private final class State {
        final StochasticProcess process;
        final ScenarioContext context;
        final List<State> afterStart = new ArrayList<>();
        final List<State> afterEnd = new ArrayList<>();
        long raised;
        long startedAt = -1;
        long endedAt = -1;

        State(StochasticProcess process) {
            this.process = process;
            this.context = new ScenarioContext(sim, host, ScenarioRun.this,
                    sim.random().stream("scenario." + process.name()));
        }
    }

    /**
     * Prepares the processes; nothing happens until {@link #start()}.
     *
     * @throws IllegalArgumentException for duplicate names, a start that names an unknown
     *     process, or processes that wait for each other in a cycle
     */
    public ScenarioRun(Simulation sim, NodeHost host, List<StochasticProcess> processes) {
        this.sim = sim;
        this.host = host;
        for (StochasticProcess p : processes) {
            if (this.processes.putIfAbsent(p.name(), new State(p)) != null) {
                throw new IllegalArgumentException("two processes are named " + p.name());
            }
        }
        for (State s : this.processes.values()) {
            ProcessStart start = s.process.start();
            if (start instanceof ProcessStart.AfterStartOf a) {
                dependency(s, a.process()).afterStart.add(s);
            } else if (start instanceof ProcessStart.AfterEndOf a) {
                dependency(s, a.process()).afterEnd.add(s);
            }
        }
        for (State s : this.processes.values()) {
            checkNoCycle(s, new HashSet<>());
        }
    }

    private State dependency(State of, String name) {
        State d = processes.get(name);
        if (d == null) {
            throw new IllegalArgumentException("process " + of.process.name() + " starts after process " + name
                    + ", which does not exist (known: " + processes.keySet() + ")");
        }
        return d;
    }

    private void checkNoCycle(State s, Set<String> path) {
        if (!path.add(s.process.name())) {
            throw new IllegalArgumentException("processes wait for each other in a cycle: " + path);
        }
        ProcessStart start = s.process.start();
        if (start instanceof ProcessStart.AfterStartOf a) {
            checkNoCycle(processes.get(a.process()), path);
        } else if (start instanceof ProcessStart.AfterEndOf a) {
            checkNoCycle(processes.get(a.process()), path);
        }
        path.remove(s.process.name());
    }

    /** Node ids handed out by {@link #newNodeId()} start here (default 0). */
    public void firstNodeId(int id) {
        if (id < 0) {
            throw new IllegalArgumentException("node ids are not negative: " + id);
        }
        nextNodeId = id;
    }

    /** A node id no node of this run has had before. */
    public int newNodeId() {
        return nextNodeId++;
    }

    /** Schedules the processes that start at a time; the others follow their trigger. */
    public void start() {
        if (started) {
            throw new IllegalStateException("the scenario has already started");
        }
        started = true;
        for (State s : processes.values()) {
            if (s.process.start() instanceof ProcessStart.At at) {
                sim.scheduleAt(Math.max(sim.now(), at.time()), () -> begin(s));
            }
        }
    }

    private void begin(State s) {
        s.startedAt = sim.now();
        for (State next : s.afterStart) {
            sim.schedule(((ProcessStart.AfterStartOf) next.process.start()).delay(), () -> begin(next));
        }
        scheduleNext(s);
    }

    private void scheduleNext(State s) {
        if (s.raised >= s.process.count()) {
            end(s);
            return;
        }
        long at = sim.now() + s.process.interArrival().sample(s.context.random());
        if (at > s.process.stopAt() || at < sim.now()) {
            sim.scheduleAt(Math.max(sim.now(), Math.min(s.process.stopAt(), Time.FOREVER - 1)), () -> end(s));
            return;
        }
        sim.scheduleAt(at, () -> arrive(s));
    }

    private void arrive(State s) {
        s.process.operation().apply(s.context, s.raised++);
        scheduleNext(s);
    }

    private void end(State s) {
        if (s.endedAt >= 0) {
            return;
        }
        s.endedAt = sim.now();
        for (State next : s.afterEnd) {
            sim.schedule(((ProcessStart.AfterEndOf) next.process.start()).delay(), () -> begin(next));
        }
    }

    /** True once the named process has started. */
    public boolean hasStarted(String process) {
        return state(process).startedAt >= 0;
    }

    /** True once the named process has raised its last operation (or reached its stop time). */
    public boolean hasEnded(String process) {
        return state(process).endedAt >= 0;
    }

    /** True once every process has ended. */
    public boolean allEnded() {
        for (State s : processes.values()) {
            if (s.endedAt < 0) {
                return false;
            }
        }
        return true;
    }

    /** Operations the named process has raised so far. */
    public long raised(String process) {
        return state(process).raised;
    }

    /** Virtual time the named process started, or -1. */
    public long startedAt(String process) {
        return state(process).startedAt;
    }

    /** Virtual time the named process ended, or -1. */
    public long endedAt(String process) {
        return state(process).endedAt;
    }

    private State state(String process) {
        State s = processes.get(process);
        if (s == null) {
            throw new IllegalArgumentException("no process named " + process + " (known: " + processes.keySet() + ")");
        }
        return s;
    }

    /** Starts the scenario if needed and runs until virtual time {@code time}. */
    public RunResult runUntil(long time) {
        startOnce();
        return sim.runUntil(time);
    }

    /**
     * Starts the scenario if needed and runs until every process has ended and then
     * {@code condition} holds (use {@code () -> true} for none), or until {@code timeLimit}.
     */
    public RunResult runUntilEnded(BooleanSupplier condition, long timeLimit) {
        startOnce();
        return sim.run(RunLimits.none().until(timeLimit).stopWhen(() -> allEnded() && condition.getAsBoolean()));
    }

    private void startOnce() {
        if (!started) {
            start();
        }
    }
}

package io.gossamer.scenarios.run;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.scenarios.model.MetricSpec;
import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.spi.ModelSpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.model.StopCondition;
import io.gossamer.scenarios.spi.MetricProbe;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.PortType;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.sim.core.RunLimits;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.ProcessingConfig;
import io.gossamer.sim.net.ProcessingModel;
import io.gossamer.sim.net.model.ConstantLatency;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.ProcessStart;
import io.gossamer.sim.scenario.ScenarioRun;
import io.gossamer.sim.scenario.StochasticProcess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Runs one {@link Scenario} with one seed: builds the network, the node classes' stacks and
 * the processes, runs until the stop condition or the time limit, and collects the metrics.
 * Single-threaded and deterministic; independent runs may go on in parallel threads.
 */
public final class ScenarioRunner {
    /** Events between progress reports. */
    private static final long SLICE = 1 << 18;

    private final Scenario scenario;
    private final long seed;
    private Consumer<NodeHost> hostSetup = host -> { };
    private IntPredicate hosted;
    private java.util.function.UnaryOperator<BooleanSupplier> completion = c -> c;

    /** A runner for {@code scenario} with master seed {@code seed}. */
    public ScenarioRunner(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.seed = seed;
    }

    /**
     * Builds everything a run builds (network, stacks, metrics, processes) without running it,
     * so that every check a run makes is made: what {@code gossamer validate} does.
     *
     * @throws io.gossamer.scenarios.yaml.ScenarioFileException on the first problem
     */
    public void check() {
        Setup setup = new Setup();
        setup.probes();
        setup.processes();
    }

    /**
     * Calls {@code setup} with the run's host once its services exist and before any node
     * starts, e.g. for a live runtime that paces the kernel by the wall clock and carries the
     * network's traffic over sockets. Returns this runner.
     */
    public ScenarioRunner onHost(Consumer<NodeHost> setup) {
        this.hostSetup = setup;
        return this;
    }

    /**
     * Makes this run one part of a run split over several processes: only the nodes
     * {@code hosted} accepts are this process's (see {@link RunSetup#hosted}); the caller's
     * network discards the others' traffic. Returns this runner.
     */
    public ScenarioRunner hosting(IntPredicate hosted) {
        this.hosted = hosted;
        return this;
    }

    /**
     * Wraps the condition {@code stop-when: all-delivered} waits for (every process ended and
     * every completion condition true), e.g. so that the parts of a split run stop only when
     * every part's condition holds. Returns this runner.
     */
    public ScenarioRunner completion(java.util.function.UnaryOperator<BooleanSupplier> wrap) {
        this.completion = wrap;
        return this;
    }

    /** Runs the scenario. */
    public RunOutcome run(RunProgress progress) {
        Setup setup = new Setup();
        return setup.execute(progress);
    }

    /** The per-run state that providers see as a {@link RunSetup}. */
    private final class Setup implements RunSetup {
        final Simulation sim = new Simulation(seed);
        final NodeHost host;
        final int capacity;
        final List<NodeClassSpec> classes = scenario.nodeClasses();
        final Map<String, Integer> classIndex = new LinkedHashMap<>();
        final NodeStack[] stacks;
        final int[] classOfNode;
        final long[] access;
        final boolean anyAccess;
        final RandomStream natStream;
        final List<long[]> samplerTimes = new ArrayList<>();
        final List<Runnable> samplers = new ArrayList<>();
        final Map<RunKey<?>, Object> shared = new LinkedHashMap<>();
        final List<BooleanSupplier> completions = new ArrayList<>();
        StaticGraph overlay;

        Setup() {
            long cap = scenario.initialNodes();
            for (ProcessSpec p : scenario.processes()) {
                cap += p.operation().newNodes(p.params(), p.count());
            }
            if (cap > 50_000_000) {
                throw new ScenarioFileException(scenario.processes().isEmpty() ? scenario.nodeClasses().get(0).protocolParams().location()
                        : scenario.processes().get(0).location(), "the scenario may start " + cap + " nodes; at most 50,000,000 are supported");
            }
            capacity = (int) cap;
            if (scenario.overlay() instanceof OverlaySpec.FromFile f && f.edges().largest() >= capacity) {
                throw new ScenarioFileException(f.edges().largestAt(), "'overlay.file': node " + f.edges().largest()
                        + " is out of range: the run has node ids 0 to " + (capacity - 1) + " (" + scenario.initialNodes()
                        + " nodes at the start and " + (capacity - scenario.initialNodes()) + " that processes may start)");
            }
            for (int i = 0; i < classes.size(); i++) {
                classIndex.put(classes.get(i).name(), i);
            }
            classOfNode = new int[capacity];
            Arrays.fill(classOfNode, -1);
            access = new long[capacity];
            anyAccess = classes.stream().anyMatch(c -> c.accessLatency() > 0);
            LatencyModel latency = withAccessLatency(scenario.network().latency().latency(sim.random()));
            NetworkConfig config = new NetworkConfig(latency, scenario.network().loss().loss(sim.random()), scenario.network().link(),
                    scenario.network().connections(), new ProcessingConfig(processing(scenario.network().processing()),
                    processing(scenario.network().sendProcessing()), scenario.network().processingShared()));
            host = new NodeHost(sim, config);
            host.reserve(capacity);
            hostSetup.accept(host);
            natStream = sim.random().stream("scenario.nat");
            stacks = new NodeStack[classes.size()];
            for (int i = 0; i < classes.size(); i++) {
                NodeClassSpec c = classes.get(i);
                stacks[i] = c.protocol().create(c.protocolParams(), this);
            }
        }

        private ProcessingModel processing(ModelSpec spec) {
            if (spec == null) {
                return ProcessingModel.NONE;
            }
            LatencyModel model = spec.latency(sim.random());
            return model instanceof ConstantLatency c ? ProcessingModel.constant(c.nanos()) : ProcessingModel.drawnFrom(model);
        }

        List<MetricProbe> probes() {
            List<MetricProbe> probes = new ArrayList<>();
            for (MetricSpec m : scenario.metrics()) {
                probes.add(m.provider().create(m.params(), this));
            }
            return probes;
        }

        List<StochasticProcess> processes() {
            List<StochasticProcess> processes = new ArrayList<>();
            for (ProcessSpec p : scenario.processes()) {
                processes.add(process(p));
            }
            return processes;
        }

        RunOutcome execute(RunProgress progress) {
            List<MetricProbe> probes = probes();
            List<StochasticProcess> processes = processes();
            ScenarioRun run = new ScenarioRun(sim, host, processes);
            run.firstNodeId(scenario.initialNodes());
            int id = 0;
            for (int c = 0; c < classes.size(); c++) {
                for (int k = 0; k < classes.get(c).count(); k++) {
                    start(c, id++);
                }
            }
            run.start();
            BooleanSupplier condition = switch (scenario.stop()) {
                case PROCESSES_ENDED -> run::allEnded;
                case ALL_DELIVERED -> completion.apply(
                        () -> run.allEnded() && completions.stream().allMatch(BooleanSupplier::getAsBoolean));
                default -> null;
            };
            String end = loop(condition, progress);
            Map<String, MetricResult> results = new LinkedHashMap<>();
            for (int i = 0; i < probes.size(); i++) {
                results.put(scenario.metrics().get(i).provider().name(), probes.get(i).finish());
            }
            return new RunOutcome(seed, sim.timedEvents() + sim.localEvents(), sim.now(), sim.lastEventTime(), end, results);
        }

        private String loop(BooleanSupplier condition, RunProgress progress) {
            long limit = scenario.duration();
            while (true) {
                long next = limit;
                for (long[] t : samplerTimes) {
                    next = Math.min(next, t[0]);
                }
                RunLimits limits = RunLimits.none().until(next).budget(SLICE);
                if (condition != null) {
                    limits = limits.stopWhen(condition);
                }
                RunResult r = sim.run(limits);
                progress.progress(sim.now(), limit, sim.timedEvents() + sim.localEvents());
                if (r.reason() == StopReason.EVENT_BUDGET) {
                    continue;
                }
                if (r.reason() == StopReason.FAULT) {
                    throw new RunFailure(r.fault().report(), r.fault().cause());
                }
                if (r.reason() == StopReason.STOPPED) {
                    return "stopped";
                }
                if (r.reason() == StopReason.PREDICATE) {
                    return "condition";
                }
                if (r.reason() == StopReason.NO_EVENTS && scenario.stop() == StopCondition.NO_EVENTS) {
                    return "no-events";
                }
                // The clock reached 'next': take the samples that are due.
                for (int i = 0; i < samplers.size(); i++) {
                    long[] t = samplerTimes.get(i);
                    if (t[0] == sim.now()) {
                        samplers.get(i).run();
                        t[0] = t[1] > limit - t[0] ? Long.MAX_VALUE : t[0] + t[1];
                    }
                }
                if (sim.now() >= limit) {
                    return "time-limit";
                }
            }
        }

        private StochasticProcess process(ProcessSpec p) {
            DurationDistribution every = p.every();
            if (every == null) {
                every = p.operation().defaultEvery(p.params(), this);
            }
            if (every == null) {
                if (p.count() > 1) {
                    throw new ScenarioFileException(p.location(), "process '" + p.name() + "' raises " + p.count()
                            + " operations: say how far apart with 'every' (e.g. every: {exponential: 100ms})");
                }
                every = DurationDistribution.constant(0);
            }
            var builder = StochasticProcess.named(p.name()).raise(p.count(), p.operation().create(p.params(), this)).every(every);
            StochasticProcess sp;
            if (p.start() instanceof ProcessStart.AfterStartOf a) {
                sp = builder.startAfterStartOf(a.process(), a.delay());
            } else if (p.start() instanceof ProcessStart.AfterEndOf a) {
                sp = builder.startAfterEndOf(a.process(), a.delay());
            } else {
                sp = builder.startAt(((ProcessStart.At) p.start()).time());
            }
            return p.stopAt() == Long.MAX_VALUE ? sp : sp.stopAt(p.stopAt());
        }

        private void start(int c, int id) {
            if (id >= capacity) {
                throw new IllegalStateException("node id " + id + " beyond the " + capacity + " the run was sized for");
            }
            NodeClassSpec spec = classes.get(c);
            NatType nat = natStream.nextDouble() < spec.publicShare() ? NatType.OPEN : spec.nat();
            classOfNode[id] = c;
            access[id] = spec.accessLatency();
            LinkCapacity link = spec.link() == null ? null : spec.link();
            stacks[c].start(new Address(id, nat), link);
        }

        @Override
        public Simulation simulation() {
            return sim;
        }

        @Override
        public NodeHost host() {
            return host;
        }

        @Override
        public StaticGraph overlay() {
            if (overlay == null) {
                OverlaySpec o = scenario.overlay();
                if (o == null) {
                    throw new IllegalStateException("the scenario has no overlay");
                }
                overlay = o.build(capacity, sim.random().stream("overlay"));
            }
            return overlay;
        }

        @Override
        public int headerBytes() {
            return scenario.network().headerBytes();
        }

        @Override
        public int initialNodes() {
            return scenario.initialNodes();
        }

        @Override
        public int nodeCapacity() {
            return capacity;
        }

        @Override
        public List<String> nodeClasses() {
            return List.copyOf(classIndex.keySet());
        }

        @Override
        public void startNode(String nodeClass, int id, RandomStream random) {
            int c;
            if (nodeClass != null) {
                c = classIndex.get(nodeClass);
            } else {
                double u = random.nextDouble();
                c = classes.size() - 1;
                double acc = 0;
                for (int i = 0; i < classes.size(); i++) {
                    acc += classes.get(i).share();
                    if (u < acc) {
                        c = i;
                        break;
                    }
                }
            }
            start(c, id);
        }

        @Override
        public IntPredicate inClass(String nodeClass) {
            if (nodeClass == null) {
                return id -> true;
            }
            int c = classIndex.get(nodeClass);
            return id -> id < classOfNode.length && classOfNode[id] == c;
        }

        @Override
        public IntPredicate providing(Class<? extends PortType> portType) {
            boolean[] provides = new boolean[classes.size()];
            for (int i = 0; i < classes.size(); i++) {
                provides[i] = classes.get(i).protocol().provides().contains(portType);
            }
            return id -> id >= 0 && id < classOfNode.length && classOfNode[id] >= 0 && provides[classOfNode[id]];
        }

        @Override
        public IntPredicate hosted() {
            return hosted != null ? hosted : id -> true;
        }

        @Override
        public boolean isPart() {
            return hosted != null;
        }

        @Override
        public void completeWhen(BooleanSupplier condition) {
            completions.add(condition);
        }

        @Override
        public String classOf(int id) {
            return id < 0 || id >= classOfNode.length || classOfNode[id] < 0 ? null : classes.get(classOfNode[id]).name();
        }

        @Override
        public LatencyModel withAccessLatency(LatencyModel model) {
            return anyAccess ? new AccessLatency(model, access) : model;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T shared(RunKey<T> key) {
            // Not computeIfAbsent: making one object may need another (and so change the map).
            Object value = shared.get(key);
            if (value == null) {
                value = key.create(this);
                shared.put(key, value);
            }
            return (T) value;
        }

        @Override
        public void every(long period, Runnable sample) {
            if (period <= 0) {
                throw new IllegalArgumentException("a sampling period must be positive");
            }
            samplerTimes.add(new long[] {0, period});
            samplers.add(sample);
        }
    }
}

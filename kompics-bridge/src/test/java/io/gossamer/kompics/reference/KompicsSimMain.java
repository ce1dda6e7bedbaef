package io.gossamer.kompics.reference;

import io.gossamer.kompics.examples.FloodNode;
import io.gossamer.kompics.examples.Graphs;
import io.gossamer.kompics.examples.PingPongNode;
import io.gossamer.kompics.spi.SimAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Init;
import se.sics.kompics.network.Address;
import se.sics.kompics.simulator.SimulationScenario;
import se.sics.kompics.simulator.adaptor.Operation;
import se.sics.kompics.simulator.adaptor.Operation1;
import se.sics.kompics.simulator.adaptor.distributions.extra.BasicIntSequentialDistribution;
import se.sics.kompics.simulator.events.system.ChangeNetworkModelEvent;
import se.sics.kompics.simulator.events.system.StartNodeEvent;
import se.sics.kompics.simulator.network.impl.UniformRandomModel;
import se.sics.kompics.simulator.result.SimulationResultSingleton;
import se.sics.kompics.simulator.run.LauncherComp;

/**
 * Runs the examples under Kompics' own simulator (1.2.1), in a JVM of its own, and prints one
 * line of figures per job and seed (see {@link Figures}). Each argument is a job:
 * {@code flood:NODES:SEEDS:GRAPH_SEED:BROADCASTS} or {@code pingpong:NODES:SEEDS:ROUNDS},
 * SEEDS comma-separated. Latency: Kompics'
 * {@code UniformRandomModel(10, 100)} seeded from SEED.
 */
public final class KompicsSimMain {
    private KompicsSimMain() {
    }

    public static void main(String[] args) {
        for (String job : args) {
            String[] f = job.split(":");
            String protocol = f[0];
            int nodes = Integer.parseInt(f[1]);
            for (String s : f[2].split(",")) {
                long seed = Long.parseLong(s);
                List<long[]> observed = new ArrayList<>();
                Consumer<long[]> observer = observed::add;
                AtomicLong sent = new AtomicLong();
                SimulationResultSingleton.getInstance().put("observer", observer);
                SimulationResultSingleton.getInstance().put("sent", sent);
                SimulationScenario.setSeed(seed);
                long cpu0 = Figures.cpuNanos();
                SimulationScenario scenario = switch (protocol) {
                    case "flood" -> flood(nodes, seed, Long.parseLong(f[3]), Integer.parseInt(f[4]));
                    case "pingpong" -> pingPong(nodes, seed, Integer.parseInt(f[3]));
                    default -> throw new IllegalArgumentException(protocol);
                };
                scenario.simulate(LauncherComp.class);
                double cpu = (Figures.cpuNanos() - cpu0) / 1e9;
                System.out.println(Figures.of(protocol, sent.get(), observed, cpu).line());
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Consumer<long[]> observer() {
        return SimulationResultSingleton.getInstance().get("observer", Consumer.class);
    }

    static AtomicLong sent() {
        return SimulationResultSingleton.getInstance().get("sent", AtomicLong.class);
    }

    private static int[][] graph;
    private static long graphKey = -1;

    /**
     * The overlay, drawn once per run: Kompics' simulator asks for each node's init when the
     * node starts, inside the run's class loader (so this memo is per run too).
     */
    static synchronized int[][] graph(int nodes, long graphSeed) {
        long key = graphSeed * 31 + nodes;
        if (graph == null || graphKey != key) {
            graph = Graphs.undirected(nodes, 4, graphSeed);
            graphKey = key;
        }
        return graph;
    }

    static List<Address> addresses(int[] ids) {
        List<Address> list = new ArrayList<>();
        for (int id : ids) {
            list.add(SimAddress.of(id));
        }
        return list;
    }

    static SimulationScenario flood(int nodes, long seed, long graphSeed, int broadcasts) {
        return new SimulationScenario() {
            {
                StochasticProcess network = new StochasticProcess() {
                    {
                        eventInterarrivalTime(constant(0));
                        raise(1, (Operation<ChangeNetworkModelEvent>) () ->
                                new ChangeNetworkModelEvent(new UniformRandomModel(10, 100, new Random(seed))));
                    }
                };
                StochasticProcess boot = new StochasticProcess() {
                    {
                        eventInterarrivalTime(constant(0));
                        raise(nodes, (Operation1<StartNodeEvent, Integer>) id -> startNode(id, FloodNode.class,
                                new FloodNode.Setup(SimAddress.of(id), id, addresses(graph(nodes, graphSeed)[id]),
                                        id == 0 ? broadcasts : 0, 1000, observer(), sent())),
                                new BasicIntSequentialDistribution(0));
                    }
                };
                network.start();
                boot.startAfterTerminationOf(0, network);
                terminateAt(broadcasts * 1000L + 10_000);
            }
        };
    }

    static SimulationScenario pingPong(int nodes, long seed, int rounds) {
        return new SimulationScenario() {
            {
                StochasticProcess network = new StochasticProcess() {
                    {
                        eventInterarrivalTime(constant(0));
                        raise(1, (Operation<ChangeNetworkModelEvent>) () ->
                                new ChangeNetworkModelEvent(new UniformRandomModel(10, 100, new Random(seed))));
                    }
                };
                StochasticProcess boot = new StochasticProcess() {
                    {
                        eventInterarrivalTime(constant(0));
                        raise(nodes, (Operation1<StartNodeEvent, Integer>) id -> startNode(id, PingPongNode.class,
                                new PingPongNode.Setup(SimAddress.of(id), id, id == 0 ? addresses(peers(nodes)) : List.of(),
                                        rounds, 1000, observer(), sent(), null)),
                                new BasicIntSequentialDistribution(0));
                    }
                };
                network.start();
                boot.startAfterTerminationOf(0, network);
                terminateAt(rounds * 1000L + 10_000);
            }
        };
    }

    static int[] peers(int nodes) {
        int[] peers = new int[nodes - 1];
        for (int i = 1; i < nodes; i++) {
            peers[i - 1] = i;
        }
        return peers;
    }

    static <C extends ComponentDefinition> StartNodeEvent startNode(int node, Class<C> type, Init<C> init) {
        return new StartNodeEvent() {
            @Override
            public Address getNodeAddress() {
                return SimAddress.of(node);
            }

            @Override
            public Class<? extends ComponentDefinition> getComponentDefinition() {
                return type;
            }

            @Override
            public Init<C> getComponentInit() {
                return init;
            }

            @Override
            public Map<String, Object> initConfigUpdate() {
                return Map.of();
            }

            @Override
            public String toString() {
                return "start node " + node;
            }
        };
    }
}

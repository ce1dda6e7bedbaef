package io.gossamer.scenarios.spi;

import io.gossamer.sim.core.PortType;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.random.RandomStreams;
import io.gossamer.sim.scenario.Operation;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Providers made from a name, a one-line description, a function and the parameters, for a
 * {@link ProviderSet} (or a class that extends nothing else):
 *
 * <pre>{@code
 * Providers.operation("heal", "end every partition", (params, setup) -> Operations.heal())
 * }</pre>
 *
 * A provider that needs more (an operation that starts nodes, a protocol with shared state)
 * extends {@link BaseProvider} and implements its interface instead.
 */
public final class Providers {
    private Providers() {
    }

    private abstract static class ProtocolBase extends BaseProvider implements ProtocolProvider {
        ProtocolBase(String name, String description, List<Param> params) {
            super(name, description, params);
        }
    }

    private abstract static class OperationBase extends BaseProvider implements OperationProvider {
        OperationBase(String name, String description, List<Param> params) {
            super(name, description, params);
        }
    }

    private abstract static class MetricBase extends BaseProvider implements MetricProvider {
        MetricBase(String name, String description, List<Param> params) {
            super(name, description, params);
        }
    }

    private abstract static class LatencyBase extends BaseProvider implements LatencyProvider {
        LatencyBase(String name, String description, List<Param> params) {
            super(name, description, params);
        }
    }

    private abstract static class LossBase extends BaseProvider implements LossProvider {
        LossBase(String name, String description, List<Param> params) {
            super(name, description, params);
        }
    }

    private abstract static class NeighbourBase extends BaseProvider implements NeighbourProvider {
        NeighbourBase(String name, String description, List<Param> params) {
            super(name, description, params);
        }
    }

    /** A protocol whose nodes provide {@code provides}, with the stacks {@code create} makes. */
    public static ProtocolProvider protocol(String name, String description, List<Class<? extends PortType>> provides,
            BiFunction<Params, RunSetup, NodeStack> create, Param... params) {
        List<Class<? extends PortType>> ports = List.copyOf(provides);
        return new ProtocolBase(name, description, List.of(params)) {
            @Override
            public List<Class<? extends PortType>> provides() {
                return ports;
            }

            @Override
            public NodeStack create(Params p, RunSetup setup) {
                return create.apply(p, setup);
            }
        };
    }

    /** An operation that needs no port and starts no node. */
    public static OperationProvider operation(String name, String description, BiFunction<Params, RunSetup, Operation> create,
            Param... params) {
        return new OperationBase(name, description, List.of(params)) {
            @Override
            public Operation create(Params p, RunSetup setup) {
                return create.apply(p, setup);
            }
        };
    }

    /** A metric that cannot merge the parts of a split run. */
    public static MetricProvider metric(String name, String description, BiFunction<Params, RunSetup, MetricProbe> create,
            Param... params) {
        return new MetricBase(name, description, List.of(params)) {
            @Override
            public MetricProbe create(Params p, RunSetup setup) {
                return create.apply(p, setup);
            }
        };
    }

    /**
     * A metric whose results from the parts of a split run {@code merge} puts together into the
     * whole run's ({@link MetricProvider#mergeParts}).
     */
    public static MetricProvider metric(String name, String description, BiFunction<Params, RunSetup, MetricProbe> create,
            Function<List<MetricResult>, MetricResult> merge, Param... params) {
        return new MetricBase(name, description, List.of(params)) {
            @Override
            public MetricProbe create(Params p, RunSetup setup) {
                return create.apply(p, setup);
            }

            @Override
            public boolean mergesParts() {
                return true;
            }

            @Override
            public MetricResult mergeParts(List<MetricResult> parts) {
                return merge.apply(parts);
            }
        };
    }

    /** A latency model. */
    public static LatencyProvider latency(String name, String description,
            BiFunction<Params, RandomStreams, LatencyModel> create, Param... params) {
        return new LatencyBase(name, description, List.of(params)) {
            @Override
            public LatencyModel create(Params p, RandomStreams streams) {
                return create.apply(p, streams);
            }
        };
    }

    /** A loss model. */
    public static LossProvider loss(String name, String description, BiFunction<Params, RandomStreams, LossModel> create,
            Param... params) {
        return new LossBase(name, description, List.of(params)) {
            @Override
            public LossModel create(Params p, RandomStreams streams) {
                return create.apply(p, streams);
            }
        };
    }

    /** A neighbour source; {@code needsOverlay} if it reads the scenario's overlay. */
    public static NeighbourProvider neighbours(String name, String description, boolean needsOverlay,
            BiFunction<Params, RunSetup, NeighbourSource> create, Param... params) {
        return new NeighbourBase(name, description, List.of(params)) {
            @Override
            public boolean needsOverlay() {
                return needsOverlay;
            }

            @Override
            public NeighbourSource create(Params p, RunSetup setup) {
                return create.apply(p, setup);
            }
        };
    }
}

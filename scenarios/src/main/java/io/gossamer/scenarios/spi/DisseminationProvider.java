package io.gossamer.scenarios.spi;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.PortType;
import io.gossamer.sim.net.Address;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider of a dissemination protocol: one component per node that provides the
 * {@link Broadcast} port and takes its peers from a {@link Neighbours} source. Its scenario
 * parameters are those declared on the protocol's configuration record (see
 * {@link io.gossamer.sim.config.Parameter}) plus {@code neighbours}, which names any
 * registered neighbour source with its own parameters ({@code neighbours: overlay},
 * {@code neighbours: {name: cyclon, view-size: 30}}). A plug-in's provider is a constructor call:
 *
 * <pre>{@code
 * public final class LazyPushProvider extends DisseminationProvider<LazyPush, LazyPush.Config> {
 *     public LazyPushProvider() {
 *         super("lazy-push", "lazy push: announce ids, send payloads on request", LazyPush.class, LazyPush.Config.class,
 *                 (self, neighbours, config, run) -> new LazyPush.Init(self, neighbours, config, run.headerBytes()));
 *     }
 * }
 * }</pre>
 *
 * @param <C> the protocol's component
 * @param <R> its configuration record
 */
public abstract class DisseminationProvider<C extends ComponentDefinition, R extends Record> extends BaseProvider
        implements ProtocolProvider {
    private final Class<C> component;
    private final Class<R> config;
    private final NodeInit<C, R> init;

    /**
     * Makes one node's {@code Init} from its address, its neighbours, the parameters and the run.
     *
     * @param <C> the component
     * @param <R> its configuration record
     */
    @FunctionalInterface
    public interface NodeInit<C extends ComponentDefinition, R extends Record> {
        /** The parameters of node {@code self}. */
        Init<C> create(Address self, Neighbours neighbours, R config, RunSetup run);
    }

    /**
     * A provider named {@code name}.
     *
     * @param name the name in scenario files
     * @param description one line saying what it is
     * @param component the protocol's component class
     * @param config its configuration record, whose components carry {@code @Parameter}
     * @param init makes a node's {@code Init}
     */
    protected DisseminationProvider(String name, String description, Class<C> component, Class<R> config,
            NodeInit<C, R> init) {
        super(name, description, withNeighbours(config));
        this.component = component;
        this.config = config;
        this.init = init;
    }

    private static List<Param> withNeighbours(Class<? extends Record> config) {
        List<Param> params = new ArrayList<>(Parameters.declared(config));
        params.add(neighboursParam());
        return params;
    }

    /** The {@code neighbours} parameter every dissemination protocol takes. */
    public static Param neighboursParam() {
        return new Param("neighbours", Kind.NEIGHBOURS, "overlay", "where peers come from: the scenario's overlay, all"
                + " (every live node: the complete graph; no overlay needed), bootstrap (the connection pool built by joining"
                + " through the bootstrap-server node), or a peer sampling service run beside the protocol (cyclon, croupier,"
                + " wpss, with their parameters: {name: cyclon, view-size: 30})", List.of());
    }

    @Override
    public List<Class<? extends PortType>> provides() {
        return List.of(Broadcast.class);
    }

    @Override
    public boolean needsOverlay(Params params) {
        return params.model("neighbours").needsOverlay();
    }

    @Override
    public NodeStack create(Params params, RunSetup setup) {
        R values = Parameters.bind(config, params);
        NeighbourSource source = params.model("neighbours").neighbours(setup);
        return (address, link) -> source.start(address, link, component, n -> init.create(address, n, values, setup));
    }
}

package io.gossamer.kompics;

import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario protocol whose nodes run Kompics components: the thin link between a scenario
 * file and a {@code io.gossamer.kompics.spi.KompicsNodeFactory}. A plug-in subclasses it with
 * a name, its parameters and the factory's class name, and lists the subclass in
 * {@code META-INF/services/io.gossamer.scenarios.spi.ProtocolProvider}; scenario files then
 * write {@code protocol: {name: NAME, ...}} and never name a class.
 *
 * <p>Each node's parameters reach the factory as they were read (typed by their
 * {@link io.gossamer.scenarios.spi.Kind}), plus {@code node-class} (the scenario's node class)
 * and, if the protocol runs over the scenario's overlay, {@code neighbours} (the node's
 * out-neighbours, an {@code int[]}). One bridge, and so one Kompics runtime and class loader,
 * serves all node classes of a run that use this protocol. Kompics nodes provide no port to
 * scenario operations (no {@code broadcast}).
 */
public abstract class KompicsProtocol extends BaseProvider implements ProtocolProvider {
    /** This protocol's bridge in a run: made on first use, shared by every node class that runs it. */
    private final RunKey<KompicsBridge> bridgeKey;

    /**
     * @param name the name scenario files use
     * @param description one line saying what it is
     * @param factoryClass the class name of the node factory, in the same plug-in
     * @param parameters the parameters scenario files may give, passed to the factory
     */
    protected KompicsProtocol(String name, String description, String factoryClass, List<Param> parameters) {
        super(name, description, parameters);
        this.bridgeKey = RunKey.of("kompics-bridge " + factoryClass,
                setup -> KompicsBridge.attach(setup.host(), factoryClass, getClass().getClassLoader()));
    }

    /** True (the default) if nodes get their overlay neighbours as {@code neighbours}. */
    @Override
    public boolean needsOverlay(Params params) {
        return true;
    }

    @Override
    public NodeStack create(Params params, RunSetup setup) {
        KompicsBridge bridge = setup.shared(bridgeKey);
        boolean overlay = needsOverlay(params);
        Map<String, Object> values = params.values();
        return (address, link) -> {
            Map<String, Object> node = new LinkedHashMap<>(values);
            node.put("node-class", setup.classOf(address.id()));
            if (overlay) {
                node.put("neighbours", setup.overlay().neighbours(address.id()));
            }
            bridge.start(address, link, node);
        };
    }
}

package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.hyparview.Contacts;
import io.gossamer.protocols.hyparview.HyParView;
import io.gossamer.protocols.plumtree.Plumtree;
import io.gossamer.protocols.plumtree.PlumtreeNode;
import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Parameters;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.PortType;
import java.util.List;

/**
 * Plumtree over HyParView; the parameters are HyParView's and Plumtree's own. A node joins
 * through a contact drawn among the live nodes that started HyParView before it in the run
 * (one {@link Contacts} list per run, shared by all plumtree classes); the first node waits to
 * be contacted.
 */
public final class PlumtreeProtocol extends BaseProvider implements ProtocolProvider {
    /** The run-shared contact list. */
    static final RunKey<Contacts> CONTACTS = RunKey.of("hyparview contacts", run -> new Contacts(run.host()::isAlive));

    /** Registered with ServiceLoader. */
    public PlumtreeProtocol() {
        super("plumtree", "Plumtree epidemic broadcast trees over the HyParView membership: eager push along a tree, lazy push"
                + " (IHAVE) elsewhere, GRAFT to repair", Parameters.declared(HyParView.Config.class, Plumtree.Config.class));
    }

    @Override
    public List<Class<? extends PortType>> provides() {
        return List.of(Broadcast.class);
    }

    @Override
    public NodeStack create(Params params, RunSetup setup) {
        Contacts contacts = setup.shared(CONTACTS);
        HyParView.Config membership = Parameters.bind(HyParView.Config.class, params);
        Plumtree.Config broadcast = Parameters.bind(Plumtree.Config.class, params);
        int header = setup.headerBytes();
        return (address, link) -> setup.host().start(address, link, PlumtreeNode.class,
                new PlumtreeNode.Init(new HyParView.Init(address, contacts, membership, header),
                        new Plumtree.Init(address, broadcast, header)));
    }
}

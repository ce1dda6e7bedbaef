package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.hyparview.Contacts;
import io.gossamer.protocols.hyparview.HyParView;
import io.gossamer.protocols.plumtree.Plumtree;
import io.gossamer.protocols.plumtree.PlumtreeNode;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;

/**
 * Plumtree over HyParView. A node joins through a contact drawn among the live nodes that
 * started HyParView before it in the run (one {@link Contacts} list per run, shared by all
 * plumtree classes); the first node waits to be contacted.
 */
public final class PlumtreeProtocol implements ProtocolProvider {
    /** The run-shared contact list ({@link RunSetup#shared}). */
    static final String CONTACTS_KEY = "hyparview-contacts";

    @Override
    public String name() {
        return "plumtree";
    }

    @Override
    public String description() {
        return "Plumtree epidemic broadcast trees over the HyParView membership: eager push along a tree, lazy push"
                + " (IHAVE) elsewhere, GRAFT to repair";
    }

    @Override
    public List<Param> parameters() {
        return List.of(
                Param.optional("active-view", Kind.INTEGER, "5", "largest HyParView active view (the links broadcasts use)"),
                Param.optional("passive-view", Kind.INTEGER, "30", "largest HyParView passive view (backup links)"),
                Param.optional("arwl", Kind.INTEGER, "6", "active random walk length: hops of a ForwardJoin and of a Shuffle"),
                Param.optional("prwl", Kind.INTEGER, "3", "passive random walk length: the ForwardJoin ttl at which the"
                        + " newcomer enters the passive view"),
                Param.optional("shuffle-period", Kind.DURATION, "1s", "time between two shuffles of a node's passive view"),
                Param.optional("shuffle-active", Kind.INTEGER, "3", "active-view members in a shuffle sample"),
                Param.optional("shuffle-passive", Kind.INTEGER, "4", "passive-view members in a shuffle sample"),
                Param.optional("keepalive-period", Kind.DURATION, "1s", "time between two keep-alives to the active view"),
                Param.optional("failure-timeout", Kind.DURATION, "3s", "silence after which an active neighbour counts as"
                        + " failed and is replaced from the passive view"),
                Param.optional("ihave-timeout", Kind.DURATION, "500ms", "wait from the first IHAVE of a missing message"
                        + " to the GRAFT that asks for it"),
                Param.optional("graft-timeout", Kind.DURATION, "250ms", "wait from a GRAFT to the next one, to another"
                        + " announcer, while the message is still missing"));
    }

    @Override
    public boolean broadcasts() {
        return true;
    }

    @Override
    public boolean needsOverlay(Params params) {
        return false;
    }

    @Override
    public NodeStack create(Params params, RunSetup setup) {
        Contacts contacts = setup.shared(CONTACTS_KEY, () -> new Contacts(setup.host()::isAlive));
        HyParView.Setup membership = new HyParView.Setup(contacts, params.intValue("active-view", 1),
                params.intValue("passive-view", 1), params.intValue("arwl", 1), params.intValue("prwl", 0),
                params.duration("shuffle-period"), params.intValue("shuffle-active", 0), params.intValue("shuffle-passive", 0),
                params.duration("keepalive-period"), params.duration("failure-timeout"), setup.headerBytes());
        Plumtree.Setup broadcast = new Plumtree.Setup(setup.dissemination(), params.duration("ihave-timeout"),
                params.duration("graft-timeout"), setup.headerBytes());
        return new NodeStack() {
            @Override
            public void start(Address address, LinkCapacity link) {
                setup.host().start(address, link, PlumtreeNode.class,
                        new PlumtreeNode.Init(new HyParView.Init(address, membership), new Plumtree.Init(address, broadcast)));
            }

            @Override
            public void broadcast(int node, int sizeBytes) {
                PlumtreeNode root = (PlumtreeNode) setup.host().root(node);
                setup.simulation().deliver(root.plumtree().provided(Broadcast.class), new BroadcastRequest(sizeBytes));
            }
        };
    }
}

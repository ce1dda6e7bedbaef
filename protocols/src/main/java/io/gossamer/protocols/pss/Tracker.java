package io.gossamer.protocols.pss;

import io.gossamer.protocols.hyparview.Contacts;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a tracker gives a joining node: a few distinct live nodes drawn among those that
 * started before it (only public ones for the NAT-aware services, which must be able to
 * contact them). One per run; the draws come from one named stream, so they depend only on
 * the seed and the order of joins.
 */
public final class Tracker {
    private final NodeHost host;
    private final Contacts any;
    private final Contacts publicOnes;
    private final RandomStream random;

    /** A tracker of {@code host}'s nodes drawing with {@code random}. */
    public Tracker(NodeHost host, RandomStream random) {
        this.host = host;
        this.any = new Contacts(host::isAlive);
        this.publicOnes = new Contacts(host::isAlive);
        this.random = random;
    }

    /** Up to {@code k} distinct live nodes for {@code self} (public ones if asked), then records {@code self}. */
    public List<Address> forNewcomer(Address self, int k, boolean publicOnly) {
        Contacts from = publicOnly ? publicOnes : any;
        List<Address> out = new ArrayList<>();
        for (int tries = 0; out.size() < k && tries < 4 * k; tries++) {
            int id = from.pick(self.id(), random);
            if (id < 0) {
                break;
            }
            Address a = host.address(id);
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        any.joined(self.id());
        if (self.isPublic()) {
            publicOnes.joined(self.id());
        }
        return out;
    }
}

package io.gossamer.protocols.neighbours;

import io.gossamer.protocols.pss.Descriptor;
import io.gossamer.protocols.pss.Sample;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import java.util.List;

/**
 * One node's neighbours taken from its peer sampling service: the peers of the latest
 * {@link Sample} the service handed to the node (after every shuffle round the services hand
 * out their whole view). Filled by the node's {@link SampleListener}, which requires the
 * service's {@link io.gossamer.protocols.pss.PeerSampling} port; read by the node's
 * dissemination protocol. Empty until the first sample arrives. The {@code node} argument of
 * the {@link Neighbours} methods is the owner's id and is not needed.
 */
public final class SampledNeighbours implements Neighbours {
    private int[] peers = new int[0];

    /** Takes the peers of {@code sample} as the neighbours. */
    public void update(Sample sample) {
        List<Descriptor> list = sample.peers();
        // A new array each time: a multicast under way may still read the previous one.
        int[] next = new int[list.size()];
        for (int i = 0; i < next.length; i++) {
            next[i] = list.get(i).address().id();
        }
        peers = next;
    }

    @Override
    public int count(int node) {
        return peers.length;
    }

    @Override
    public int get(int node, int i) {
        return peers[i];
    }

    @Override
    public Multicast multicast(Message message, int node, int excluded) {
        return new Multicast(message, peers, 0, peers.length, excluded);
    }
}

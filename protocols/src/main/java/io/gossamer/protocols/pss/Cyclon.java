package io.gossamer.protocols.pss;

import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.net.Address;
import java.util.List;

/**
 * Cyclon (Voulgaris, Gavidia, van Steen 2005), the classic NAT-unaware peer sampling service.
 * Every node keeps a view of at most c descriptors and, every period:
 * <pre>
 * age every descriptor by one
 * Q = the oldest descriptor; remove it from the view
 * send Q: (self, age 0) + l-1 other descriptors drawn at random
 * on Shuffle(offer) from P:  reply with up to l descriptors drawn at random; merge(offer, those)
 * on ShuffleReply(offer):    merge(offer, what was sent)
 * merge(received, sent):     skip self and nodes already in the view; fill empty slots first,
 *                            then replace entries that were sent
 * </pre>
 * A dead Q never answers, and since it left the view when it was chosen, dead nodes are purged.
 *
 * <p><b>Under loss.</b> Every message travels over a connection, so loss delays it (the
 * network resends lost copies) and loses none; joining takes no message (the introducers come
 * from the {@link Tracker}); the peer a shuffle goes to left the view when the shuffle began,
 * so a dead peer costs nothing more.
 */
public final class Cyclon extends PeerSamplingService {
    private final Config setup;
    /** The view, which also keeps what the last shuffle this node started sent, to be replaced by the answer. */
    private final BoundedView view;

    /**
     * What all nodes of a run share.
     *
     * @param viewSize c, the most descriptors a view holds
     * @param shuffleLength l, descriptors exchanged in a shuffle (at most c)
     * @param period time between a node's shuffles (ns)
     */
    public record Config(
            @Parameter(doc = "c: descriptors a view holds", defaultValue = "20", min = 1) int viewSize,
            @Parameter(doc = "l: descriptors exchanged per shuffle (at most c)", defaultValue = "10", min = 1) int shuffleLength,
            @Parameter(doc = "time between a node's shuffles (one age round)", defaultValue = "1s", unit = Parameter.Unit.DURATION, min = 1) long period) {
        /** Checks the values. */
        public Config {
            if (shuffleLength > viewSize) {
                throw new InvalidParameter("shuffle-length", "must be at most view-size (" + viewSize + "), got " + shuffleLength);
            }
            if (viewSize < 1 || shuffleLength < 1) {
                throw new InvalidParameter("view-size", "Cyclon needs 1 <= shuffle length <= view size, got l=" + shuffleLength
                        + ", c=" + viewSize);
            }
            if (period <= 0) {
                throw new InvalidParameter("period", "must be positive");
            }
        }

        /** c = 20, l = 10, 1 s rounds. */
        public static Config defaults() {
            return new Config(20, 10, io.gossamer.sim.Time.seconds(1));
        }
    }

    /**
     * One node's parameters.
     *
     * @param self its address
     * @param config the parameters
     * @param introducers the nodes it knows when it joins (its first view)
     * @param headerBytes bytes every message adds
     */
    public record Init(Address self, Config config, List<Address> introducers, int headerBytes)
            implements io.gossamer.sim.core.Init<Cyclon> {
    }

    /** Creates the service with its first view. */
    public Cyclon(Init init) {
        super(init.self(), init.headerBytes(), init.config().period(), "pss.cyclon");
        this.setup = init.config();
        this.view = new BoundedView(setup.viewSize(), setup.shuffleLength());
        for (Address a : init.introducers()) {
            if (a.id() != self.id()) {
                view.addIfRoom(new Descriptor(a, 0));
            }
        }
        subscribe(timer, Round.class, Cyclon::onRound);
        subscribe(net, CyclonMessages.Shuffle.class, Cyclon::onShuffle);
        subscribe(net, CyclonMessages.ShuffleReply.class, Cyclon::onShuffleReply);
    }

    @Override
    protected void onStart() {
        startRounds();
    }

    private void onRound(Round tick) {
        if (view.isEmpty()) {
            return;
        }
        view.ageAll();
        int oldest = view.oldest();
        Address q = view.address(oldest);
        view.removeAt(oldest);
        Address me = here();
        long[] offer = view.drawEntries(me, setup.shuffleLength() - 1, random);
        view.keepSent(offer, 1);
        trigger(new CyclonMessages.Shuffle(me, q, offer, headerBytes), net);
        if (samplesHeard()) {
            emit(view.snapshot());
        }
    }

    private void onShuffle(CyclonMessages.Shuffle m) {
        long[] reply = view.drawEntries(null, setup.shuffleLength(), random);
        trigger(new CyclonMessages.ShuffleReply(here(), m.source(), reply, headerBytes), net);
        view.merge(m.offer, reply, selfId, false);
    }

    private void onShuffleReply(CyclonMessages.ShuffleReply m) {
        view.mergeWithSent(m.offer, selfId, false);
    }

    @Override
    Descriptors sample(int count) {
        return view.draw(count, random);
    }

    /** The current view (a copy), for tests. */
    public List<Descriptor> view() {
        return List.of(view.toArray());
    }

    @Override
    public int viewSize() {
        return view.size();
    }

    @Override
    public Descriptor viewEntry(int i) {
        return view.get(i);
    }

    // The pss metric reads every view entry each row: no Descriptor and Address per entry.
    @Override
    public int viewPeerId(int i) {
        return view.id(i);
    }

    @Override
    public int viewAge(int i) {
        return view.age(i);
    }
}

package io.gossamer.protocols.pss;

import io.gossamer.sim.Time;
import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.ConnectionEvent;
import io.gossamer.sim.net.Disconnect;
import java.util.ArrayList;
import java.util.List;

/**
 * Croupier (Dowling and Payberah, ICDCS 2012), a NAT-aware peer sampling service that needs no
 * NAT traversal: only public nodes are ever contacted. Every node keeps a public view and a
 * private view (each at most c descriptors, ages in rounds) and, every period:
 * <pre>
 * age every descriptor of both views by one
 * if the public view is empty: put the public introducers back into it; stop
 * Q = the oldest descriptor of the public view; remove it
 * send Q over a new connection: (self, age 0) + up to l/2 random public + up to l/2 random
 *                               private descriptors + my estimate of the public share
 * emit a Sample of c peers
 * on Shuffle(pub, priv, e) from P (I am public):
 *     count the request as from a public or a private sender (window of the last w rounds)
 *     reply with up to l/2 random public + l/2 random private descriptors + my estimate
 *     merge(pub, what I sent of the public kind); merge(priv, same for private); hear(e)
 * on ShuffleReply(pub, priv, e): merge both as above with what I sent; hear(e); close the connection
 * merge(received, sent):  skip self; a known node keeps the younger age; fill empty slots,
 *                         then replace entries that were sent (each kind in its own view)
 * estimate:  public node, every round:  E = mean(E, public requests / all requests in the window)
 *            hear(e) (any node):        E = mean(E, e)   (E = e if I had none)
 * sample of k: each peer from the public view with probability E, else from the private view
 * </pre>
 * The initiator opens the connection to Q with the request (a {@code STREAM} send) and closes
 * it once the answer is in, so every shuffle costs one new connection, as the datagram exchange
 * of the original does; a private node gets the answer over the connection it opened. A dead Q
 * never answers (the handshake fails) and left the view when it was chosen.
 *
 * <p>As a {@link PeerSamplingView} it shows the union of the two views (public entries first), ages in rounds of
 * the period.
 *
 * <p><b>Under loss.</b> Every message travels over a connection, so loss delays it (the
 * network resends lost copies) and loses none; joining takes no message (the introducers come
 * from the {@link Tracker}); a shuffle with a dead or unreachable peer fails when the
 * handshake times out.
 */
public final class Croupier extends PeerSamplingService {
    private final Config setup;
    private final BoundedView publicView;
    private final BoundedView privateView;
    private final List<Address> publicIntroducers = new ArrayList<>();
    /** Requests received per round from public and from private senders, a ring of w rounds. */
    private final int[] fromPublic;
    private final int[] fromPrivate;
    private int slot;
    /** Estimated share of public nodes; NaN until the node has one. */
    private double estimate = Double.NaN;
    /** What the last shuffle this node started sent, to be replaced by the answer. */
    private final SentDescriptors sentPublic;
    private final SentDescriptors sentPrivate;
    /** The node the last shuffle went to (its id and NAT type; id -1 for none), until it answers or fails. */
    private int partnerId = -1;
    private byte partnerNat;
    private long requestsReceived;

    /**
     * What all nodes of a run share. {@link #defaults} gives the values used unless a run says
     * otherwise:
     * <ul>
     * <li>c = 15 per view: the upper end of the published implementations (10-15); two views of
     *     15 hold 30 descriptors, enough for samples and a quick repair.</li>
     * <li>l = 10 (5 public + 5 private): a third of each view per shuffle, inside the published
     *     5-15, so that a view turns over in a few rounds.</li>
     * <li>period = 1 s: the published code uses 2-3 s; 1 s makes ages (in rounds) comparable
     *     with Cyclon and WPSS (Delta = 1 s) in the same units.</li>
     * <li>w = 25 rounds: a public node receives about 1/(public share) requests a round, so
     *     with 20 % public it bases its own estimate on about 125 requests (standard error
     *     under 0.04), which gossip averaging then reduces.</li>
     * <li>header = 20 bytes: an IPv4 + UDP-sized header, as for Cyclon.</li>
     * </ul>
     *
     * @param viewSize c, the most descriptors each of the two views holds
     * @param shuffleLength l, descriptors exchanged in a shuffle besides the initiator's own:
     *     up to l/2 (rounded up) public and l/2 (rounded down) private
     * @param period time between a node's shuffles (ns)
     * @param estimateWindow w, rounds of requests a public node counts for its estimate
     */
    public record Config(
            @Parameter(doc = "c: descriptors in each of the two views (published code uses 10-15)", defaultValue = "15", min = 1)
            int viewSize,
            @Parameter(doc = "l: descriptors sent per shuffle, half public, half private, plus the sender's own",
                    defaultValue = "10", min = 1) int shuffleLength,
            @Parameter(doc = "time between a node's shuffles (one age round)", defaultValue = "1s", unit = Parameter.Unit.DURATION, min = 1) long period,
            @Parameter(doc = "rounds over which a public node counts the requests it receives to estimate the public share",
                    defaultValue = "25", min = 1) int estimateWindow) {
        /** Checks the values. */
        public Config {
            if (shuffleLength > 2 * viewSize) {
                throw new InvalidParameter("shuffle-length", "must be at most twice view-size (" + 2 * viewSize + "), got "
                        + shuffleLength);
            }
            if (viewSize < 1 || shuffleLength < 1) {
                throw new InvalidParameter("view-size", "Croupier needs 1 <= shuffle length <= 2 * view size, got l="
                        + shuffleLength + ", c=" + viewSize);
            }
            if (period <= 0) {
                throw new InvalidParameter("period", "must be positive");
            }
            if (estimateWindow < 1) {
                throw new InvalidParameter("estimate-window", "is at least one round");
            }
        }

        /** c = 15, l = 10, 1 s, w = 25 (see the class Javadoc of Config). */
        public static Config defaults() {
            return new Config(15, 10, Time.seconds(1), 25);
        }

        int publicShare() {
            return (shuffleLength + 1) / 2;
        }

        int privateShare() {
            return shuffleLength / 2;
        }
    }

    /**
     * One node's parameters.
     *
     * @param self its address
     * @param config the parameters
     * @param introducers the nodes it knows when it joins; it needs public ones to shuffle,
     *     and falls back on them whenever its public view is empty
     * @param headerBytes bytes every message adds
     */
    public record Init(Address self, Config config, List<Address> introducers, int headerBytes)
            implements io.gossamer.sim.core.Init<Croupier> {
    }

    /** Creates the service with its first views. */
    public Croupier(Init init) {
        super(init.self(), init.headerBytes(), init.config().period(), "pss.croupier");
        this.setup = init.config();
        this.publicView = new BoundedView(setup.viewSize());
        this.privateView = new BoundedView(setup.viewSize());
        this.sentPublic = new SentDescriptors(setup.publicShare());
        this.sentPrivate = new SentDescriptors(setup.privateShare());
        this.fromPublic = new int[setup.estimateWindow()];
        this.fromPrivate = new int[setup.estimateWindow()];
        for (Address a : init.introducers()) {
            if (a.id() == self.id()) {
                continue;
            }
            if (a.isPublic()) {
                publicIntroducers.add(a);
            }
            viewOf(a).addIfRoom(new Descriptor(a, 0));
        }
        subscribe(timer, Round.class, Croupier::onRound);
        subscribe(net, CroupierMessages.Shuffle.class, Croupier::onShuffle);
        subscribe(net, CroupierMessages.ShuffleReply.class, Croupier::onShuffleReply);
        subscribe(net, ConnectionEvent.Failed.class, Croupier::onFailed);
    }

    @Override
    protected void onStart() {
        startRounds();
    }

    private void onRound(Round tick) {
        publicView.ageAll();
        privateView.ageAll();
        if (self.isPublic()) {
            updateOwnEstimate();
        }
        if (publicView.isEmpty()) {
            // Cut off from the public nodes: start again from the introducers.
            for (Address a : publicIntroducers) {
                publicView.addIfRoom(new Descriptor(a, 0));
            }
            return;
        }
        int oldest = publicView.oldest();
        Address q = publicView.address(oldest);
        publicView.removeAt(oldest);
        Descriptors pub = publicView.draw(setup.publicShare(), random);
        Descriptors priv = privateView.draw(setup.privateShare(), random);
        sentPublic.set(pub, 0);
        sentPrivate.set(priv, 0);
        partnerId = q.id();
        partnerNat = (byte) q.nat().ordinal();
        Descriptor me = new Descriptor(self, 0);
        if (self.isPublic()) {
            pub = pub.withLast(me);
        } else {
            priv = priv.withLast(me);
        }
        trigger(new CroupierMessages.Shuffle(self, q, pub, priv, estimate, headerBytes), net);
        emit(sample(setup.viewSize()));
    }

    private void onShuffle(CroupierMessages.Shuffle m) {
        requestsReceived++;
        if (m.source().isPublic()) {
            fromPublic[slot]++;
        } else {
            fromPrivate[slot]++;
        }
        Descriptors pub = publicView.draw(setup.publicShare(), random);
        Descriptors priv = privateView.draw(setup.privateShare(), random);
        trigger(new CroupierMessages.ShuffleReply(self, m.source(), pub, priv, estimate, headerBytes), net);
        publicView.merge(m.publicOffer, pub, self.id(), true);
        privateView.merge(m.privateOffer, priv, self.id(), true);
        hear(m.estimate);
    }

    private void onShuffleReply(CroupierMessages.ShuffleReply m) {
        publicView.merge(m.publicOffer, sentPublic, self.id(), true);
        privateView.merge(m.privateOffer, sentPrivate, self.id(), true);
        hear(m.estimate);
        if (isPartner(m.source())) {
            forgetShuffle();
        }
        // One connection per shuffle.
        trigger(new Disconnect(self, m.source()), net);
    }

    private void onFailed(ConnectionEvent.Failed failed) {
        if (isPartner(failed.peer())) {
            forgetShuffle();
        }
    }

    private boolean isPartner(Address a) {
        return a.id() == partnerId && a.nat().ordinal() == partnerNat;
    }

    private void forgetShuffle() {
        sentPublic.clear();
        sentPrivate.clear();
        partnerId = -1;
    }

    /** Public nodes: mix in the share of public senders among the requests of the window. */
    private void updateOwnEstimate() {
        int pub = 0;
        int all = 0;
        for (int i = 0; i < fromPublic.length; i++) {
            pub += fromPublic[i];
            all += fromPublic[i] + fromPrivate[i];
        }
        slot = (slot + 1) % fromPublic.length;
        fromPublic[slot] = 0;
        fromPrivate[slot] = 0;
        if (all > 0) {
            hear((double) pub / all);
        }
    }

    private void hear(double e) {
        if (Double.isNaN(e)) {
            return;
        }
        estimate = Double.isNaN(estimate) ? e : (estimate + e) / 2;
    }

    /**
     * Up to {@code k} distinct peers: each from the public view with probability E (the view
     * sizes' proportion while there is no estimate), else from the private view; a view that
     * runs out leaves the rest to the other.
     */
    @Override
    Descriptors sample(int k) {
        int total = Math.min(k, publicView.size() + privateView.size());
        double p = Double.isNaN(estimate)
                ? (publicView.size() + privateView.size() == 0 ? 0
                        : (double) publicView.size() / (publicView.size() + privateView.size()))
                : estimate;
        int fromPub = 0;
        for (int i = 0; i < total; i++) {
            if (random.nextBernoulli(p)) {
                fromPub++;
            }
        }
        fromPub = Math.max(Math.min(fromPub, publicView.size()), total - privateView.size());
        Descriptors pub = publicView.draw(fromPub, random);
        Descriptors priv = privateView.draw(total - fromPub, random);
        return pub.followedBy(priv);
    }

    private BoundedView viewOf(Address a) {
        return a.isPublic() ? publicView : privateView;
    }

    /** The public view (a copy), for tests. */
    public List<Descriptor> publicView() {
        return List.of(publicView.toArray());
    }

    /** The private view (a copy), for tests. */
    public List<Descriptor> privateView() {
        return List.of(privateView.toArray());
    }

    /** The estimated share of public nodes (NaN while the node has none). */
    public double publicShareEstimate() {
        return estimate;
    }

    /** Shuffle requests this node received since it started. */
    public long requestsReceived() {
        return requestsReceived;
    }

    @Override
    public int viewSize() {
        return publicView.size() + privateView.size();
    }

    @Override
    public Descriptor viewEntry(int i) {
        // The union of the two views, public entries first.
        int p = publicView.size();
        return i < p ? publicView.get(i) : privateView.get(i - p);
    }

    @Override
    public int viewPeerId(int i) {
        int p = publicView.size();
        return i < p ? publicView.id(i) : privateView.id(i - p);
    }

    @Override
    public int viewAge(int i) {
        int p = publicView.size();
        return i < p ? publicView.age(i) : privateView.age(i - p);
    }
}

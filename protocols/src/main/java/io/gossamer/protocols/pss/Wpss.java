package io.gossamer.protocols.pss;

import io.gossamer.sim.Time;
import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Connect;
import io.gossamer.sim.net.ConnectionEvent;
import io.gossamer.sim.net.Disconnect;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import java.util.ArrayList;
import java.util.List;

/**
 * WPSS, the wormhole-based peer sampling service (Roverso, Dowling, Jelasity, IEEE P2P 2013):
 * samples as fresh as a gossip shuffle with far fewer new connections, and no connection to a
 * private node. Two layers: a base overlay of permanent connections, every node holding k of
 * its own to public nodes (private nodes connect to public ones, public ones to other public
 * ones; links are used both ways); and a wormhole, a connection to a public node drawn at
 * random, replaced every Delta_W. Advertisements travel through the wormhole and then take a
 * short random walk over the base overlay.
 * <pre>
 * every Delta:
 *     age every descriptor of the view by one; emit the view as a Sample (if anything listens)
 *     while my base links + pending Connects &lt; k: Connect to a random public candidate
 *         (public descriptors of the view and the introducers, not yet neighbours)
 *     if no wormhole: open one (below)
 *     send Advertisement(self, age 0) to the wormhole
 * every Delta_W:
 *     W = a public node drawn uniformly from the view, other than the current wormhole and
 *         the base neighbours (if there is none: from the introducers and base neighbours)
 *     Connect to W; Disconnect the previous wormhole unless it is a base neighbour
 * on Opened(P) of a base link I asked for: add P (outgoing); send Hello(my degree) to P
 * on Hello(d) from P:   add P (incoming) with degree d; answer HelloAck(my degree)
 * on Closed/Failed(P):  drop P from the base links (connect to another if it was mine);
 *                       forget the wormhole if it was P
 * on Advertisement(D):  walk(D, TTL)
 * on Walk(D, t, d) from P: note deg(P) = d; walk(D, t)
 * walk(D, t):  while t &gt; 0:
 *                  t = t - 1; J = a base neighbour drawn uniformly
 *                  with Metropolis-Hastings, stay here with probability 1 - min(1, deg(me)/deg(J))
 *                  otherwise send Walk(D, t, deg(me)) to J and stop
 *              insert D: a known node keeps the younger age; else fill a free slot or evict the oldest
 * </pre>
 * With Metropolis-Hastings weights the walk's stationary distribution is uniform although
 * public nodes have a much higher base degree (k plus about k times the private-to-public
 * ratio) than private ones (k). New connections per node per second: 1/Delta_W for the
 * wormholes (none when the drawn W is already connected, e.g. a base neighbour), plus base
 * repairs. Ages are in rounds of Delta (the holder adds one every Delta), which makes them
 * comparable with Cyclon and Croupier ages in rounds of their periods; age 0 is the round the
 * advertisement was created.
 *
 * <p><b>Under loss.</b> Every message travels over a connection, so loss delays it (the
 * network resends lost copies) and loses none; joining takes no message (the introducers come
 * from the {@link Tracker}); a link to a dead or unreachable peer fails when the handshake
 * times out and is replaced.
 */
public final class Wpss extends PeerSamplingService {
    private static final byte PUBLIC = (byte) NatType.OPEN.ordinal();
    private static final NatType[] NATS = NatType.values();
    private final Config setup;
    private final BoundedView view;
    private final List<Address> publicIntroducers = new ArrayList<>();
    /** Base links, open (both directions), in the order they appeared. */
    private final BaseLinks neighbours;
    /** Base links this node asked for that are not open yet. */
    private final PeerList pending;
    /** The current wormhole's node id (-1: none) and NAT type. */
    private int wormhole = -1;
    private byte wormholeNat;
    private long walksEnded;

    /**
     * What all nodes of a run share. {@link #defaults} gives the paper's simulation setup where
     * it states one, and otherwise:
     * <ul>
     * <li>c = 50: the paper's view size (simulation and deployment).</li>
     * <li>Delta = 1 s: the paper's simulated advertisement period.</li>
     * <li>Delta_W = 10 s: 0.1 new connection per node per second, an order of magnitude below
     *     a shuffle protocol's one per period, which is the paper's headline comparison.</li>
     * <li>TTL = 5: with Metropolis-Hastings weights a walk of a few hops over a random base
     *     overlay of degree 5 to 30 ends close to uniformly (the walk starts at a random public
     *     node already), and freshness is hardly affected by a few milliseconds of hops.</li>
     * <li>k = 5: five outgoing links per node keep a random base overlay connected under large
     *     failures (the 200 public nodes of the paper's setup need about ln 200 = 5.3), while
     *     each public node carries about k / (public share) = 25 links at 20 % public.</li>
     * <li>Metropolis-Hastings on: public nodes have about six times the degree of private
     *     nodes; without the correction the walks end on public nodes most of the time.</li>
     * <li>header = 20 bytes, as for Cyclon and Croupier.</li>
     * </ul>
     *
     * @param viewSize c, the most descriptors the view holds
     * @param period Delta, time between a node's advertisements (ns)
     * @param wormholePeriod Delta_W, time a wormhole is kept before it is replaced (ns)
     * @param ttl hops of an advertisement's random walk from the wormhole
     * @param baseDegree k, base links each node opens (to public nodes)
     * @param metropolisHastings whether the walk corrects for degree differences
     */
    public record Config(
            @Parameter(doc = "c: descriptors the view holds (the paper's 50)", defaultValue = "50", min = 1) int viewSize,
            @Parameter(doc = "Delta: time between a node's advertisements (one age round; the paper's 1 s)",
                    defaultValue = "1s", unit = Parameter.Unit.DURATION, min = 1) long period,
            @Parameter(doc = "Delta_W: how long a wormhole is kept; about 1/Delta_W new connections per node per second",
                    defaultValue = "10s", unit = Parameter.Unit.DURATION, min = 1) long wormholePeriod,
            @Parameter(doc = "hops of an advertisement's random walk from the wormhole", defaultValue = "5", min = 0) int ttl,
            @Parameter(doc = "k: permanent base-overlay links each node opens to public nodes", defaultValue = "5", min = 1)
            int baseDegree,
            @Parameter(doc = "correct the walks for degree differences (public nodes have many more base links than"
                    + " private ones)", defaultValue = "true") boolean metropolisHastings) {
        /** Checks the values. */
        public Config {
            if (viewSize < 1 || ttl < 0 || baseDegree < 1) {
                throw new InvalidParameter("view-size", "WPSS needs c >= 1, TTL >= 0, k >= 1, got c=" + viewSize
                        + ", TTL=" + ttl + ", k=" + baseDegree);
            }
            if (period <= 0 || wormholePeriod <= 0) {
                throw new InvalidParameter(period <= 0 ? "period" : "wormhole-period", "must be positive");
            }
        }

        /** c = 50, Delta = 1 s, Delta_W = 10 s, TTL = 5, k = 5, Metropolis-Hastings. */
        public static Config defaults() {
            return new Config(50, Time.seconds(1), Time.seconds(10), 5, 5, true);
        }

        /** The same with another wormhole period. */
        public Config withWormholePeriod(long deltaW) {
            return new Config(viewSize, period, deltaW, ttl, baseDegree, metropolisHastings);
        }
    }

    /**
     * One node's parameters.
     *
     * @param self its address
     * @param config the parameters
     * @param introducers the nodes it knows when it joins (its first view); the public ones
     *     are its first base-link and wormhole candidates, so give it some
     * @param headerBytes bytes every message adds
     */
    public record Init(Address self, Config config, List<Address> introducers, int headerBytes)
            implements io.gossamer.sim.core.Init<Wpss> {
    }

    /** Timer tick of a wormhole renewal. */
    static final class Renewal extends Timeout {
    }

    /** Creates the service with its first view. */
    public Wpss(Init init) {
        super(init.self(), init.headerBytes(), init.config().period(), "pss.wpss");
        this.setup = init.config();
        this.view = new BoundedView(setup.viewSize());
        // A public node ends up with its k links plus those that private (and public) nodes
        // open to it, about 6k at 20 % public: room for them from the start, so the array is
        // made with the node (and lies near it in memory) instead of regrown far away.
        this.neighbours = new BaseLinks(self.isPublic() ? 8 * setup.baseDegree() : setup.baseDegree());
        this.pending = new PeerList(setup.baseDegree());
        for (Address a : init.introducers()) {
            if (a.id() == self.id()) {
                continue;
            }
            if (a.isPublic() && !publicIntroducers.contains(a)) {
                publicIntroducers.add(a);
            }
            view.addIfRoom(new Descriptor(a, 0));
        }
        subscribe(timer, Round.class, Wpss::onRound);
        subscribe(timer, Renewal.class, Wpss::onRenewal);
        subscribe(net, ConnectionEvent.Opened.class, Wpss::onOpened);
        subscribe(net, ConnectionEvent.Failed.class, Wpss::onFailed);
        subscribe(net, ConnectionEvent.Closed.class, (Wpss w, ConnectionEvent.Closed c) -> w.lost(c.peer()));
        subscribe(net, WpssMessages.Hello.class, Wpss::onHello);
        subscribe(net, WpssMessages.HelloAck.class, (Wpss w, WpssMessages.HelloAck m) -> w.noteDegree(m.source(), m.degree));
        subscribe(net, WpssMessages.Advertisement.class, Wpss::onAdvertisement);
        subscribe(net, WpssMessages.Walk.class, Wpss::onWalk);
    }

    @Override
    protected void onStart() {
        maintainBase();
        // Random phases per node: rounds and renewals are not synchronised.
        startRounds();
        long renewalPhase = 1 + random.nextLong(setup.wormholePeriod());
        trigger(new SchedulePeriodicTimeout(renewalPhase, setup.wormholePeriod(), new Renewal()), timer);
    }

    // ------------------------------------------------------------------ rounds

    private void onRound(Round tick) {
        view.ageAll();
        maintainBase();
        if (wormhole < 0) {
            openWormhole();
        }
        if (wormhole >= 0) {
            trigger(new WpssMessages.Advertisement(here(), wormhole(), headerBytes), net);
        }
        if (samplesHeard()) {
            emit(view.snapshot());
        }
    }

    private void onRenewal(Renewal tick) {
        Address old = wormhole();
        openWormhole();
        if (old != null && old.id() != wormhole && !neighbours.contains(old.id()) && !pending.contains(old.id())) {
            trigger(new Disconnect(self, old), net);
        }
    }

    private void openWormhole() {
        PeerList candidates = new PeerList(view.size());
        for (int i = 0; i < view.size(); i++) {
            int id = view.id(i);
            // Not the wormhole it replaces, not a base neighbour: a wormhole is a new shortcut.
            if (view.isPublic(i) && id != wormhole && !neighbours.contains(id) && !pending.contains(id)) {
                candidates.add(id, view.nat(i));
            }
        }
        if (candidates.isEmpty()) {
            for (Address a : publicIntroducers) {
                candidates.add(a);
            }
            for (int i = 0; i < neighbours.size(); i++) {
                if (neighbours.isPublic(i)) {
                    candidates.addIfAbsent(neighbours.id(i), neighbours.nat(i));
                }
            }
        }
        if (candidates.isEmpty()) {
            wormhole = -1;
            return;
        }
        int at = random.nextInt(candidates.size());
        wormhole = candidates.id(at);
        wormholeNat = candidates.nat(at);
        // Answered at once, and not counted, if the two are connected already.
        trigger(new Connect(self, wormhole()), net);
    }

    // ------------------------------------------------------------------ base overlay

    private void maintainBase() {
        int mine = pending.size() + neighbours.outgoingCount();
        if (mine >= setup.baseDegree()) {
            return;
        }
        PeerList candidates = new PeerList(view.size() + publicIntroducers.size());
        for (int i = 0; i < view.size(); i++) {
            addCandidate(candidates, view.id(i), view.nat(i));
        }
        for (Address a : publicIntroducers) {
            addCandidate(candidates, a.id(), (byte) a.nat().ordinal());
        }
        while (mine < setup.baseDegree() && !candidates.isEmpty()) {
            int at = random.nextInt(candidates.size());
            Address peer = candidates.address(at);
            candidates.removeAt(at);
            pending.add(peer);
            mine++;
            trigger(new Connect(self, peer), net);
        }
    }

    private void addCandidate(PeerList candidates, int id, byte nat) {
        if (nat == PUBLIC && id != selfId && !neighbours.contains(id) && !pending.contains(id)) {
            candidates.addIfAbsent(id, nat);
        }
    }

    private void onOpened(ConnectionEvent.Opened opened) {
        Address peer = opened.peer();
        if (!pending.remove(peer.id())) {
            return;
        }
        int at = neighbours.indexOf(peer.id());
        if (at < 0) {
            neighbours.add(peer, true, 1);
        } else {
            // It opened the same connection to us first: it is our link now as well.
            neighbours.makeOutgoing(at);
        }
        trigger(new WpssMessages.Hello(self, peer, neighbours.size(), headerBytes), net);
    }

    private void onFailed(ConnectionEvent.Failed failed) {
        lost(failed.peer());
        int at = view.indexOf(failed.peer().id());
        if (at >= 0) {
            // Unreachable: not a sample to hand out.
            view.removeAt(at);
        }
    }

    /** The connection to {@code peer} is gone or never came: repair what used it. */
    private void lost(Address peer) {
        if (peer.id() == wormhole) {
            wormhole = -1;
        }
        boolean repair = pending.remove(peer.id());
        int at = neighbours.indexOf(peer.id());
        if (at >= 0) {
            repair |= neighbours.isOutgoing(at);
            neighbours.removeAt(at);
        }
        if (repair) {
            maintainBase();
        }
    }

    private void onHello(WpssMessages.Hello m) {
        int at = neighbours.indexOf(m.source().id());
        if (at < 0) {
            neighbours.add(m.source(), false, m.degree);
        } else {
            neighbours.degree(at, m.degree);
        }
        trigger(new WpssMessages.HelloAck(self, m.source(), neighbours.size(), headerBytes), net);
    }

    private void noteDegree(Address peer, int degree) {
        int at = neighbours.indexOf(peer.id());
        if (at >= 0) {
            neighbours.degree(at, degree);
        }
    }

    // ------------------------------------------------------------------ advertisements

    private void onAdvertisement(WpssMessages.Advertisement m) {
        walk(Descriptors.pack(m.source(), 0), setup.ttl());
    }

    private void onWalk(WpssMessages.Walk m) {
        noteDegree(m.source(), m.senderDegree);
        walk(m.descriptor, m.ttl);
    }

    /** Walks {@code descriptor} (packed as {@link Descriptors#pack} packs it) on for {@code ttl} hops. */
    private void walk(long descriptor, int ttl) {
        while (ttl > 0) {
            ttl--;
            if (neighbours.isEmpty()) {
                break;
            }
            int next = random.nextInt(neighbours.size());
            if (setup.metropolisHastings()) {
                double accept = (double) neighbours.size() / Math.max(1, neighbours.degree(next));
                if (accept < 1 && !random.nextBernoulli(accept)) {
                    continue;
                }
            }
            trigger(new WpssMessages.Walk(here(), neighbours.address(next), descriptor, ttl, neighbours.size(), headerBytes), net);
            return;
        }
        walksEnded++;
        view.insertEvictingOldest(descriptor, selfId);
    }

    @Override
    Descriptors sample(int count) {
        return view.draw(count, random);
    }

    /** The current view (a copy). */
    public List<Descriptor> view() {
        return List.of(view.toArray());
    }

    /** The base neighbours, both directions. */
    public List<Address> baseNeighbours() {
        return neighbours.addresses();
    }

    /** The current wormhole (a new address object), or null. */
    public Address wormhole() {
        return wormhole < 0 ? null : new Address(wormhole, NATS[wormholeNat]);
    }

    /** Advertisement walks that ended at this node. */
    public long walksEnded() {
        return walksEnded;
    }

    @Override
    public int viewSize() {
        return view.size();
    }

    @Override
    public Descriptor viewEntry(int i) {
        return view.get(i);
    }

    @Override
    public int viewPeerId(int i) {
        return view.id(i);
    }

    @Override
    public int viewAge(int i) {
        return view.age(i);
    }
}

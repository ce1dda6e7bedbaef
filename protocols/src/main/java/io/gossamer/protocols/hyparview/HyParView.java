package io.gossamer.protocols.hyparview;

import io.gossamer.protocols.hyparview.HyParViewMessages.Connect;
import io.gossamer.protocols.hyparview.HyParViewMessages.Disconnect;
import io.gossamer.protocols.hyparview.HyParViewMessages.ForwardJoin;
import io.gossamer.protocols.hyparview.HyParViewMessages.Join;
import io.gossamer.protocols.hyparview.HyParViewMessages.KeepAlive;
import io.gossamer.protocols.hyparview.HyParViewMessages.Neighbour;
import io.gossamer.protocols.hyparview.HyParViewMessages.NeighbourReply;
import io.gossamer.protocols.hyparview.HyParViewMessages.Shuffle;
import io.gossamer.protocols.hyparview.HyParViewMessages.ShuffleReply;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;

/**
 * HyParView membership (Leitão, Pereira, Rodrigues, DSN 2007): a small symmetric active view
 * that the layer above uses as its links, and a larger passive view of backups.
 * <pre>
 * join:              send Join to a contact
 * on Join(n):        add n to active; Connect n; send ForwardJoin(n, ARWL) to every other active member
 * on ForwardJoin(n, ttl) from s:
 *                    if ttl = 0 or |active| = 1: add n to active; Connect n
 *                    else: if ttl = PRWL: add n to passive
 *                          send ForwardJoin(n, ttl - 1) to a random active member but s
 * on Connect from q: add q to active
 * add q to a full active view: drop a random member d, send it Disconnect, d goes to passive
 * on Disconnect from q: move q to passive; ask for a replacement
 * ask for a replacement: send Neighbour(high = active is empty) to a random passive node
 * on Neighbour(high) from q: accept if high or active not full (add q), else reject
 * every shuffle period: send Shuffle(self + ka active + kp passive, ARWL) to a random active member
 * on Shuffle(origin, sample, ttl): if ttl > 1 and |active| > 1: pass it on to a random active member
 *                    else: reply to origin with as many passive nodes; merge sample into passive
 * </pre>
 * <b>Failure detection.</b> The simulated network does not tell a sender that a message was
 * dropped at a dead node, and there is no TCP connection to break. A node therefore sends a
 * {@code KeepAlive} to its active view every keep-alive period; any message from an active
 * neighbour counts as a sign of life, and a neighbour not heard from for the failure timeout
 * is removed (and a replacement asked for from the passive view). A KeepAlive from a node
 * that is not an active neighbour is answered with Disconnect, which repairs a link only one
 * side still holds. A Neighbour request unanswered by the next keep-alive tick counts as
 * addressed to a dead node, which leaves the passive view. A node whose views are both empty joins again through a new contact.
 *
 * <p><b>Under loss.</b> Every message is a datagram (the paper assumes TCP). A lost Join
 * leaves both views empty, and the next keep-alive tick joins again through a new contact; a
 * lost Connect or Disconnect leaves a link one side holds, repaired by the KeepAlive exchange;
 * an unanswered Neighbour request is given up at the next tick and another passive node is
 * asked; a neighbour is dropped only after a whole failure timeout without a message from it,
 * and is then replaced from the passive view; a lost Shuffle only delays the passive view's
 * refresh. No single lost message leaves a node out of the overlay.
 *
 * <p>Deviations kept simple on purpose: a merged shuffle sample evicts random passive members
 * (not preferably those sent); a rejected Neighbour request is retried at the next keep-alive
 * tick, one request pending at a time.
 */
public final class HyParView extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final RequiredPort<Timer> timer = requires(Timer.class);
    private final ProvidedPort<Membership> membership = provides(Membership.class);
    private final Address self;
    private final Config setup;
    private final Contacts contacts;
    private final int headerBytes;
    private final RandomStream random;
    private final PeerView active;
    private final PeerView passive;
    /** The passive node a Neighbour request is pending at (-1: none), and since when. */
    private int asked = -1;
    private long askedAt;

    /**
     * HyParView's parameters (the paper's defaults for about 10,000 nodes: views 5 and 30, ARWL 6, PRWL 3).
     *
     * @param activeView largest active view
     * @param passiveView largest passive view
     * @param arwl active random walk length (hops of a ForwardJoin and of a Shuffle)
     * @param prwl the ttl at which a ForwardJoin puts the newcomer in the passive view
     * @param shufflePeriod ns between two shuffles of a node
     * @param shuffleActive active members in a shuffle sample
     * @param shufflePassive passive members in a shuffle sample
     * @param keepalivePeriod ns between two keep-alives to the active view
     * @param failureTimeout ns of silence after which an active neighbour counts as failed
     */
    public record Config(
            @Parameter(doc = "largest HyParView active view (the links broadcasts use)", defaultValue = "5", min = 1)
            int activeView,
            @Parameter(doc = "largest HyParView passive view (backup links)", defaultValue = "30", min = 1) int passiveView,
            @Parameter(doc = "active random walk length: hops of a ForwardJoin and of a Shuffle", defaultValue = "6", min = 1)
            int arwl,
            @Parameter(doc = "passive random walk length: the ForwardJoin ttl at which the newcomer enters the passive view",
                    defaultValue = "3", min = 0) int prwl,
            @Parameter(doc = "time between two shuffles of a node's passive view", defaultValue = "1s", unit = Parameter.Unit.DURATION, min = 1)
            long shufflePeriod,
            @Parameter(doc = "active-view members in a shuffle sample", defaultValue = "3", min = 0) int shuffleActive,
            @Parameter(doc = "passive-view members in a shuffle sample", defaultValue = "4", min = 0) int shufflePassive,
            @Parameter(doc = "time between two keep-alives to the active view", defaultValue = "1s", unit = Parameter.Unit.DURATION, min = 1)
            long keepalivePeriod,
            @Parameter(doc = "silence after which an active neighbour counts as failed and is replaced from the passive view",
                    defaultValue = "3s", unit = Parameter.Unit.DURATION, min = 1) long failureTimeout) {
        /** Checks the values. */
        public Config {
            if (activeView < 1 || passiveView < 1) {
                throw new InvalidParameter(activeView < 1 ? "active-view" : "passive-view", "must be at least 1");
            }
            if (arwl < 1 || prwl < 0 || prwl > arwl) {
                throw new InvalidParameter("prwl", "needs 0 <= prwl <= arwl and arwl >= 1, got arwl " + arwl + ", prwl " + prwl);
            }
            if (shufflePeriod <= 0 || keepalivePeriod <= 0 || failureTimeout <= 0) {
                throw new InvalidParameter("shuffle-period", "periods and timeouts must be positive");
            }
            if (shuffleActive < 0 || shufflePassive < 0) {
                throw new InvalidParameter("shuffle-active", "shuffle sample sizes cannot be negative");
            }
        }

        /** The paper's defaults. */
        public static Config defaults() {
            return new Config(5, 30, 6, 3, 1_000_000_000L, 3, 4, 1_000_000_000L, 3_000_000_000L);
        }
    }

    /**
     * One node's parameters and wiring.
     *
     * @param self this node's address
     * @param contacts where a joining node finds its contact
     * @param config the parameters
     * @param headerBytes bytes every message carries besides node ids
     */
    public record Init(Address self, Contacts contacts, Config config, int headerBytes)
            implements io.gossamer.sim.core.Init<HyParView> {
    }

    /** The shuffle tick. */
    static final class ShuffleTick extends Timeout {
    }

    /** The keep-alive tick (also checks for failed neighbours and fills the active view). */
    static final class KeepAliveTick extends Timeout {
    }

    /** Creates the component. */
    public HyParView(Init init) {
        this.self = init.self();
        this.setup = init.config();
        this.contacts = init.contacts();
        this.headerBytes = init.headerBytes();
        this.random = simulation().random().stream("hyparview", self.id());
        this.active = new PeerView(setup.activeView());
        this.passive = new PeerView(setup.passiveView());
        // Any message from an active neighbour, of any layer, shows it is alive: subscribed first.
        subscribe(net, Message.class, HyParView::onAnyMessage);
        subscribe(net, Join.class, HyParView::onJoin);
        subscribe(net, ForwardJoin.class, HyParView::onForwardJoin);
        subscribe(net, Connect.class, HyParView::onConnect);
        subscribe(net, Disconnect.class, HyParView::onDisconnect);
        subscribe(net, Neighbour.class, HyParView::onNeighbour);
        subscribe(net, NeighbourReply.class, HyParView::onNeighbourReply);
        subscribe(net, Shuffle.class, HyParView::onShuffle);
        subscribe(net, ShuffleReply.class, HyParView::onShuffleReply);
        subscribe(net, KeepAlive.class, HyParView::onKeepAlive);
        subscribe(timer, ShuffleTick.class, HyParView::onShuffleTick);
        subscribe(timer, KeepAliveTick.class, HyParView::onKeepAliveTick);
    }

    @Override
    protected void onStart() {
        join();
        contacts.joined(self.id());
        // Each node's ticks at its own phase, so shuffles do not all fall at once.
        trigger(new SchedulePeriodicTimeout(random.nextLong(setup.shufflePeriod()) + 1, setup.shufflePeriod(),
                new ShuffleTick()), timer);
        trigger(new SchedulePeriodicTimeout(random.nextLong(setup.keepalivePeriod()) + 1, setup.keepalivePeriod(),
                new KeepAliveTick()), timer);
    }

    /** This node's active view, in view order (a copy). */
    public int[] activeView() {
        return active.toArray();
    }

    /** This node's passive view (a copy). */
    public int[] passiveView() {
        return passive.toArray();
    }

    // ------------------------------------------------------------------ join

    private void join() {
        int contact = contacts.pick(self.id(), random);
        if (contact >= 0) {
            send(new Join(self, Address.of(contact), headerBytes));
        }
    }

    private void onJoin(Join m) {
        int n = m.source().id();
        addActive(n);
        send(new Connect(self, m.source(), headerBytes));
        for (int x : active.toArray()) {
            if (x != n) {
                send(new ForwardJoin(self, Address.of(x), n, setup.arwl(), headerBytes));
            }
        }
    }

    private void onForwardJoin(ForwardJoin m) {
        int n = m.newcomer;
        if (n == self.id()) {
            return;
        }
        int next = m.ttl <= 0 || active.size() <= 1 ? -1 : active.random(random, m.source().id(), n);
        if (next < 0) {
            if (!active.contains(n)) {
                addActive(n);
                send(new Connect(self, Address.of(n), headerBytes));
            }
            return;
        }
        if (m.ttl == setup.prwl()) {
            addPassive(n);
        }
        send(new ForwardJoin(self, Address.of(next), n, m.ttl - 1, headerBytes));
    }

    private void onConnect(Connect m) {
        addActive(m.source().id());
    }

    // ------------------------------------------------------------------ active view

    private void addActive(int q) {
        if (q == self.id() || active.contains(q)) {
            return;
        }
        if (active.isFull()) {
            int d = active.get(random.nextInt(active.size()));
            send(new Disconnect(self, Address.of(d), headerBytes));
            dropActive(d, true);
        }
        passive.remove(q);
        active.add(q, now());
        trigger(new Membership.NeighbourUp(q), membership);
    }

    /** Removes {@code q} from the active view; into the passive one unless it failed. */
    private void dropActive(int q, boolean toPassive) {
        if (active.remove(q)) {
            trigger(new Membership.NeighbourDown(q), membership);
            if (toPassive) {
                addPassive(q);
            }
        }
    }

    private void onDisconnect(Disconnect m) {
        int q = m.source().id();
        if (active.contains(q)) {
            dropActive(q, true);
            askForNeighbour();
        }
    }

    private void askForNeighbour() {
        if (asked >= 0 || active.isFull()) {
            return;
        }
        int q = passive.random(random, -1, -1);
        if (q < 0) {
            if (active.isEmpty()) {
                join();
            }
            return;
        }
        asked = q;
        askedAt = now();
        send(new Neighbour(self, Address.of(q), active.isEmpty(), headerBytes));
    }

    private void onNeighbour(Neighbour m) {
        int q = m.source().id();
        boolean accept = active.contains(q) || m.high || !active.isFull();
        if (accept) {
            addActive(q);
        }
        send(new NeighbourReply(self, m.source(), accept, headerBytes));
    }

    private void onNeighbourReply(NeighbourReply m) {
        int q = m.source().id();
        if (q == asked) {
            asked = -1;
        }
        if (m.accepted) {
            addActive(q);
        }
    }

    // ------------------------------------------------------------------ failure detection

    private void onAnyMessage(Message m) {
        active.touch(m.source().id(), now());
    }

    private void onKeepAlive(KeepAlive m) {
        if (!active.contains(m.source().id())) {
            send(new Disconnect(self, m.source(), headerBytes));
        }
    }

    private void onKeepAliveTick(KeepAliveTick tick) {
        long deadline = now() - setup.failureTimeout();
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.stamp(i) < deadline) {
                dropActive(active.get(i), false);
            }
        }
        if (asked >= 0 && askedAt <= now() - setup.keepalivePeriod()) {
            // No answer within a keep-alive period (many round trips): the node asked is presumably dead.
            passive.remove(asked);
            asked = -1;
        }
        askForNeighbour();
        if (!active.isEmpty()) {
            trigger(new Multicast(new KeepAlive(self, headerBytes), active.toArray()), net);
        }
    }

    // ------------------------------------------------------------------ passive view

    private void addPassive(int q) {
        if (q == self.id() || active.contains(q) || passive.contains(q)) {
            return;
        }
        if (passive.isFull()) {
            passive.removeAt(random.nextInt(passive.size()));
        }
        passive.add(q, now());
    }

    private void onShuffleTick(ShuffleTick tick) {
        if (active.isEmpty()) {
            return;
        }
        int q = active.get(random.nextInt(active.size()));
        int[] a = active.sample(random, setup.shuffleActive());
        int[] p = passive.sample(random, setup.shufflePassive());
        int[] sample = new int[1 + a.length + p.length];
        sample[0] = self.id();
        System.arraycopy(a, 0, sample, 1, a.length);
        System.arraycopy(p, 0, sample, 1 + a.length, p.length);
        send(new Shuffle(self, Address.of(q), self.id(), setup.arwl(), sample, headerBytes));
    }

    private void onShuffle(Shuffle m) {
        if (m.origin == self.id()) {
            return;
        }
        int next = m.ttl > 1 && active.size() > 1 ? active.random(random, m.source().id(), m.origin) : -1;
        if (next >= 0) {
            send(new Shuffle(self, Address.of(next), m.origin, m.ttl - 1, m.sample(), headerBytes));
            return;
        }
        int[] sample = m.sample();
        send(new ShuffleReply(self, Address.of(m.origin), passive.sample(random, sample.length), headerBytes));
        merge(sample);
    }

    private void onShuffleReply(ShuffleReply m) {
        merge(m.sample());
    }

    private void merge(int[] sample) {
        for (int q : sample) {
            addPassive(q);
        }
    }

    private void send(Message m) {
        trigger(m, net);
    }
}

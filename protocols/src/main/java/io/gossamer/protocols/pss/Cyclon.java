package io.gossamer.protocols.pss;

import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;
import java.util.ArrayList;
import java.util.Arrays;
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
public final class Cyclon extends ComponentDefinition implements PeerSamplingView {
    private final RequiredPort<Network> net = requires(Network.class);
    private final RequiredPort<Timer> timer = requires(Timer.class);
    private final ProvidedPort<PeerSampling> sampling = provides(PeerSampling.class);
    private final Address self;
    private final Config setup;
    private final int headerBytes;
    private final RandomStream random;
    private final Descriptor[] view;
    private int size;
    /** What the last shuffle this node started sent, to be replaced by the answer. */
    private Descriptor[] sent = new Descriptor[0];

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

    /** Timer tick of a shuffle round. */
    static final class Round extends Timeout {
    }

    /** Creates the service with its first view. */
    public Cyclon(Init init) {
        this.self = init.self();
        this.setup = init.config();
        this.headerBytes = init.headerBytes();
        this.random = simulation().random().stream("pss.cyclon", self.id());
        this.view = new Descriptor[setup.viewSize()];
        for (Address a : init.introducers()) {
            if (size < view.length && a.id() != self.id() && indexOf(a.id()) < 0) {
                view[size++] = new Descriptor(a, 0);
            }
        }
        subscribe(timer, Round.class, Cyclon::onRound);
        subscribe(net, CyclonMessages.Shuffle.class, Cyclon::onShuffle);
        subscribe(net, CyclonMessages.ShuffleReply.class, Cyclon::onShuffleReply);
        subscribe(sampling, SampleRequest.class, Cyclon::onSampleRequest);
    }

    @Override
    protected void onStart() {
        // A random phase per node: rounds are not synchronised.
        long phase = 1 + random.nextLong(setup.period());
        trigger(new SchedulePeriodicTimeout(phase, setup.period(), new Round()), timer);
    }

    private void onRound(Round tick) {
        if (size == 0) {
            return;
        }
        int oldest = 0;
        for (int i = 0; i < size; i++) {
            view[i] = view[i].older();
            if (view[i].age() > view[oldest].age()) {
                oldest = i;
            }
        }
        Descriptor q = view[oldest];
        removeAt(oldest);
        Descriptor[] others = draw(setup.shuffleLength() - 1);
        Descriptor[] offer = new Descriptor[others.length + 1];
        offer[0] = new Descriptor(self, 0);
        System.arraycopy(others, 0, offer, 1, others.length);
        sent = others;
        trigger(new CyclonMessages.Shuffle(self, q.address(), offer, headerBytes), net);
        emit(Arrays.copyOf(view, size));
    }

    private void emit(Descriptor[] peers) {
        trigger(new Sample(List.of(peers)), sampling);
    }

    private void onShuffle(CyclonMessages.Shuffle m) {
        Descriptor[] reply = draw(setup.shuffleLength());
        trigger(new CyclonMessages.ShuffleReply(self, m.source(), reply, headerBytes), net);
        merge(m.offer, reply);
    }

    private void onShuffleReply(CyclonMessages.ShuffleReply m) {
        merge(m.offer, sent);
        sent = new Descriptor[0];
    }

    private void onSampleRequest(SampleRequest request) {
        emit(draw(Math.min(request.count(), size)));
    }

    /** Up to {@code k} distinct descriptors of the view drawn uniformly (a partial shuffle). */
    private Descriptor[] draw(int k) {
        int n = Math.min(k, size);
        Descriptor[] copy = Arrays.copyOf(view, size);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            Descriptor t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, n);
    }

    private void merge(Descriptor[] received, Descriptor[] sentAway) {
        List<Integer> replaceable = new ArrayList<>();
        for (Descriptor d : sentAway) {
            int at = indexOf(d.address().id());
            if (at >= 0) {
                replaceable.add(d.address().id());
            }
        }
        int next = 0;
        for (Descriptor d : received) {
            int id = d.address().id();
            if (id == self.id() || indexOf(id) >= 0) {
                continue;
            }
            if (size < view.length) {
                view[size++] = d;
            } else {
                // Replace an entry that went to the other side, in the order they were sent.
                while (next < replaceable.size() && indexOf(replaceable.get(next)) < 0) {
                    next++;
                }
                if (next == replaceable.size()) {
                    break;
                }
                view[indexOf(replaceable.get(next++))] = d;
            }
        }
    }

    private int indexOf(int id) {
        for (int i = 0; i < size; i++) {
            if (view[i].address().id() == id) {
                return i;
            }
        }
        return -1;
    }

    private void removeAt(int i) {
        view[i] = view[--size];
        view[size] = null;
    }

    /** The current view (a copy), for tests. */
    public List<Descriptor> view() {
        return List.of(Arrays.copyOf(view, size));
    }

    @Override
    public int viewSize() {
        return size;
    }

    @Override
    public Descriptor viewEntry(int i) {
        return view[i];
    }

    @Override
    public long ageRoundNanos() {
        return setup.period();
    }
}

package io.gossamer.protocols.pss;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NatType;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;

/**
 * What Cyclon, Croupier and WPSS share: the network, timer and {@link PeerSampling} ports, the
 * node's address, its random stream and the bytes every message adds; rounds of the period,
 * the first after a random phase per node (rounds are not synchronised); samples handed out
 * through the port, on each round and on request; and ages counted, for measurement, in rounds of the period.
 */
abstract class PeerSamplingService extends ComponentDefinition implements PeerSamplingView {
    final RequiredPort<Network> net = requires(Network.class);
    final RequiredPort<Timer> timer = requires(Timer.class);
    final ProvidedPort<PeerSampling> sampling = provides(PeerSampling.class);
    final Address self;
    /** {@link #self} as fields, for {@link #here} (and the id for the services: no load of the far address). */
    final int selfId;
    private final NatType selfNat;
    final int headerBytes;
    final RandomStream random;
    private final long period;

    /**
     * A service at {@code self} with rounds of {@code period} ns.
     *
     * @param stream the name of the node's random stream
     */
    PeerSamplingService(Address self, int headerBytes, long period, String stream) {
        this.self = self;
        this.selfId = self.id();
        this.selfNat = self.nat();
        this.headerBytes = headerBytes;
        this.period = period;
        this.random = simulation().random().stream(stream, self.id());
        subscribe(sampling, SampleRequest.class, PeerSamplingService::onSampleRequest);
    }

    /**
     * A copy of this node's address for a message: the network and the receiver read it, and
     * made next to the message it is in the cache with it, where {@link #self} is far away in
     * a large run's heap.
     */
    final Address here() {
        return new Address(selfId, selfNat);
    }

    /** Up to {@code count} descriptors drawn at random from the view, for a {@link SampleRequest}. */
    abstract Descriptors sample(int count);

    private void onSampleRequest(SampleRequest request) {
        emit(sample(request.count()));
    }

    /** Timer tick of a round. */
    static final class Round extends Timeout {
    }

    /** Starts the rounds: the first after a random phase in (0, period], then one every period. */
    final void startRounds() {
        long phase = 1 + random.nextLong(period);
        trigger(new SchedulePeriodicTimeout(phase, period, new Round()), timer);
    }

    /**
     * True if a sample handed out now would reach anything: a component connected to the port
     * or an observer of the run. A round's sample is a copy of the view, most of what a large
     * run allocates; nobody may be listening.
     */
    final boolean samplesHeard() {
        return sampling.isHeard(Sample.class);
    }

    /** Hands a sample to the node. */
    final void emit(Descriptors peers) {
        trigger(new Sample(peers), sampling);
    }

    @Override
    public final long ageRoundNanos() {
        return period;
    }
}

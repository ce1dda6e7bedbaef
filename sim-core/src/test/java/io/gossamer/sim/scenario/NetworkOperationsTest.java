package io.gossamer.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.DropReason;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.BernoulliLoss;
import io.gossamer.sim.net.model.ConstantLatency;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operations that change the network while a scenario runs. */
class NetworkOperationsTest {

    static final class Hello extends Message {
        Hello(Address from, Address to) {
            super(from, to, 10);
        }
    }

    /** Records when messages arrive; sends one to node 1 when asked. */
    public static final class Peer extends ComponentDefinition {
        private final RequiredPort<Network> net = requires(Network.class);
        final List<Long> arrivals = new ArrayList<>();

        public record Params(Address self) implements io.gossamer.sim.core.Init<Peer> {
        }

        private final Address self;

        Peer(Params params) {
            self = params.self();
            subscribe(net, Hello.class, Peer::onHello);
        }

        void hello(int to) {
            trigger(new Hello(self, Address.of(to)), net);
        }

        private void onHello(Hello hello) {
            arrivals.add(now());
        }
    }

    @Test
    void latencyLossAndPartitionsChangeForMessagesSentAfterTheOperation() {
        Simulation sim = new Simulation(4);
        NodeHost host = new NodeHost(sim, NetworkConfig.ideal().withLatency(new ConstantLatency(Time.ms(10))));
        Peer a = host.start(Address.of(0), Peer.class, new Peer.Params(Address.of(0)));
        Peer b = host.start(Address.of(1), Peer.class, new Peer.Params(Address.of(1)));
        Operation send = (ctx, i) -> a.hello(1);
        ScenarioRun run = new ScenarioRun(sim, host, List.of(
                StochasticProcess.named("first").raise(1, send).startAt(Time.seconds(1)),
                StochasticProcess.named("slower").raise(1, Operations.setLatency(new ConstantLatency(Time.ms(50))))
                        .startAt(Time.seconds(2)),
                StochasticProcess.named("second").raise(1, send).startAt(Time.seconds(3)),
                StochasticProcess.named("cut").raise(1, Operations.partition(id -> id == 0)).startAt(Time.seconds(4)),
                StochasticProcess.named("third").raise(1, send).startAt(Time.seconds(5)),
                StochasticProcess.named("heal").raise(1, Operations.heal()).startAt(Time.seconds(6)),
                StochasticProcess.named("lossy").raise(1, Operations.setLoss(new BernoulliLoss(1.0)))
                        .startAt(Time.seconds(7)),
                StochasticProcess.named("fourth").raise(1, send).startAt(Time.seconds(8))));
        run.runUntilEnded(() -> true, Time.seconds(20));
        assertEquals(List.of(Time.ms(1010), Time.ms(3050)), b.arrivals);
        assertEquals(1, host.network().drops(DropReason.PARTITION));
        assertEquals(1, host.network().drops(DropReason.LOSS));
    }
}

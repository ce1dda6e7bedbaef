package io.gossamer.sim.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.Timeout;
import io.gossamer.sim.timer.Timer;
import org.junit.jupiter.api.Test;

/** The README's ping-pong example, kept compiling and behaving as the README says. */
class ReadmeExampleTest {

    static final class Ping extends Message {
        Ping(Address from, Address to) {
            super(from, to, 64);
        }
    }

    static final class Pong extends Message {
        Pong(Address from, Address to) {
            super(from, to, 64);
        }
    }

    static final class Tick extends Timeout {
    }

    public static final class Pinger extends ComponentDefinition {
        public record Setup(Address self, Address peer) implements Init<Pinger> {
        }

        private final RequiredPort<Network> net = requires(Network.class);
        private final RequiredPort<Timer> timer = requires(Timer.class);
        private final Address self;
        private final Address peer;
        int pongs;

        Pinger(Setup setup) {
            self = setup.self();
            peer = setup.peer();
            subscribe(timer, Tick.class, Pinger::onTick);
            subscribe(net, Ping.class, Pinger::onPing);
            subscribe(net, Pong.class, Pinger::onPong);
        }

        @Override
        protected void onStart() {
            trigger(new SchedulePeriodicTimeout(0, Time.seconds(1), new Tick()), timer);
        }

        private void onTick(Tick tick) {
            trigger(new Ping(self, peer), net);
        }

        private void onPing(Ping ping) {
            trigger(new Pong(self, ping.source()), net);
        }

        private void onPong(Pong pong) {
            pongs++;
        }
    }

    @Test
    void pingPongRunsForTenSeconds() {
        Simulation sim = new Simulation(42);
        NodeHost host = new NodeHost(sim, NetworkConfig.ideal()
                .withLatency(new UniformLatency(Time.ms(10), Time.ms(100))));
        Address a = Address.of(0);
        Address b = Address.of(1);
        Pinger pa = host.start(a, Pinger.class, new Pinger.Setup(a, b));
        host.start(b, Pinger.class, new Pinger.Setup(b, a));

        RunResult result = sim.runFor(Time.seconds(10));

        assertEquals(StopReason.TIME_LIMIT, result.reason());
        assertEquals(Time.seconds(10), result.time());
        // Ticks at 0 s .. 10 s: the pongs of the first ten are back before 10 s, the last is not.
        assertEquals(10, pa.pongs);
        // Node 0 sent 11 pings, and 10 pongs: node 1's ping of 10 s has not arrived by then.
        assertEquals(21, host.network().traffic(0).sentMessages());
        assertEquals(20, host.network().traffic(0).receivedMessages());
    }
}

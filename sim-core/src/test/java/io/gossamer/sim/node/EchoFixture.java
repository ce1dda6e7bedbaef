package io.gossamer.sim.node;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.DirectRequest;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.PortType;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import java.util.ArrayList;
import java.util.List;

/** Components and a port type for the port-lookup and observer tests. */
final class EchoFixture {
    private EchoFixture() {
    }

    /** A request: echo {@code n}. */
    record Ask(int n) {
    }

    /** A direct request, answered to its requester alone. */
    static final class Ping extends DirectRequest {
    }

    /** The echo; {@link Loud} for even numbers. */
    static class Heard {
        final int n;

        Heard(int n) {
            this.n = n;
        }
    }

    /** An echo of an even number. */
    static final class Loud extends Heard {
        Loud(int n) {
            super(n);
        }
    }

    /** The port type. */
    public static final class Echo extends PortType {
        /** Declares the events. */
        public Echo() {
            request(Ask.class);
            request(Ping.class);
            indication(Heard.class);
        }
    }

    /** A port type nobody provides here. */
    public static final class Unused extends PortType {
        /** Declares nothing but one request. */
        public Unused() {
            request(Ask.class);
        }
    }

    /** Provides Echo: records each ask and echoes it. */
    public static final class Teller extends ComponentDefinition {
        final ProvidedPort<Echo> echo = provides(Echo.class);
        final List<Integer> asked = new ArrayList<>();

        Teller() {
            subscribe(echo, Ask.class, Teller::onAsk);
            subscribe(echo, Ping.class, Teller::onPing);
        }

        private void onAsk(Ask ask) {
            asked.add(ask.n());
            trigger(ask.n() % 2 == 0 ? new Loud(ask.n()) : new Heard(ask.n()), echo);
        }

        private void onPing(Ping ping) {
            answer(ping, new Heard(-1));
        }
    }

    /** Requires Echo and records what it hears. */
    public static final class Listener extends ComponentDefinition {
        final RequiredPort<Echo> echo = requires(Echo.class);
        final List<Integer> heard = new ArrayList<>();

        Listener() {
            subscribe(echo, Heard.class, Listener::onHeard);
        }

        void ping() {
            trigger(new Ping(), echo);
        }

        private void onHeard(Heard h) {
            heard.add(h.n);
        }
    }

    /** A component with a child that provides Echo: depth first, its teller is found first. */
    public static final class Branch extends ComponentDefinition {
        final Teller deep = create(Teller.class, Init.none());

        Branch() {
        }
    }

    /** A node root: a branch (with a teller inside) created before a second teller. */
    public static final class Root extends ComponentDefinition {
        final Branch branch = create(Branch.class, Init.none());
        final Teller shallow = create(Teller.class, Init.none());
        final Listener listener = create(Listener.class, Init.none());

        Root() {
            connect(branch.deep.echo, listener.echo);
        }
    }
}

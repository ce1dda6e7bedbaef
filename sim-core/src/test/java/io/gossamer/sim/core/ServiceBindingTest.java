package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Service bindings: a binding keeps the bound port's owner and handler table (not the port),
 * so it must follow subscriptions made or removed after binding, find the port for held
 * deliveries and tracing, and survive a second port bound under the same node.
 */
class ServiceBindingTest {

    /** Indications Ind from the service to the nodes. */
    public static final class Svc extends PortType {
        public Svc() {
            indication(Ind.class);
        }
    }

    record Ind(String text) {
    }

    static final class Service extends ComponentDefinition {
        final ProvidedPort<Svc> port = provides(Svc.class);
    }

    record UserInit(List<String> seen, String name, boolean subscribe) implements Init<User> {
    }

    static final class User extends ComponentDefinition {
        /** One handler object, so that unsubscribing finds the subscription. */
        static final Handler<User, Ind> ON_IND = User::onInd;
        final RequiredPort<Svc> port = requires(Svc.class);
        final List<String> seen;
        final String name;

        User(UserInit init) {
            this.seen = init.seen();
            this.name = init.name();
            if (init.subscribe()) {
                subscribe(port, Ind.class, ON_IND);
            }
        }

        void onInd(Ind ind) {
            seen.add(name + ":" + ind.text());
        }

        void subscribeLate() {
            subscribe(port, Ind.class, ON_IND);
        }

        void unsubscribeNow() {
            unsubscribe(port, Ind.class, ON_IND);
        }
    }

    private Simulation sim;
    private Service service;

    private Simulation withService(List<Object> traced) {
        sim = new Simulation(1);
        service = sim.createRoot(Service.class, Init.none(), -1);
        sim.registerService(service.port);
        sim.start(service);
        if (traced != null) {
            sim.setTracer(new Tracer() {
                @Override
                public void timed(long time, int sink, int target, Object payload) {
                }

                @Override
                public void local(long time, Object target, Object event) {
                    traced.add(target);
                }
            });
        }
        sim.run();
        return sim;
    }

    private ProvidedPort<Svc> service(Simulation sim) {
        return service.port;
    }

    @Test
    void aSubscriptionMadeOrRemovedAfterBindingIsFollowed() {
        Simulation sim = withService(null);
        List<String> seen = new ArrayList<>();
        User user = sim.createRoot(User.class, new UserInit(seen, "a", false), 3);
        sim.start(user);
        sim.run();
        assertTrue(sim.hasKey(service(sim), 3));
        assertEquals(1, sim.deliverToKeyNow(service(sim), 3, new Ind("none")));
        user.subscribeLate();
        sim.deliverToKeyNow(service(sim), 3, new Ind("late"));
        user.unsubscribeNow();
        sim.deliverToKeyNow(service(sim), 3, new Ind("gone"));
        assertEquals(List.of("a:late"), seen);
    }

    @Test
    void aDeliveryBeforeStartIsHeldAndATracerSeesThePort() {
        List<Object> traced = new ArrayList<>();
        Simulation sim = withService(traced);
        List<String> seen = new ArrayList<>();
        User user = sim.createRoot(User.class, new UserInit(seen, "a", true), 0);
        sim.deliverToKeyNow(service(sim), 0, new Ind("early"));
        assertTrue(seen.isEmpty());
        sim.start(user);
        sim.run();
        assertEquals(List.of("a:early"), seen);
        traced.clear();
        sim.deliverToKeyNow(service(sim), 0, new Ind("now"));
        assertEquals(List.of("a:early", "a:now"), seen);
        assertEquals(List.of(user.port), traced);
    }

    @Test
    void twoPortsUnderOneNodeBothGetItAndOneRemainsAfterTheOtherIsGone() {
        Simulation sim = withService(null);
        List<String> seen = new ArrayList<>();
        User a = sim.createRoot(User.class, new UserInit(seen, "a", true), 5);
        User b = sim.createRoot(User.class, new UserInit(seen, "b", true), 5);
        sim.start(a);
        sim.start(b);
        sim.run();
        assertEquals(2, sim.deliverToKey(service(sim), 5, new Ind("both")));
        sim.run();
        assertEquals(List.of("a:both", "b:both"), seen);
        sim.kill(a);
        sim.run();
        seen.clear();
        assertEquals(1, sim.deliverToKeyNow(service(sim), 5, new Ind("one")));
        assertEquals(List.of("b:one"), seen);
        assertTrue(b.port.isBoundToService());
        assertFalse(a.port.isBoundToService());
        sim.kill(b);
        sim.run();
        assertFalse(sim.hasKey(service(sim), 5));
        assertSame(null, service(sim).soleBoundOwner(5));
    }
}

package io.gossamer.sim.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link ProvidedPort#isHeard}: a provider may skip building an indication nobody receives,
 * so every way of receiving one (a channel, a service binding, an observer of the run) must
 * make it true, and nothing else.
 */
class IndicationHeardTest {

    /** Indications Ind and Other from a provider to its users. */
    public static final class Svc extends PortType {
        public Svc() {
            indication(Ind.class);
            indication(Other.class);
        }
    }

    record Ind(int value) {
    }

    record Other(int value) {
    }

    static final class Provider extends ComponentDefinition {
        final ProvidedPort<Svc> port = provides(Svc.class);
    }

    static final class User extends ComponentDefinition {
        final RequiredPort<Svc> port = requires(Svc.class);
    }

    @Test
    void aLonelyProviderIsNotHeard() {
        Simulation sim = new Simulation(1);
        Provider provider = sim.createRoot(Provider.class, Init.none(), 0);
        assertFalse(provider.port.isHeard(Ind.class));
    }

    @Test
    void aChannelMakesItHeard() {
        Simulation sim = new Simulation(1);
        Provider provider = sim.createRoot(Provider.class, Init.none(), 0);
        User user = sim.createRoot(User.class, Init.none(), 0);
        sim.connect(provider.port, user.port);
        assertTrue(provider.port.isHeard(Ind.class));
    }

    @Test
    void aPortBoundToTheRegisteredServiceMakesItHeard() {
        Simulation sim = new Simulation(1);
        Provider provider = sim.createRoot(Provider.class, Init.none(), -1);
        sim.registerService(provider.port);
        assertFalse(provider.port.isHeard(Ind.class));
        sim.createRoot(User.class, Init.none(), 4);
        assertTrue(provider.port.isHeard(Ind.class));
    }

    @Test
    void anObserverMakesOnlyItsIndicationTypeHeard() {
        Simulation sim = new Simulation(1);
        Provider provider = sim.createRoot(Provider.class, Init.none(), 0);
        sim.observe(Svc.class, Ind.class, (node, ind) -> { });
        assertTrue(provider.port.isHeard(Ind.class));
        assertFalse(provider.port.isHeard(Other.class));
    }
}

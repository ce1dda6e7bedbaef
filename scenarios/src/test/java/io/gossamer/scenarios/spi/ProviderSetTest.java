package io.gossamer.scenarios.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.net.LossModel;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Providers registered in sets join the registries of their kinds, with the built-in ones. */
class ProviderSetTest {
    @TempDir
    Path dir;

    /** A loss model and a metric. */
    public static final class Extra implements ProviderSet {
        @Override
        public List<Provider> providers() {
            return List.of(Providers.loss("all", "every message is lost", (p, s) -> (src, dst, random) -> true),
                    Providers.metric("nothing", "measures nothing", (p, setup) -> () -> null));
        }
    }

    /** Two loss models of one name. */
    public static final class Twice implements ProviderSet {
        @Override
        public List<Provider> providers() {
            return List.of(Providers.loss("twice", "a", (p, s) -> LossModel.NONE), Providers.loss("twice", "b", (p, s) -> LossModel.NONE));
        }
    }

    /** A metric named like a built-in one. */
    public static final class Clash implements ProviderSet {
        @Override
        public List<Provider> providers() {
            return List.of(Providers.metric("nodes", "another", (p, setup) -> () -> null));
        }
    }

    private ClassLoader with(Class<? extends ProviderSet> set) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ProviderSet.class.getName()), set.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aSetsProvidersJoinTheRegistryOfTheirKind() throws IOException {
        Registries r = Registries.discover(with(Extra.class));
        assertEquals(List.of("all", "bernoulli", "gilbert-elliott", "none"), r.losses().all().stream().map(Provider::name).toList());
        assertTrue(r.metrics().all().stream().anyMatch(m -> m.name().equals("nothing")));
        assertTrue(r.metrics().all().stream().anyMatch(m -> m.name().equals("dissemination")));
        assertTrue(r.latencies().all().stream().noneMatch(m -> m.name().equals("all")));
    }

    @Test
    void twoProvidersOfOneKindAndNameAreAnError() throws IOException {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Registries.discover(with(Twice.class)));
        assertEquals("two loss models are named 'twice' in " + Twice.class.getName(), twice.getMessage());
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class, () -> Registries.discover(with(Clash.class)));
        assertEquals("two metrics are named 'nodes': io.gossamer.scenarios.builtin.Metrics and " + Clash.class.getName(),
                clash.getMessage());
    }
}

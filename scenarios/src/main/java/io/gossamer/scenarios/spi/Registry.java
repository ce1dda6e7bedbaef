package io.gossamer.scenarios.spi;

import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Providers of one kind found with {@link ServiceLoader}, by name. A scenario file can only
 * name what is registered here: nothing is ever loaded by a class name taken from a file.
 *
 * @param <T> the provider type
 */
public final class Registry<T extends Provider> {
    private final String what;
    private final Map<String, T> byName;

    private Registry(String what, Map<String, T> byName) {
        this.what = what;
        this.byName = byName;
    }

    /**
     * The providers of {@code type} visible to {@code loader}, registered one by one or in a
     * {@link ProviderSet}, sorted by name.
     */
    public static <T extends Provider> Registry<T> load(String what, Class<T> type, ClassLoader loader) {
        Map<String, T> found = new TreeMap<>();
        // Where each name came from (a provider class or a set class): one found twice is one provider.
        Map<String, Class<?>> origins = new HashMap<>();
        try {
            for (T provider : ServiceLoader.load(type, loader)) {
                add(what, found, origins, provider, provider.getClass());
            }
            for (ProviderSet set : ServiceLoader.load(ProviderSet.class, loader)) {
                Set<String> names = new HashSet<>();
                for (Provider p : set.providers()) {
                    if (type.isInstance(p)) {
                        if (!names.add(p.name())) {
                            throw new IllegalArgumentException("two " + what + "s are named '" + p.name() + "' in "
                                    + set.getClass().getName());
                        }
                        add(what, found, origins, type.cast(p), set.getClass());
                    }
                }
            }
        } catch (java.util.ServiceConfigurationError e) {
            // A plug-in jar whose service file names a class that is missing or cannot be made.
            throw new IllegalArgumentException("a " + what + " provider cannot be loaded: " + e.getMessage(), e);
        }
        return new Registry<>(what, found);
    }

    private static <T extends Provider> void add(String what, Map<String, T> found, Map<String, Class<?>> origins, T provider,
            Class<?> origin) {
        Class<?> previous = origins.putIfAbsent(provider.name(), origin);
        if (previous != null && previous != origin) {
            throw new IllegalArgumentException("two " + what + "s are named '" + provider.name() + "': "
                    + previous.getName() + " and " + origin.getName());
        }
        found.put(provider.name(), provider);
    }

    /** A registry of the given providers (for tests and embedding). */
    public static <T extends Provider> Registry<T> of(String what, List<T> providers) {
        Map<String, T> found = new TreeMap<>();
        providers.forEach(p -> found.put(p.name(), p));
        return new Registry<>(what, found);
    }

    /** The provider named {@code name}; an error at {@code where} listing the known ones otherwise. */
    public T get(String name, Location where) {
        T p = byName.get(name);
        if (p == null) {
            throw new ScenarioFileException(where, Keys.unknown(what, name, byName.keySet(), ""));
        }
        return p;
    }

    /** Every provider, sorted by name. */
    public Collection<T> all() {
        return byName.values();
    }

    /** What it holds ("protocol", "metric", ...). */
    public String what() {
        return what;
    }
}

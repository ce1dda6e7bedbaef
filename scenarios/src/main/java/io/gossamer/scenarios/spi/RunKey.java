package io.gossamer.scenarios.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * A typed key for state that the providers of one run share (see {@link RunSetup#shared}):
 * made by {@link #create} on first use, the same object for the rest of the run. Keys compare
 * by identity, so declare each one once, as a constant.
 *
 * <pre>{@code
 * static final RunKey<WellKnownAddress> BROKER = RunKey.of("broker", run -> new WellKnownAddress("broker"));
 * WellKnownAddress broker = setup.shared(BROKER);
 * }</pre>
 *
 * @param <T> the type of the shared object
 */
public final class RunKey<T> {
    private final String name;
    private final Function<RunSetup, T> create;

    private RunKey(String name, Function<RunSetup, T> create) {
        this.name = Objects.requireNonNull(name);
        this.create = Objects.requireNonNull(create);
    }

    /** A key whose object {@code create} makes, once per run. */
    public static <T> RunKey<T> of(String name, Function<RunSetup, T> create) {
        return new RunKey<>(name, create);
    }

    /** Makes the object for a run. */
    public T create(RunSetup setup) {
        return create.apply(setup);
    }

    @Override
    public String toString() {
        return name;
    }
}

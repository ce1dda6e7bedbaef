package io.gossamer.scenarios.spi;

import java.util.List;
import java.util.Objects;

/**
 * The name, description and parameters of a provider, held once: the base of the built-in
 * protocols, metrics, operations and models, and of a plug-in's. Parameters come either as a
 * list or from configuration records annotated with {@link io.gossamer.sim.config.Parameter}
 * (see {@link Parameters}).
 */
public abstract class BaseProvider implements Provider {
    private final String name;
    private final String description;
    private final List<Param> params;

    /** A provider with the given parameters. */
    protected BaseProvider(String name, String description, List<Param> params) {
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.params = List.copyOf(params);
    }

    /** A provider with the given parameters. */
    protected BaseProvider(String name, String description, Param... params) {
        this(name, description, List.of(params));
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<Param> parameters() {
        return params;
    }
}

package io.gossamer.scenarios.spi;

import java.util.List;

/**
 * Something a scenario file names: a protocol, a latency or loss model, a metric, an
 * operation. Found by {@link #name()} in a {@link Registry}, never by class name.
 */
public interface Provider {
    /** The name used in scenario files (lower case, words joined by '-'). */
    String name();

    /** One line saying what it is. */
    String description();

    /** The parameters it takes, in the order the docs list them. */
    List<Param> parameters();
}

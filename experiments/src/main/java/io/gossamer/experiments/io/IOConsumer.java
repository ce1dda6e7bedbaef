package io.gossamer.experiments.io;

import java.io.IOException;

/**
 * A consumer that may throw {@link IOException}, for code that writes to a stream handed to it.
 *
 * @param <T> what it consumes
 */
@FunctionalInterface
public interface IOConsumer<T> {
    /** Consumes the value. */
    void accept(T value) throws IOException;
}

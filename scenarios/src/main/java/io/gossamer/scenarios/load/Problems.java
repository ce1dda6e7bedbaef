package io.gossamer.scenarios.load;

import io.gossamer.scenarios.yaml.ScenarioFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The problems found while reading one scenario. Reading goes on after a bad section or list
 * item, so that one look reports all problems of a file (up to {@link #MAX}).
 */
final class Problems {
    /** After this many, reading stops. */
    static final int MAX = 20;
    private final List<ScenarioFileException> found = new ArrayList<>();

    /** The value {@code read} gives, or null if it fails (the failure is kept). */
    <T> T attempt(Supplier<T> read) {
        try {
            return read.get();
        } catch (ScenarioFileException e) {
            add(e);
            return null;
        }
    }

    /** Runs a check, keeping its failure. */
    void check(Runnable check) {
        attempt(() -> {
            check.run();
            return null;
        });
    }

    /** Keeps a problem; throws them all once there are {@link #MAX}. */
    void add(ScenarioFileException e) {
        found.addAll(e.problems());
        if (found.size() >= MAX) {
            throw ScenarioFileException.of(found.subList(0, MAX), true);
        }
    }

    /** Throws all problems found, if any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw ScenarioFileException.of(found, false);
        }
    }
}

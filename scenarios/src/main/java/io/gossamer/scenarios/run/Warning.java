package io.gossamer.scenarios.run;

import io.gossamer.scenarios.yaml.Location;

/**
 * A scenario that runs but cannot mean what it says (e.g. pub/sub clients with no broker).
 * Printed by validate, run and sweep, stored in summary.json; {@code --strict} makes it an error.
 *
 * @param location where the scenario says it
 * @param message what is wrong, in words
 */
public record Warning(Location location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}

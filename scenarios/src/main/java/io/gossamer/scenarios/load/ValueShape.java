package io.gossamer.scenarios.load;

import io.gossamer.scenarios.spi.Kind;
import java.util.List;

/**
 * What a core key's value looks like, for the JSON Schema: a typed value, a bounded whole
 * number, one of fixed words, or a structure the schema defines under a name.
 */
public sealed interface ValueShape {
    /** A value of a parameter kind (duration, fraction, text, ...). */
    record Of(Kind kind) implements ValueShape {
    }

    /** A whole number in [min, max]. */
    record Whole(long min, long max) implements ValueShape {
    }

    /** One of these words. */
    record Choice(List<String> values) implements ValueShape {
        /** Copies the list. */
        public Choice {
            values = List.copyOf(values);
        }
    }

    /** A structure defined elsewhere under this name (a section, a list of sections, a provider). */
    record Defined(String name) implements ValueShape {
    }

    /** A list of at least {@code minItems} items of the structure defined under {@code item}. */
    record ListOf(String item, int minItems) implements ValueShape {
    }
}

package io.gossamer.sim.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one parameter of a component, once, on a component of its configuration record.
 * Scenario files, the JSON Schema, {@code gossamer list} and the docs all read this
 * declaration, so a protocol's parameter list lives next to the protocol and nowhere else.
 *
 * <pre>{@code
 * public record Config(
 *         @Parameter(doc = "peers each node forwards a new message to", defaultValue = "3", min = 1) int fanout,
 *         @Parameter(doc = "time between rounds", defaultValue = "100ms", unit = Unit.DURATION, min = 1) long period) {
 * }
 * }</pre>
 *
 * <p>The key in a scenario file is the component's name in kebab case ({@code maxRounds} is
 * {@code max-rounds}) unless {@link #key()} says otherwise. The value's type follows the
 * Java type: {@code int}/{@code long} whole numbers, {@code double} numbers, {@code boolean},
 * {@code String} text (one of {@link #choices()} when given) and enums (their constants in
 * lower case, {@code _} written {@code -}). {@link #unit()} makes a {@code long} a duration
 * in ns, a size in bytes or a bit rate in bit/s, and a {@code double} a fraction.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Parameter {
    /** What the parameter means, in one line. */
    String doc();

    /** The default as written in a scenario file ({@code "100ms"}, {@code "3"}); empty when the key is required. */
    String defaultValue() default "";

    /** The unit a number is given in. */
    Unit unit() default Unit.NONE;

    /** Smallest valid value of a whole number or unit value (in base units: ns, bytes, bit/s). */
    long min() default Long.MIN_VALUE;

    /** Largest valid value of a whole number or unit value (in base units). */
    long max() default Long.MAX_VALUE;

    /** For text: the valid values (empty: any text). */
    String[] choices() default {};

    /** The key in a scenario file, when not the component's name in kebab case. */
    String key() default "";

    /** How a number is written and read. */
    enum Unit {
        /** A plain number. */
        NONE,
        /** A duration with a unit (100ms, 2s), held in nanoseconds in a {@code long}. */
        DURATION,
        /** A size with a unit (1KiB), held in bytes in a {@code long}. */
        SIZE,
        /** A bit rate with a unit (10Mbit/s), held in bit/s in a {@code long}. */
        BIT_RATE,
        /** A share in [0, 1] (20% or 0.2), held in a {@code double}. */
        FRACTION
    }
}

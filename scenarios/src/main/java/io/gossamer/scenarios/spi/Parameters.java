package io.gossamer.scenarios.spi;

import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scenario parameters derived from a configuration record whose components carry
 * {@link Parameter}: {@link #declared} gives the {@link Param} list a provider offers,
 * {@link #bind} builds the record from the values a scenario file gave. A provider therefore
 * never restates a parameter's name, default or meaning.
 */
public final class Parameters {
    private Parameters() {
    }

    /** The parameters declared on {@code type}'s components, in declaration order. */
    public static List<Param> declared(Class<? extends Record> type) {
        List<Param> params = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Parameter p = c.getAnnotation(Parameter.class);
            if (p == null) {
                throw new IllegalArgumentException(type.getName() + "." + c.getName() + " has no @Parameter");
            }
            String def = p.defaultValue().isEmpty() ? null : p.defaultValue();
            List<String> choices = choices(c.getType(), p);
            params.add(new Param(key(c), kind(c.getType(), p.unit()), def, p.doc() + bounds(p), choices));
        }
        return List.copyOf(params);
    }

    /** The parameters of several records, in order (keys must not repeat). */
    @SafeVarargs
    public static List<Param> declared(Class<? extends Record>... types) {
        List<Param> all = new ArrayList<>();
        for (Class<? extends Record> t : types) {
            for (Param p : declared(t)) {
                if (all.stream().anyMatch(q -> q.key().equals(p.key()))) {
                    throw new IllegalArgumentException("parameter '" + p.key() + "' is declared twice (" + t.getName() + ")");
                }
                all.add(p);
            }
        }
        return List.copyOf(all);
    }

    /**
     * The record {@code type} with the values of {@code params}; a value out of its declared
     * bounds, or one the record's constructor rejects, is a scenario-file error at the line
     * where it was written.
     */
    public static <R extends Record> R bind(Class<R> type, Params params) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            args[i] = convert(c, params);
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidParameter invalid) {
                throw params.error(invalid.key(), invalid.reason());
            }
            if (cause instanceof IllegalArgumentException bad) {
                throw params.error(components.length == 0 ? "" : key(components[0]), bad.getMessage());
            }
            throw new IllegalStateException("cannot build " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName() + ": " + e, e);
        }
    }

    /** The key of a component: its {@link Parameter#key()} or its name in kebab case. */
    static String key(RecordComponent c) {
        Parameter p = c.getAnnotation(Parameter.class);
        if (p != null && !p.key().isEmpty()) {
            return p.key();
        }
        return kebab(c.getName());
    }

    /** {@code maxRounds} as {@code max-rounds}. */
    static String kebab(String name) {
        StringBuilder b = new StringBuilder();
        for (char ch : name.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('-').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static Kind kind(Class<?> type, Parameter.Unit unit) {
        if (type == long.class && unit != Parameter.Unit.NONE) {
            return switch (unit) {
                case DURATION -> Kind.DURATION;
                case SIZE -> Kind.SIZE;
                case BIT_RATE -> Kind.BIT_RATE;
                default -> throw new IllegalArgumentException("unit " + unit + " needs a double");
            };
        }
        if (type == double.class) {
            return unit == Parameter.Unit.FRACTION ? Kind.FRACTION : Kind.NUMBER;
        }
        if (unit != Parameter.Unit.NONE) {
            throw new IllegalArgumentException("unit " + unit + " does not apply to " + type.getName());
        }
        if (type == int.class || type == long.class) {
            return Kind.INTEGER;
        }
        if (type == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type == String.class || type.isEnum()) {
            return Kind.TEXT;
        }
        throw new IllegalArgumentException("a parameter cannot be of type " + type.getName());
    }

    private static List<String> choices(Class<?> type, Parameter p) {
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(e -> constantName((Enum<?>) e)).toList();
        }
        return List.of(p.choices());
    }

    private static String constantName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String bounds(Parameter p) {
        if (p.unit() != Parameter.Unit.NONE) {
            return "";
        }
        boolean lo = p.min() != Long.MIN_VALUE;
        boolean hi = p.max() != Long.MAX_VALUE;
        if (lo && hi) {
            return " (" + p.min() + " to " + p.max() + ")";
        }
        return lo ? " (at least " + p.min() + ")" : hi ? " (at most " + p.max() + ")" : "";
    }

    private static Object convert(RecordComponent c, Params params) {
        Parameter p = c.getAnnotation(Parameter.class);
        String key = key(c);
        Class<?> type = c.getType();
        if (type == int.class || type == long.class) {
            long v = (Long) params.values().get(key);
            long min = Math.max(p.min(), type == int.class ? Integer.MIN_VALUE : Long.MIN_VALUE);
            long max = Math.min(p.max(), type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE);
            if (v < min || v > max) {
                throw params.error(key, outOfBounds(p, min, max, v));
            }
            return type == int.class ? (Object) (int) v : (Object) v;
        }
        Object v = params.values().get(key);
        if (type.isEnum()) {
            for (Object e : type.getEnumConstants()) {
                if (constantName((Enum<?>) e).equals(v)) {
                    return e;
                }
            }
            throw params.error(key, "is not one of " + choices(type, p));
        }
        return v;
    }

    private static String outOfBounds(Parameter p, long min, long max, long v) {
        if (p.unit() == Parameter.Unit.DURATION && min == 1 && max == Long.MAX_VALUE) {
            return "must be a positive duration";
        }
        String what = p.unit() == Parameter.Unit.NONE ? Long.toString(v) : v + (p.unit() == Parameter.Unit.DURATION ? " ns" : "");
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return "must be at least " + describe(p, min) + ", got " + what;
        }
        return "must be between " + describe(p, min) + " and " + describe(p, max) + ", got " + what;
    }

    private static String describe(Parameter p, long v) {
        return p.unit() == Parameter.Unit.DURATION ? v + " ns" : Long.toString(v);
    }
}

package io.gossamer.scenarios.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.gossamer.scenarios.Units;
import io.gossamer.scenarios.load.Distributions;
import io.gossamer.scenarios.spi.Param;
import java.math.BigDecimal;
import java.util.List;

/**
 * Schemas of single values: the unit-carrying strings ({@link Units}), fractions,
 * distributions of durations ({@link Distributions}), and any {@link Param} by its kind.
 */
final class ValueSchemas {
    static final String DURATION = "duration";
    static final String SIZE = "size";
    static final String BIT_RATE = "bit-rate";
    static final String FRACTION = "fraction";
    static final String DISTRIBUTION = "distribution";
    static final String LATENCY = "latency";
    static final String LOSS = "loss";

    /** A non-negative number as {@link Units} reads it (a '+' is allowed, a '-' never makes sense). */
    private static final String NUMBER = "\\+?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?";

    private ValueSchemas() {
    }

    /** The value definitions, to go under {@code $defs}. */
    static void addDefinitions(ObjectNode defs) {
        defs.set(DURATION, unitString("A duration: a number and a unit (" + String.join(", ", Units.durationUnits())
                + ", any letter case), e.g. 100ms, 2.5s, 1min", Units.durationUnits()));
        defs.set(SIZE, unitString("A size: a number and a unit (" + String.join(", ", Units.sizeUnits())
                + "; KB = 1000 B, KiB = 1024 B), e.g. 512B, 1KiB", Units.sizeUnits()));
        defs.set(BIT_RATE, unitString("A bit rate: a number and a unit (" + String.join(", ", Units.bitRateUnits())
                + "), e.g. 10Mbit/s, 100KB/s", Units.bitRateUnits()));
        defs.set(FRACTION, fraction());
        defs.set(DISTRIBUTION, distribution());
    }

    /** The regular expression (ECMA-262 and java.util.regex alike) of a number with one of {@code units}. */
    static String unitPattern(List<String> units) {
        StringBuilder alternatives = new StringBuilder();
        for (String unit : units) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(unitRegex(unit));
        }
        return "^\\s*" + NUMBER + "\\s*(?:" + alternatives + ")\\s*$";
    }

    /** The pattern of a percentage, e.g. 20% or 2.5 %. */
    static String percentPattern() {
        return "^\\s*" + NUMBER + "\\s*%\\s*$";
    }

    private static String unitRegex(String unit) {
        StringBuilder r = new StringBuilder();
        for (char c : unit.toCharArray()) {
            boolean asciiLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (asciiLetter && Units.ignoresCase(unit)) {
                r.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
            } else if (Character.isLetterOrDigit(c) || c == '/') {
                r.append(c);
            } else {
                r.append('\\').append(c);
            }
        }
        return r.toString();
    }

    private static ObjectNode unitString(String description, List<String> units) {
        return Json.described(description, Json.type("string").put("pattern", unitPattern(units)));
    }

    private static ObjectNode fraction() {
        ObjectNode number = Json.type("number").put("minimum", 0).put("maximum", 1);
        ObjectNode percent = Json.type("string").put("pattern", percentPattern());
        ObjectNode f = Json.object().put("description", "A fraction in [0, 1]: a number such as 0.2 or a percentage such as 20%");
        f.set("anyOf", Json.schemas(number, percent));
        return f;
    }

    private static ObjectNode distribution() {
        ObjectNode byName = Json.object();
        for (String name : Distributions.NAMES) {
            byName.set(name, distributionParameters(name));
        }
        ObjectNode mapping = Json.type("object").put("minProperties", 1).put("maxProperties", 1);
        mapping.set("properties", byName);
        mapping.put("additionalProperties", false);
        ObjectNode d = Json.object().put("description", "A distribution of durations: a duration (constant) or a mapping with one"
                + " distribution, e.g. {exponential: 100ms}, {uniform: [1s, 2s]}, {normal: {mean: 1s, sd: 100ms}}");
        d.set("oneOf", Json.schemas(Json.ref(DURATION), mapping));
        return d;
    }

    private static ObjectNode distributionParameters(String name) {
        switch (name) {
            case "constant":
                return Json.described("always this duration", Json.ref(DURATION));
            case "exponential":
                return Json.described("exponential with this (positive) mean", Json.ref(DURATION));
            case "uniform": {
                ObjectNode pair = Json.type("array").put("minItems", 2).put("maxItems", 2);
                pair.set("items", Json.ref(DURATION));
                ObjectNode range = allRequired(Json.object()
                        .<ObjectNode>set("min", Json.described("smallest duration", Json.ref(DURATION)))
                        .set("max", Json.described("largest duration", Json.ref(DURATION))));
                ObjectNode u = Json.object().put("description", "uniform between two durations: [min, max] or {min: .., max: ..}");
                u.set("oneOf", Json.schemas(pair, range));
                return u;
            }
            case "normal":
            case "lognormal":
                return Json.described(name + " with this mean and standard deviation, e.g. {mean: 1s, sd: 100ms}",
                        allRequired(Json.object()
                                .<ObjectNode>set("mean", Json.described("the mean", Json.ref(DURATION)))
                                .set("sd", Json.described("the standard deviation", Json.ref(DURATION)))));
            case "pareto":
            case "weibull":
                return Json.described(name + " with a scale (a duration) and a shape, e.g. {scale: 1s, shape: 2}",
                        allRequired(Json.object()
                                .<ObjectNode>set("scale", Json.described("the scale", Json.ref(DURATION)))
                                .set("shape", Json.described("the shape: a positive number",
                                        Json.type("number").put("exclusiveMinimum", 0)))));
            case "empirical":
                return Json.described("draws from the durations in a file (one per line, '#' starts a comment),"
                        + " relative to the scenario file", Json.type("string"));
            default:
                throw new IllegalStateException("no schema for the distribution '" + name + "'");
        }
    }

    // A mapping with exactly these keys, all required.
    private static ObjectNode allRequired(ObjectNode properties) {
        ObjectNode o = Json.type("object");
        o.set("properties", properties);
        ArrayNode required = Json.array();
        properties.fieldNames().forEachRemaining(required::add);
        o.set("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    /** The schema of a parameter, with its doc, kind, default and (for text) choices. */
    static ObjectNode of(Param p) {
        ObjectNode schema = ofKind(p.kind(), p.choices());
        String description = p.doc() + ": " + p.kind().description() + (p.isRequired() ? " (required)"
                : p.defaultValue().isEmpty() ? " (optional)" : " (default " + p.defaultValue() + ")");
        ObjectNode out = Json.described(description, schema);
        if (!p.isRequired() && !p.defaultValue().isEmpty()) {
            out.set("default", defaultValue(p));
        }
        return out;
    }

    /** The schema of a value of a kind; text takes one of {@code choices} unless it is empty. */
    static ObjectNode ofKind(io.gossamer.scenarios.spi.Kind kind, List<String> choices) {
        return switch (kind) {
            case DURATION -> Json.ref(DURATION);
            case SIZE -> Json.ref(SIZE);
            case BIT_RATE -> Json.ref(BIT_RATE);
            case FRACTION -> Json.ref(FRACTION);
            case INTEGER -> Json.type("integer");
            case NUMBER -> Json.type("number");
            case BOOLEAN -> Json.type("boolean");
            case TEXT -> choices.isEmpty() ? Json.type("string") : Json.enumOf(choices);
            case PATH -> Json.type("string");
            case DISTRIBUTION -> Json.ref(DISTRIBUTION);
            case LATENCY_MODEL -> Json.ref(LATENCY);
            case LOSS_MODEL -> Json.ref(LOSS);
            case NEIGHBOURS -> Json.ref(ProviderSchemas.NEIGHBOURS);
        };
    }

    private static JsonNode defaultValue(Param p) {
        String text = p.defaultValue();
        try {
            switch (p.kind()) {
                case INTEGER:
                    return LongNode.valueOf(Long.parseLong(text.replace("_", "")));
                case NUMBER:
                    return DecimalNode.valueOf(new BigDecimal(text));
                case BOOLEAN:
                    return BooleanNode.valueOf(Boolean.parseBoolean(text));
                default:
                    return TextNode.valueOf(text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalStateException("parameter '" + p.key() + "' has a default that is not " + p.kind().description() + ": " + text, e);
        }
    }
}

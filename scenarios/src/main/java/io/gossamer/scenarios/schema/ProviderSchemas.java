package io.gossamer.scenarios.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.scenarios.spi.LatencyProvider;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.spi.Registry;
import java.util.ArrayList;
import java.util.List;

/**
 * Schemas that follow the registries: a mapping that names its provider under a key
 * ({@code do}, {@code model}, {@code name}) gets one {@code if}/{@code then} branch per
 * provider allowing exactly that provider's parameters, so editors can check and complete
 * them.
 */
final class ProviderSchemas {
    static final String PROTOCOL = "protocol";
    static final String METRIC = "metric";
    static final String NEIGHBOURS = "neighbours";

    private ProviderSchemas() {
    }

    /** The latency, loss, protocol and metric definitions, to go under {@code $defs}. */
    static void addDefinitions(ObjectNode defs, Registries registries) {
        defs.set(ValueSchemas.LATENCY, latency(registries.latencies()));
        defs.set(ValueSchemas.LOSS, loss(registries.losses()));
        defs.set(PROTOCOL, protocol(registries.protocols()));
        defs.set(NEIGHBOURS, neighbours(registries.neighbours()));
        defs.set(METRIC, metric(registries.metrics()));
    }

    /** The names of a registry's providers, as a string enum. */
    static ObjectNode names(Registry<?> registry) {
        return Json.enumOf(namesOf(registry));
    }

    /** The names of a registry's providers, sorted. */
    static List<String> namesOf(Registry<?> registry) {
        List<String> names = new ArrayList<>();
        registry.all().forEach(p -> names.add(p.name()));
        return names;
    }

    /**
     * An object whose key {@code discriminator} names one of {@code registry}'s providers.
     *
     * @param common the keys every such object may have, including the discriminator itself
     *     (whose schema lists the names); each provider's branch adds its parameters
     */
    static ObjectNode discriminated(ObjectNode common, String discriminator, Registry<?> registry) {
        if (!common.has(discriminator)) {
            throw new IllegalStateException("the common keys must include the discriminator '" + discriminator + "'");
        }
        ObjectNode o = Json.type("object");
        o.set("properties", common.deepCopy());
        o.set("required", Json.strings(List.of(discriminator)));
        ArrayNode branches = Json.array();
        for (Provider p : registry.all()) {
            branches.add(branch(common, discriminator, p));
        }
        o.set("allOf", branches);
        return o;
    }

    private static ObjectNode branch(ObjectNode common, String discriminator, Provider p) {
        ObjectNode named = Json.object();
        named.set(discriminator, Json.object().put("const", p.name()));
        ObjectNode condition = Json.object();
        condition.set("properties", named);
        condition.set("required", Json.strings(List.of(discriminator)));

        ObjectNode properties = common.deepCopy();
        properties.set(discriminator, Json.object().put("description", p.name() + ": " + p.description()).put("const", p.name()));
        List<String> required = new ArrayList<>(List.of(discriminator));
        for (Param param : p.parameters()) {
            if (properties.has(param.key())) {
                throw new IllegalStateException("parameter '" + param.key() + "' of '" + p.name() + "' clashes with a key every "
                        + discriminator + "-mapping has");
            }
            properties.set(param.key(), ValueSchemas.of(param));
            if (param.isRequired()) {
                required.add(param.key());
            }
        }
        ObjectNode then = Json.object();
        then.set("properties", properties);
        then.set("required", Json.strings(required));
        then.put("additionalProperties", false);

        ObjectNode b = Json.object();
        b.set("if", condition);
        b.set("then", then);
        return b;
    }

    private static ObjectNode modelMapping(Registry<?> registry, String what, Param... commonParams) {
        ObjectNode common = Json.object();
        common.set("model", Json.described("the " + what + " model: " + String.join(", ", namesOf(registry)), names(registry)));
        for (Param p : commonParams) {
            common.set(p.key(), ValueSchemas.of(p));
        }
        return Json.described("{model: NAME, parameters...}", discriminated(common, "model", registry));
    }

    private static ObjectNode latency(Registry<?> registry) {
        ObjectNode l = Json.object().put("description", "A latency: a duration (the same one-way delay for every message, "
                + "e.g. 50ms) or {model: NAME, parameters...}, e.g. {model: lognormal, mean: 50ms, sd: 20ms}");
        l.set("oneOf", Json.schemas(Json.described("shorthand for {model: constant, delay: ...}", Json.ref(ValueSchemas.DURATION)),
                modelMapping(registry, "latency", LatencyProvider.GRANULARITY)));
        return l;
    }

    private static ObjectNode loss(Registry<?> registry) {
        ObjectNode l = Json.object().put("description", "A loss: none, a fraction (each message lost independently with that"
                + " probability, e.g. 1%) or {model: NAME, parameters...}, e.g. {model: gilbert-elliott, good-to-bad: 1%, bad-to-good: 20%}");
        l.set("oneOf", Json.schemas(Json.described("no loss", Json.object().put("const", "none")),
                Json.described("shorthand for {model: bernoulli, rate: ...}", Json.ref(ValueSchemas.FRACTION)),
                modelMapping(registry, "loss")));
        return l;
    }

    private static ObjectNode protocol(Registry<?> registry) {
        return named(registry, "protocol", "A protocol: its name (all parameters at their defaults) or"
                + " {name: NAME, parameters...}, e.g. {name: flood, ttl: 6}");
    }

    private static ObjectNode neighbours(Registry<?> registry) {
        return named(registry, "neighbour source", "Where a protocol's peers come from: a name (all parameters at their"
                + " defaults) or {name: NAME, parameters...}, e.g. {name: cyclon, view-size: 30}");
    }

    private static ObjectNode named(Registry<?> registry, String what, String description) {
        ObjectNode common = Json.object();
        common.set("name", Json.described("the " + what + ": " + String.join(", ", namesOf(registry)), names(registry)));
        ObjectNode p = Json.object().put("description", description);
        p.set("oneOf", Json.schemas(Json.described("the " + what + "'s name", names(registry)),
                Json.described("{name: NAME, parameters...}", discriminated(common, "name", registry))));
        return p;
    }

    private static ObjectNode metric(Registry<?> registry) {
        ObjectNode byName = Json.object();
        for (Provider p : registry.all()) {
            ObjectNode params = Json.object();
            List<String> required = new ArrayList<>();
            for (Param param : p.parameters()) {
                params.set(param.key(), ValueSchemas.of(param));
                if (param.isRequired()) {
                    required.add(param.key());
                }
            }
            ObjectNode s = Json.object().put("description", p.name() + ": " + p.description());
            s.set("type", Json.strings(List.of("object", "null")));
            s.set("properties", params);
            if (!required.isEmpty()) {
                s.set("required", Json.strings(required));
            }
            s.put("additionalProperties", false);
            byName.set(p.name(), s);
        }
        ObjectNode withParams = Json.type("object").put("minProperties", 1).put("maxProperties", 1);
        withParams.set("properties", byName);
        withParams.put("additionalProperties", false);
        ObjectNode m = Json.object().put("description", "A metric: its name, or {NAME: {parameters...}}, e.g. traffic: {every: 100ms}");
        m.set("oneOf", Json.schemas(Json.described("the metric's name (all parameters at their defaults)", names(registry)),
                Json.described("{NAME: {parameters...}}", withParams)));
        return m;
    }
}

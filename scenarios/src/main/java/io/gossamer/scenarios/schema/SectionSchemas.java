package io.gossamer.scenarios.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.scenarios.load.CoreSection;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.spi.Registries;
import java.util.List;

/**
 * The core sections of a scenario file (network, overlay, node classes, processes, their
 * start, sweep, report), each made from the keys the loader declares, and the structures their keys
 * refer to.
 */
final class SectionSchemas {
    static final String NETWORK = "network";
    static final String CONNECTIONS = "connections";
    static final String OVERLAY = "overlay";
    static final String NODE_CLASS = "node-class";
    static final String PROCESS = "process";
    static final String START = "start";
    static final String SWEEP = "sweep";

    private SectionSchemas() {
    }

    /** The section definitions, to go under {@code $defs}. */
    static void addDefinitions(ObjectNode defs, Registries registries) {
        defs.set(NETWORK, closed("network", registries));
        defs.set(CONNECTIONS, closed("network.connections", registries));
        defs.set(OVERLAY, closed("overlay", registries));
        defs.set(NODE_CLASS, closed("nodes[]", registries));
        defs.set(PROCESS, process(registries));
        defs.set(START, start(registries));
        defs.set(SWEEP, closed("sweep", registries));
        defs.set("sweep-seeds", seeds());
        defs.set("sweep-dimensions", dimensions());
        defs.set("sweep-variants", variants());
        defs.set("report", closed("report", registries));
        ObjectNode plots = Json.type("array");
        plots.set("items", Json.type("string").put("pattern", "^[a-z0-9_-]+(\\.[a-z0-9_-]+)?$"));
        defs.set("report-plots", plots);
    }

    static CoreSection section(String path) {
        for (CoreSection s : ScenarioLoader.SECTIONS) {
            if (s.path().equals(path)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no section " + path);
    }

    private static ObjectNode closed(String path, Registries registries) {
        return KeyedProperties.closedObject(section(path), registries);
    }

    private static ObjectNode process(Registries registries) {
        CoreSection process = section("processes[]");
        ObjectNode common = KeyedProperties.properties(process, registries);
        return Json.described(process.summary(), ProviderSchemas.discriminated(common, "do", registries.operations()));
    }

    private static ObjectNode start(Registries registries) {
        CoreSection start = section("processes[].start");
        ObjectNode all = KeyedProperties.properties(start, registries);
        // Exactly one anchor; a delay goes with the two that name a process.
        ArrayNode choices = Json.schemas(Json.described("shorthand for {at: ...}", Json.ref(ValueSchemas.DURATION)));
        for (String anchor : start.names()) {
            if (anchor.equals("delay")) {
                continue;
            }
            ObjectNode properties = Json.object();
            properties.set(anchor, all.get(anchor).deepCopy());
            if (!anchor.equals("at")) {
                properties.set("delay", all.get("delay").deepCopy());
            }
            ObjectNode o = Json.type("object");
            o.set("properties", properties);
            o.set("required", Json.strings(List.of(anchor)));
            o.put("additionalProperties", false);
            choices.add(o);
        }
        ObjectNode s = Json.object().put("description", start.summary());
        s.set("oneOf", choices);
        return s;
    }

    private static ObjectNode seeds() {
        ObjectNode seedList = Json.type("array").put("minItems", 1);
        seedList.set("items", Json.type("integer"));
        ObjectNode seeds = Json.object();
        seeds.set("oneOf", Json.schemas(Json.described("replicates per point, each with a seed derived from the scenario's seed and the point",
                Json.type("integer").put("minimum", 1).put("maximum", 100_000)), Json.described("one replicate per seed", seedList)));
        return seeds;
    }
    private static ObjectNode variants() {
        ObjectNode noSweep = Json.object();
        noSweep.set("not", Json.object().put("pattern", "^sweep"));
        ObjectNode sets = Json.type("object").put("description", "value paths and the values this variant gives them")
                .put("minProperties", 1);
        sets.set("propertyNames", noSweep);
        ObjectNode v = Json.type("object").put("minProperties", 1);
        v.set("additionalProperties", sets);
        return v;
    }

    private static ObjectNode dimensions() {
        ObjectNode values = Json.object().put("description", "the values, each written as in the file (a scalar, list or mapping)")
                .put("type", "array").put("minItems", 1);
        ObjectNode noSweep = Json.object();
        noSweep.set("not", Json.object().put("pattern", "^sweep"));
        ObjectNode d = Json.type("object");
        d.set("propertyNames", noSweep);
        d.set("additionalProperties", values);
        return d;
    }
}

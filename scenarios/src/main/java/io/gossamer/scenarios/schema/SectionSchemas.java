package io.gossamer.scenarios.schema;

import static io.gossamer.scenarios.schema.ValueSchemas.BIT_RATE;
import static io.gossamer.scenarios.schema.ValueSchemas.DISTRIBUTION;
import static io.gossamer.scenarios.schema.ValueSchemas.DURATION;
import static io.gossamer.scenarios.schema.ValueSchemas.FRACTION;
import static io.gossamer.scenarios.schema.ValueSchemas.LATENCY;
import static io.gossamer.scenarios.schema.ValueSchemas.LOSS;
import static io.gossamer.scenarios.schema.ValueSchemas.SIZE;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.spi.Registries;
import java.util.List;

/**
 * The sections of a scenario file with fixed keys (network, overlay, node classes, processes,
 * their start, sweep), each built over the loader's key list.
 */
final class SectionSchemas {
    static final String NETWORK = "network";
    static final String OVERLAY = "overlay";
    static final String NODE_CLASS = "node-class";
    static final String PROCESS = "process";
    static final String START = "start";
    static final String SWEEP = "sweep";

    private SectionSchemas() {
    }

    /** The section definitions, to go under {@code $defs}. */
    static void addDefinitions(ObjectNode defs, Registries registries) {
        defs.set(NETWORK, network());
        defs.set(OVERLAY, overlay());
        defs.set(NODE_CLASS, nodeClass());
        defs.set(PROCESS, process(registries));
        defs.set(START, start());
        defs.set(SWEEP, sweep());
    }

    private static ObjectNode network() {
        return new KeyedProperties(NETWORK, ScenarioLoader.NETWORK_KEYS)
                .put("latency", "one-way delay of every message (default 0ms), e.g. 50ms or {model: lognormal, mean: 50ms, sd: 20ms}",
                        Json.ref(LATENCY))
                .put("loss", "which messages are lost (default none), e.g. 1% or {model: gilbert-elliott, good-to-bad: 1%, bad-to-good: 20%}",
                        Json.ref(LOSS))
                .put("uplink", "every node's upload capacity unless its class sets one (default: unlimited), e.g. 10Mbit/s",
                        Json.ref(BIT_RATE))
                .put("downlink", "every node's download capacity unless its class sets one (default: unlimited), e.g. 50Mbit/s",
                        Json.ref(BIT_RATE))
                .put("header-bytes", "bytes each message adds to its payload (default 0B, at most 64KiB), e.g. 40B",
                        Json.ref(SIZE))
                .put("connections", "how the connection-oriented transport behaves (timeouts, hole punching)", connections())
                .closedObject("The network every message crosses: latency, loss and link capacities");
    }

    private static ObjectNode connections() {
        return new KeyedProperties("network.connections", ScenarioLoader.CONNECTION_KEYS)
                .put("connect-timeout", "a handshake with no answer by then has failed (default 3s)", Json.ref(DURATION))
                .put("idle-timeout", "a connection opened on demand and unused this long is closed (default 60s)",
                        Json.ref(DURATION))
                .put("failure-detection", "delay before the peers of a failed node learn that their connections to it"
                        + " are closed (default 5s)", Json.ref(DURATION))
                .put("hole-punching", "let connections reach private nodes when both NAT types allow hole punching"
                        + " (default false)", Json.type("boolean"))
                .closedObject("Timeouts of connections and whether private nodes can be reached by hole punching");
    }

    private static ObjectNode overlay() {
        return new KeyedProperties(OVERLAY, ScenarioLoader.OVERLAY_KEYS)
                .put("type", "the graph (default d-out): " + String.join(", ", OverlaySpec.TYPES), Json.enumOf(OverlaySpec.TYPES))
                .put("degree", "out-degree (d-out), degree (random-regular; watts-strogatz: even) or links per new node"
                        + " (barabasi-albert); default 8", Json.type("integer").put("minimum", 1).put("maximum", 10_000))
                .put("rewire", "watts-strogatz: the chance each link is rewired (default 10%)", Json.ref(FRACTION))
                .closedObject("The static overlay that overlay protocols (e.g. flood) run on, over all node ids of the run");
    }

    private static ObjectNode nodeClass() {
        return new KeyedProperties("nodes[]", ScenarioLoader.NODE_KEYS)
                .put("class", "the class's name, unique; processes, --set and sweeps refer to it (default class0, class1, ...)",
                        Json.type("string"))
                .put("count", "nodes of this class started at time 0", Json.type("integer").put("minimum", 0))
                .put("share", "share of node-count, and of the nodes that join, churn and replace start without a class;"
                        + " if one class has a share, all shares add up to 100% (default: the class's part of the initial nodes)",
                        Json.ref(FRACTION))
                .put("public", "share of the class's nodes that are public (not behind a NAT); default 100%", Json.ref(FRACTION))
                .put("nat", "the NAT of the other nodes (default port-restricted): " + String.join(", ", ScenarioLoader.NAT_TYPES),
                        Json.enumOf(ScenarioLoader.NAT_TYPES))
                .put("uplink", "upload capacity of each node of the class; a class that sets uplink or downlink replaces"
                        + " network's link, and the one it leaves out is unlimited", Json.ref(BIT_RATE))
                .put("downlink", "download capacity of each node of the class; a class that sets uplink or downlink replaces"
                        + " network's link, and the one it leaves out is unlimited", Json.ref(BIT_RATE))
                .put("access-latency", "delay added at this end of every message a node sends or receives (default 0ms)",
                        Json.ref(DURATION))
                .put("protocol", "what the nodes run: a protocol name or {name: NAME, parameters...}", Json.ref(ProviderSchemas.PROTOCOL))
                .closedObject("A node class: how many nodes, their network access and their protocol");
    }

    private static ObjectNode process(Registries registries) {
        ObjectNode common = new KeyedProperties("processes[]", List.copyOf(ScenarioLoader.PROCESS_KEYS))
                .put("name", "the process's name, unique; start: {after-end-of: NAME} refers to it (default process0, process1, ...)",
                        Json.type("string"))
                .put("do", "the operation it raises: " + String.join(", ", ProviderSchemas.namesOf(registries.operations())),
                        ProviderSchemas.names(registries.operations()))
                .put("count", "how many operations it raises (default 1)", Json.type("integer").put("minimum", 1))
                .put("every", "the gap between operations: a duration or a distribution, e.g. {exponential: 1s}; needed when"
                        + " count > 1 unless the operation derives it (replace)", Json.ref(DISTRIBUTION))
                .put("start", "when it starts (default 0s): a time, or {after-start-of: NAME} / {after-end-of: NAME} with a delay",
                        Json.ref(START))
                .put("stop", "the time after which it raises nothing (default: never)", Json.ref(DURATION))
                .properties();
        return Json.described("A process: raises 'count' operations of one kind, 'every' apart, from its start",
                ProviderSchemas.discriminated(common, "do", registries.operations()));
    }

    private static ObjectNode start() {
        ObjectNode all = new KeyedProperties("processes[].start", ScenarioLoader.START_KEYS)
                .put("at", "this simulated time", Json.ref(DURATION))
                .put("after-start-of", "when the named process starts (plus delay)", Json.type("string"))
                .put("after-end-of", "when the named process ends: its last operation, or its stop time (plus delay)", Json.type("string"))
                .put("delay", "wait this long after the named process's start or end (default 0s)", Json.ref(DURATION))
                .properties();
        // Exactly one anchor; a delay goes with the two that name a process.
        ArrayNode choices = Json.schemas(Json.described("shorthand for {at: ...}", Json.ref(DURATION)));
        for (String anchor : ScenarioLoader.START_KEYS) {
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
        ObjectNode s = Json.object().put("description", "When a process starts: a time (e.g. 10s), {at: TIME},"
                + " {after-start-of: NAME, delay: D} or {after-end-of: NAME, delay: D}");
        s.set("oneOf", choices);
        return s;
    }

    private static ObjectNode sweep() {
        ObjectNode seedList = Json.type("array").put("minItems", 1);
        seedList.set("items", Json.type("integer"));
        ObjectNode seeds = Json.object();
        seeds.set("oneOf", Json.schemas(Json.described("replicates per point, each with a seed derived from the scenario's seed and the point",
                Json.type("integer").put("minimum", 1).put("maximum", 100_000)), Json.described("one replicate per seed", seedList)));
        return new KeyedProperties(SWEEP, ScenarioLoader.SWEEP_KEYS)
                .put("seeds", "replicates per point (default 1): a count, or a list of explicit seeds", seeds)
                .put("grid", "value paths and their values; every combination is a point, e.g. network.loss: [0%, 5%, 10%]",
                        dimensions())
                .put("zip", "value paths whose lists (of one length) are walked together, crossed with the grid", dimensions())
                .put("variants", "named sets of values (name: {path: value, ...}), crossed with the grid and zip as the"
                        + " dimension 'variant', e.g. pubsub: {nodes.user.protocol: pubsub}", variants())
                .closedObject("A parameter sweep: points (grid x zip x variants) times replicates; run it with 'gossamer sweep'");
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

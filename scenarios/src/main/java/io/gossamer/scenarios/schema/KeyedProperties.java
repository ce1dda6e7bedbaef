package io.gossamer.scenarios.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.scenarios.load.CoreKey;
import io.gossamer.scenarios.load.CoreSection;
import io.gossamer.scenarios.load.ValueShape;
import io.gossamer.scenarios.spi.Registries;
import java.util.List;

/**
 * The properties of a core section, made from the keys the loader declares: each key's schema
 * follows its shape and its description is its meaning and default, in the declared order.
 */
final class KeyedProperties {
    private KeyedProperties() {
    }

    /** The {@code properties} object of a section. */
    static ObjectNode properties(CoreSection section, Registries registries) {
        ObjectNode properties = Json.object();
        for (CoreKey k : section.keys()) {
            properties.set(k.key(), Json.described(description(k), schema(k.shape(), registries)));
        }
        return properties;
    }

    /** An object with the section's keys and no others. */
    static ObjectNode closedObject(CoreSection section, Registries registries) {
        ObjectNode o = Json.object().put("description", section.summary()).put("type", "object");
        o.set("properties", properties(section, registries));
        o.put("additionalProperties", false);
        return o;
    }

    static String description(CoreKey k) {
        String meaning = CoreKey.plain(k.meaning());
        String d = k.defaultText();
        return meaning + (k.required() ? " (required)" : d.equals("none") || d.equals("—") ? "" : " (default: " + CoreKey.plain(d) + ")");
    }

    private static ObjectNode schema(ValueShape shape, Registries registries) {
        if (shape instanceof ValueShape.Of of) {
            return ValueSchemas.ofKind(of.kind(), List.of());
        }
        if (shape instanceof ValueShape.Whole w) {
            ObjectNode o = Json.type("integer");
            if (w.min() != Long.MIN_VALUE) {
                o.put("minimum", w.min());
            }
            if (w.max() != Long.MAX_VALUE) {
                o.put("maximum", w.max());
            }
            return o;
        }
        if (shape instanceof ValueShape.Choice c) {
            return Json.enumOf(c.values());
        }
        if (shape instanceof ValueShape.ListOf l) {
            ObjectNode o = Json.type("array");
            if (l.minItems() > 0) {
                o.put("minItems", l.minItems());
            }
            o.set("items", Json.ref(l.item()));
            return o;
        }
        String name = ((ValueShape.Defined) shape).name();
        // The operations are named inline: a process's mapping is split by its 'do' (see SectionSchemas).
        return name.equals("operation") ? ProviderSchemas.names(registries.operations()) : Json.ref(name);
    }
}

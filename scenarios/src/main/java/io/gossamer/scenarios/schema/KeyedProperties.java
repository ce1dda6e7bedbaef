package io.gossamer.scenarios.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of a mapping whose keys the loader lists: each key must get a schema and a
 * description, no other key may, and they come out in the list's order. A key added to the
 * loader without a schema (or the reverse) fails generation instead of going unnoticed.
 */
final class KeyedProperties {
    private final String section;
    private final List<String> keys;
    private final Map<String, ObjectNode> schemas = new HashMap<>();

    /**
     * @param section the section's path, for messages ("" at the top)
     * @param keys the loader's key list
     */
    KeyedProperties(String section, List<String> keys) {
        this.section = section.isEmpty() ? "the top level" : "'" + section + "'";
        this.keys = List.copyOf(keys);
    }

    /** Sets the schema of one key. */
    KeyedProperties put(String key, String description, ObjectNode schema) {
        if (!keys.contains(key)) {
            throw new IllegalStateException(section + " has no key '" + key + "' (the loader's keys: " + keys + ")");
        }
        schemas.put(key, Json.described(description, schema));
        return this;
    }

    /** The {@code properties} object, in the loader's key order. */
    ObjectNode properties() {
        ObjectNode properties = Json.object();
        for (String key : keys) {
            ObjectNode schema = schemas.get(key);
            if (schema == null) {
                throw new IllegalStateException("no schema for the key '" + key + "' of " + section);
            }
            properties.set(key, schema.deepCopy());
        }
        return properties;
    }

    /** An object with these keys and no others. */
    ObjectNode closedObject(String description) {
        ObjectNode o = Json.object().put("description", description).put("type", "object");
        o.set("properties", properties());
        o.put("additionalProperties", false);
        return o;
    }
}

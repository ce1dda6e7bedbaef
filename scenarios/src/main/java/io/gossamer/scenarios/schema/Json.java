package io.gossamer.scenarios.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** Small builders of JSON Schema nodes, and the one way the schema is printed. */
final class Json {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER =
            new ObjectMapper(JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());

    private Json() {
    }

    /** An empty object. */
    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** An empty array. */
    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** {@code {"type": type}}. */
    static ObjectNode type(String type) {
        return object().put("type", type);
    }

    /** {@code {"$ref": "#/$defs/NAME"}}. */
    static ObjectNode ref(String definition) {
        return object().put("$ref", "#/$defs/" + definition);
    }

    /** A string array. */
    static ArrayNode strings(Collection<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** {@code {"type": "string", "enum": values}}. */
    static ObjectNode enumOf(Collection<String> values) {
        ObjectNode o = type("string");
        o.set("enum", strings(values));
        return o;
    }

    /** A copy of {@code schema} with {@code description} as its first key. */
    static ObjectNode described(String description, ObjectNode schema) {
        ObjectNode o = object().put("description", description);
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("description")) {
                o.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return o;
    }

    /** An array of the given schemas. */
    static ArrayNode schemas(JsonNode... schemas) {
        ArrayNode a = array();
        for (JsonNode s : schemas) {
            a.add(s);
        }
        return a;
    }

    /**
     * The node as text: two-space indents, {@code "key": value}, '\n' line ends, non-ASCII
     * characters escaped, a final newline. Keys keep their insertion order.
     */
    static String print(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print the schema", e);
        }
    }
}

package io.gossamer.scenarios.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for the keywords the generated schema uses, so tests can check
 * documents against it without a validator library. A keyword it does not know fails loudly
 * rather than being skipped, so the tests cannot pass by ignoring part of the schema.
 */
final class SubsetValidator {
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "title", "description", "$comment", "default", "$defs");
    private static final Set<String> KEYWORDS = Set.of("type", "enum", "const", "pattern", "minimum", "maximum", "exclusiveMinimum",
            "minItems", "maxItems", "minProperties", "maxProperties", "items", "properties", "additionalProperties", "required",
            "propertyNames", "allOf", "anyOf", "oneOf", "not", "if", "then", "$ref");

    private final JsonNode root;

    SubsetValidator(JsonNode root) {
        this.root = root;
    }

    /** The problems of {@code instance}, each as "path: message"; empty if it is valid. */
    List<String> errors(JsonNode instance) {
        List<String> errors = new ArrayList<>();
        validate(root, instance, "$", errors);
        return errors;
    }

    private void validate(JsonNode schema, JsonNode x, String at, List<String> errors) {
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) {
                errors.add(at + ": nothing is allowed here");
            }
            return;
        }
        for (Iterator<String> it = schema.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!ANNOTATIONS.contains(k) && !KEYWORDS.contains(k)) {
                throw new IllegalStateException("unsupported keyword '" + k + "' at " + at);
            }
        }
        if (schema.has("$ref")) {
            validate(resolve(schema.get("$ref").asText()), x, at, errors);
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), x)) {
            errors.add(at + ": expected " + schema.get("type") + ", got " + x.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode v : schema.get("enum")) {
                found |= v.equals(x);
            }
            if (!found) {
                errors.add(at + ": " + x + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !schema.get("const").equals(x)) {
            errors.add(at + ": expected " + schema.get("const") + ", got " + x);
        }
        if (x.isTextual() && schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(x.asText()).find()) {
            errors.add(at + ": '" + x.asText() + "' does not match " + schema.get("pattern").asText());
        }
        if (x.isNumber()) {
            numbers(schema, x, at, errors);
        }
        if (x.isArray()) {
            array(schema, x, at, errors);
        }
        if (x.isObject()) {
            object(schema, x, at, errors);
        }
        combinators(schema, x, at, errors);
    }

    private void numbers(JsonNode schema, JsonNode x, String at, List<String> errors) {
        double v = x.asDouble();
        if (schema.has("minimum") && v < schema.get("minimum").asDouble()) {
            errors.add(at + ": " + x + " is less than " + schema.get("minimum"));
        }
        if (schema.has("maximum") && v > schema.get("maximum").asDouble()) {
            errors.add(at + ": " + x + " is more than " + schema.get("maximum"));
        }
        if (schema.has("exclusiveMinimum") && v <= schema.get("exclusiveMinimum").asDouble()) {
            errors.add(at + ": " + x + " is not more than " + schema.get("exclusiveMinimum"));
        }
    }

    private void array(JsonNode schema, JsonNode x, String at, List<String> errors) {
        if (schema.has("minItems") && x.size() < schema.get("minItems").asInt()) {
            errors.add(at + ": fewer than " + schema.get("minItems") + " items");
        }
        if (schema.has("maxItems") && x.size() > schema.get("maxItems").asInt()) {
            errors.add(at + ": more than " + schema.get("maxItems") + " items");
        }
        if (schema.has("items")) {
            for (int i = 0; i < x.size(); i++) {
                validate(schema.get("items"), x.get(i), at + "[" + i + "]", errors);
            }
        }
    }

    private void object(JsonNode schema, JsonNode x, String at, List<String> errors) {
        if (schema.has("minProperties") && x.size() < schema.get("minProperties").asInt()) {
            errors.add(at + ": fewer than " + schema.get("minProperties") + " keys");
        }
        if (schema.has("maxProperties") && x.size() > schema.get("maxProperties").asInt()) {
            errors.add(at + ": more than " + schema.get("maxProperties") + " keys");
        }
        if (schema.has("required")) {
            for (JsonNode r : schema.get("required")) {
                if (!x.has(r.asText())) {
                    errors.add(at + ": '" + r.asText() + "' is required");
                }
            }
        }
        JsonNode properties = schema.get("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = at + "." + e.getKey();
            if (schema.has("propertyNames")) {
                validate(schema.get("propertyNames"), com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), path + " (key)", errors);
            }
            if (properties != null && properties.has(e.getKey())) {
                validate(properties.get(e.getKey()), e.getValue(), path, errors);
            } else if (schema.has("additionalProperties")) {
                JsonNode extra = schema.get("additionalProperties");
                if (extra.isBoolean() && !extra.asBoolean()) {
                    errors.add(path + ": unknown key");
                } else {
                    validate(extra, e.getValue(), path, errors);
                }
            }
        }
    }

    private void combinators(JsonNode schema, JsonNode x, String at, List<String> errors) {
        if (schema.has("allOf")) {
            for (JsonNode s : schema.get("allOf")) {
                validate(s, x, at, errors);
            }
        }
        if (schema.has("anyOf")) {
            List<String> all = new ArrayList<>();
            boolean any = false;
            for (JsonNode s : schema.get("anyOf")) {
                List<String> e = new ArrayList<>();
                validate(s, x, at, e);
                any |= e.isEmpty();
                all.addAll(e);
            }
            if (!any) {
                errors.add(at + ": matches none of anyOf " + all);
            }
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            List<String> all = new ArrayList<>();
            for (JsonNode s : schema.get("oneOf")) {
                List<String> e = new ArrayList<>();
                validate(s, x, at, e);
                if (e.isEmpty()) {
                    matches++;
                }
                all.addAll(e);
            }
            if (matches != 1) {
                errors.add(at + ": matches " + matches + " of oneOf, not 1 " + (matches == 0 ? all : ""));
            }
        }
        if (schema.has("not")) {
            List<String> e = new ArrayList<>();
            validate(schema.get("not"), x, at, e);
            if (e.isEmpty()) {
                errors.add(at + ": matches a 'not' schema " + schema.get("not"));
            }
        }
        if (schema.has("if")) {
            List<String> e = new ArrayList<>();
            validate(schema.get("if"), x, at, e);
            if (e.isEmpty() && schema.has("then")) {
                validate(schema.get("then"), x, at, errors);
            }
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode x) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, x)) {
                    return true;
                }
            }
            return false;
        }
        switch (type.asText()) {
            case "object":
                return x.isObject();
            case "array":
                return x.isArray();
            case "string":
                return x.isTextual();
            case "boolean":
                return x.isBoolean();
            case "null":
                return x.isNull();
            case "number":
                return x.isNumber();
            case "integer":
                return x.isIntegralNumber() || (x.isNumber() && x.asDouble() == Math.rint(x.asDouble()));
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("dangling reference " + ref);
        }
        return target;
    }
}

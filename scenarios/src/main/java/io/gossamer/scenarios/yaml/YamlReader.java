package io.gossamer.scenarios.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML document into {@link YamlNode}s that carry their locations. Only plain YAML
 * data is read (mappings, lists, scalars): tags and type hints are never turned into objects,
 * so a file cannot make the loader instantiate anything. Every failure is a
 * {@link ScenarioFileException} naming the file, line and column.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Reads a file; {@code shownAs} is how messages name it (usually the path given by the user). */
    public static YamlNode read(Path file, String shownAs) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(new Location(shownAs, 1, 1), "no such file");
        } catch (CharacterCodingException e) {
            throw new ScenarioFileException(new Location(shownAs, 1, 1), "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioFileException(new Location(shownAs, 1, 1), "cannot read the file: " + e.getMessage());
        }
        return parse(text, shownAs);
    }

    /** Reads YAML text. */
    public static YamlNode parse(String text, String shownAs) {
        if (text.isBlank()) {
            throw new ScenarioFileException(new Location(shownAs, 1, 1),
                    "the file is empty; a scenario is a YAML mapping of keys");
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioFileException(new Location(shownAs, 1, 1),
                        "the file holds no YAML value; a scenario is a YAML mapping");
            }
            List<ScenarioFileException> duplicates = new ArrayList<>();
            YamlNode root = readValue(parser, shownAs, duplicates);
            if (parser.nextToken() != null) {
                throw new ScenarioFileException(at(parser, shownAs), "only one YAML document is allowed per file");
            }
            if (!duplicates.isEmpty()) {
                throw ScenarioFileException.of(duplicates, false);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw YamlSyntax.describe(e, shownAs);
        } catch (IOException e) {
            throw new ScenarioFileException(new Location(shownAs, 1, 1), "cannot read the YAML: " + e.getMessage());
        }
    }

    /** Reads one value; a key written twice in a mapping is kept in {@code duplicates} (the first is read, the later one skipped). */
    private static YamlNode readValue(JsonParser parser, String file, List<ScenarioFileException> duplicates) throws IOException {
        Location location = at(parser, file);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = at(parser, file);
                    if (entries.containsKey(key)) {
                        duplicates.add(new ScenarioFileException(keyLocation, "key '" + key + "' appears twice in this mapping (first at line "
                                + entries.get(key).keyLocation().line() + ")"));
                        parser.nextToken();
                        readValue(parser, file, duplicates);
                        continue;
                    }
                    parser.nextToken();
                    entries.put(key, new YamlNode.Entry(key, keyLocation, readValue(parser, file, duplicates)));
                }
                return new YamlNode.Mapping(Collections.unmodifiableMap(entries), location);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, file, duplicates));
                }
                return new YamlNode.Sequence(List.copyOf(items), location);
            }
            case VALUE_NULL:
                return new YamlNode.Scalar(null, location);
            default:
                return new YamlNode.Scalar(parser.getText(), location);
        }
    }

    private static Location at(JsonParser parser, String file) {
        JsonLocation l = parser.currentTokenLocation();
        return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }
}

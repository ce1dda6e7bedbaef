package io.gossamer.experiments.results;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.io.AtomicFiles;
import io.gossamer.scenarios.Numbers;
import io.gossamer.scenarios.yaml.YamlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writing result files: JSON with '\n' line ends and numbers that print the same on every
 * JVM, CSV cells, and atomic replacement (write a temporary file, then rename it).
 */
public final class ResultFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private ResultFiles() {
    }

    /** A new ordered JSON object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** A number as JSON, written with at most 6 decimals; null for NaN, infinities and null. */
    public static JsonNode number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return JsonNodeFactory.instance.nullNode();
        }
        return JsonNodeFactory.instance.numberNode(new BigDecimal(Numbers.format(value)));
    }

    /** A scenario tree as JSON: whole numbers and true/false typed, other scalars as text. */
    public static JsonNode json(YamlNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YamlNode.Scalar s) {
            String t = s.text();
            if (t == null) {
                return f.nullNode();
            }
            if (t.matches("-?\\d{1,18}")) {
                return f.numberNode(Long.parseLong(t));
            }
            if (t.equals("true") || t.equals("false")) {
                return f.booleanNode(Boolean.parseBoolean(t));
            }
            return f.textNode(t);
        }
        if (node instanceof YamlNode.Sequence s) {
            var array = f.arrayNode();
            s.items().forEach(i -> array.add(json(i)));
            return array;
        }
        ObjectNode o = f.objectNode();
        ((YamlNode.Mapping) node).entries().values().forEach(e -> o.set(e.key(), json(e.value())));
        return o;
    }

    /** JSON text, pretty-printed, ending with a newline. */
    public static String toJson(JsonNode node) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON file. */
    public static JsonNode readJson(Path file) throws IOException {
        return MAPPER.readTree(file.toFile());
    }

    /** One CSV line: cells quoted when they hold a comma, quote or line break. */
    public static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append('\n').toString();
    }

    /** Writes {@code text} to {@code file} atomically: a reader sees the old file or the whole new one. */
    public static void writeAtomically(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives a directory made by {@code Files.createTempDirectory} (owner only, 0700) the
     * permissions of a directory made by {@code createDirectory} under the process's umask,
     * so a results directory renamed from it reads like every other (where POSIX permissions exist).
     */
    public static void makeShared(Path tempDir) throws IOException {
        if (!tempDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path probe = tempDir.resolveSibling(tempDir.getFileName() + "-umask");
        Files.createDirectory(probe);
        try {
            Files.setPosixFilePermissions(tempDir, Files.getPosixFilePermissions(probe));
        } finally {
            Files.delete(probe);
        }
    }

    /** Renames {@code from} to {@code to}, atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a directory tree (if it exists). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

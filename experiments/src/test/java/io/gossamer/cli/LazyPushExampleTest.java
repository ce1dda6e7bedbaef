package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plug-in example of the user guide (docs/examples/lazy-push), built as a user would build
 * it against the modules of this build, and run through {@code --plugins}: nothing in
 * Gossamer's sources knows it.
 */
class LazyPushExampleTest {
    static final Path EXAMPLE = Path.of("..", "docs", "examples", "lazy-push");

    @TempDir
    Path dir;

    @Test
    void theExampleBuildsAndItsScenarioRunsAsAPlugin() throws IOException {
        Path classes = compile();
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int status;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = GossamerCli.executeWithPlugins(new String[] {"--plugins", classes.toString(), "run",
                EXAMPLE.resolve("lazy-push.yaml").toString(), "--out", out.toString(), "-q"}, null);
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        JsonNode d = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).at("/metrics/dissemination");
        assertEquals(5, d.get("messages").asInt());
        assertEquals(1.0, d.get("coverage").asDouble());
        // One payload per node that did not have it: an IWANT is sent once per message and node.
        assertEquals(5 * 499, d.get("sent").asLong());
        assertEquals(0, d.get("duplicates").asLong());
    }

    @Test
    void withoutThePluginTheProtocolIsUnknown() {
        int status = GossamerCli.executeWithPlugins(new String[] {"validate", EXAMPLE.resolve("lazy-push.yaml").toString()}, null);
        assertEquals(GossamerCli.BAD_INPUT, status);
    }

    @Test
    void aMissingPluginPathIsBadInput() {
        assertEquals(GossamerCli.BAD_INPUT, GossamerCli.executeWithPlugins(new String[] {"list"}, dir.resolve("nope.jar").toString()));
    }

    @Test
    void theExampleIsSmallAndItsPomNamesThisBuild() throws IOException {
        long lines = 0;
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                lines += Files.readAllLines(f).size();
            }
        }
        assertTrue(lines <= 150, "protocol, messages and provider take " + lines + " lines");
        String pom = Files.readString(EXAMPLE.resolve("pom.xml"));
        String parent = Files.readString(Path.of("..", "pom.xml"));
        assertEquals(tag(parent, "version"), tag(pom, "gossamer.version"));
        assertEquals(tag(parent, "maven.compiler.release"), tag(pom, "maven.compiler.release"));
        assertTrue(pom.contains("<groupId>io.gossamer</groupId>") && pom.contains("<artifactId>scenarios</artifactId>"));
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(xml);
        assertTrue(m.find(), "no <" + name + ">");
        return m.group(1);
    }

    /** Compiles the example against this build's class path, with its resources, into a folder. */
    private Path compile() throws IOException {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
                "-classpath", System.getProperty("java.class.path")));
        try (Stream<Path> files = Files.walk(EXAMPLE.resolve("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, args.toArray(String[]::new));
        assertEquals(0, status, messages.toString(StandardCharsets.UTF_8));
        Path resources = EXAMPLE.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(resources.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return classes;
    }
}

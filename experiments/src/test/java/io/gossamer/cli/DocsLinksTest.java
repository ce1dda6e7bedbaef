package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link in the README and docs/ leads to a file of the repository, and to a heading that exists. */
class DocsLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("```.*?```", Pattern.DOTALL);

    @Test
    void everyRelativeLinkAndAnchorResolvesInsideTheRepository() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/target/")).sorted().forEach(pages::add);
        }
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String[] lines = withoutCode(Files.readString(page)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = LINK.matcher(lines[i]);
                while (m.find()) {
                    String problem = check(page, m.group(1), anchors);
                    if (problem != null) {
                        problems.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + problem);
                    }
                }
                if (lines[i].contains("../shared") || lines[i].contains("/work/")) {
                    problems.add(ROOT.relativize(page) + ":" + (i + 1) + ": points outside the repository: " + lines[i].strip());
                }
            }
        }
        assertTrue(pages.size() > 10, "pages found: " + pages.size());
        assertEquals(List.of(), problems);
    }

    private static String check(Path page, String target, Map<Path, Set<String>> anchors) {
        if (target.matches("^[a-z]+:.*")) {
            return target.startsWith("file:") ? "a file: link " + target : null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "leads outside the repository: " + target;
        }
        if (!Files.exists(file)) {
            return "no such file: " + target;
        }
        if (hash >= 0 && file.toString().endsWith(".md")
                && !anchors.computeIfAbsent(file, DocsLinksTest::anchorsOf).contains(target.substring(hash + 1))) {
            return "no such heading: " + target;
        }
        return null;
    }

    /** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static Set<String> anchorsOf(Path page) {
        String text;
        try {
            text = withoutCode(Files.readString(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ids = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String h = m.group(1).replace("`", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            String id = h.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
            int n = seen.merge(id, 1, Integer::sum) - 1;
            ids.add(n == 0 ? id : id + "-" + n);
        }
        Matcher named = Pattern.compile("<a (?:name|id)=\"([^\"]+)\"").matcher(text);
        while (named.find()) {
            ids.add(named.group(1));
        }
        return ids;
    }

    /** The text with fenced code blocks blanked out, keeping line numbers. */
    private static String withoutCode(String text) {
        return FENCE.matcher(text).replaceAll(r -> "\n".repeat((int) r.group().chars().filter(c -> c == '\n').count()));
    }
}

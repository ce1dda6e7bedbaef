package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/cli.md and the README against the command line itself. */
class CliDocsTest {
    private static final Path CLI_DOC = Path.of("..", "docs", "cli.md");
    private static final Path README = Path.of("..", "README.md");

    @Test
    void everyCommandsHelpRendersWithoutAPicocliWarning() {
        // A bare % in a description ("20% public") makes picocli print a WARN instead of the text.
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        List<String> usages = new ArrayList<>();
        try {
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            List<CommandLine> all = new ArrayList<>(List.of(GossamerCli.commandLine()));
            for (int i = 0; i < all.size(); i++) {
                usages.add(all.get(i).getUsageMessage(CommandLine.Help.Ansi.OFF));
                all.addAll(all.get(i).getSubcommands().values().stream().distinct().toList());
            }
        } finally {
            System.setErr(before);
        }
        assertEquals("", err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(usages.size() > 10, "commands found: " + usages.size());
        assertTrue(usages.stream().anyMatch(u -> u.contains("20% public")), "bench pss describes its workload");
    }

    @Test
    void theBundledScenariosInTheDocsAreThoseGossamerListShows() throws IOException {
        String doc = Files.readString(CLI_DOC).replaceAll("\\s+", " ");
        int from = doc.indexOf("or the name of a bundled scenario (");
        int to = doc.indexOf("`gossamer list` shows them", from);
        assertTrue(from >= 0 && to > from, "docs/cli.md has no list of bundled scenarios");
        List<String> documented = new ArrayList<>();
        Matcher name = Pattern.compile("`([a-z0-9-]+)`").matcher(doc.substring(from, to));
        while (name.find()) {
            documented.add(name.group(1));
        }

        ScenarioCommandsTest.Outcome list = ScenarioCommandsTest.cli("list");
        assertEquals(0, list.status(), list.err());
        List<String> listed = new ArrayList<>();
        boolean inScenarios = false;
        for (String line : list.out().split("\n")) {
            if (line.startsWith("Bundled scenarios")) {
                inScenarios = true;
            } else if (inScenarios && line.startsWith("  ")) {
                listed.add(line.strip().split("\\s+")[0]);
            } else if (inScenarios) {
                break;
            }
        }
        assertEquals(listed, documented, "docs/cli.md's bundled scenarios, in 'gossamer list' order");
    }

    @Test
    void everyCommandIsInTheDocsAndTheReadme() throws IOException {
        String doc = Files.readString(CLI_DOC);
        String readme = Files.readString(README);
        for (String command : new CommandLine(new GossamerCli()).getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            assertTrue(doc.lines().anyMatch(l -> l.startsWith("### ") && l.contains("`gossamer " + command)),
                    "docs/cli.md has no section on 'gossamer " + command + "'");
            assertTrue(doc.contains("| `gossamer " + command), "docs/cli.md's command table lacks 'gossamer " + command + "'");
            assertTrue(readme.contains("gossamer " + command), "README.md never shows 'gossamer " + command + "'");
        }
    }
}

package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gossamer report DIR} as a user runs it. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GossamerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    @Test
    void printsThePathOfThePage() throws IOException {
        Path dir = tmp.resolve("run");
        Files.createDirectories(dir.resolve("series"));
        Files.writeString(dir.resolve("summary.json"),
                "{\"scenario\": \"tiny\", \"metrics\": {\"dissemination\": {\"t90_ms\": 12.5}}}");
        Files.writeString(dir.resolve("series/nodes.csv"), "time_s,live\n0,10\n1,9\n");

        Outcome o = run("report", dir.toString());
        assertEquals(0, o.status(), o.err());
        Path page = dir.resolve("report/index.html");
        assertEquals(page.toString(), o.out().strip());
        assertTrue(Files.readString(page).contains(">12.5\u00a0ms<"));
        assertTrue(Files.exists(dir.resolve("report/nodes.png")));
        assertTrue(Files.exists(dir.resolve("report/nodes.svg")));
    }

    @Test
    void aDirectoryThatHoldsNoResultsIsBadInput() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("holiday-photos"));
        assertEquals(GossamerCli.BAD_INPUT, GossamerCli.execute("report", dir.toString()));

        Outcome o = run("report", dir.toString());
        assertEquals(GossamerCli.BAD_INPUT, o.status());
        assertEquals("gossamer: " + dir + " has neither summary.json (a run) nor sweep.csv (a sweep)", o.err().strip());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(Files.exists(dir.resolve("report")), "nothing is written for bad input");
    }

    @Test
    void aMissingDirectoryIsBadInput() {
        Path missing = tmp.resolve("no-such-run");
        Outcome o = run("report", missing.toString());
        assertEquals(GossamerCli.BAD_INPUT, o.status());
        assertTrue(o.err().contains(missing + " does not exist"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
    }

    @Test
    void missingArgumentIsBadInputAndHelpListsTheCommand() {
        assertEquals(GossamerCli.BAD_INPUT, run("report").status());
        Outcome help = run("--help");
        assertTrue(help.out().contains("report"), help.out());
        Outcome reportHelp = run("report", "--help");
        assertEquals(0, reportHelp.status());
        assertTrue(reportHelp.out().contains("DIR"), reportHelp.out());
    }
}

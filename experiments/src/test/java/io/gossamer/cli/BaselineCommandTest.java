package io.gossamer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed regression baselines still hold (CI runs this), and a difference fails. */
class BaselineCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedBaselinesHold() {
        // Surefire runs in the module directory: experiments/baselines is "baselines" here.
        ScenarioCommandsTest.Outcome o = ScenarioCommandsTest.cli("baseline", "check", "--dir", "baselines");
        assertEquals(0, o.status(), o.out() + o.err());
        assertTrue(o.out().contains("quickstart") && o.out().contains("pubsub"), o.out());
    }

    @Test
    void aChangedFigureFailsAndIsNamed() throws IOException {
        String text = Files.readString(Path.of("baselines", "pubsub.json"));
        Files.writeString(dir.resolve("pubsub.json"), text.replace("\"dissemination.t100_ms\" : \"119.92\"", "\"dissemination.t100_ms\" : \"119.5\""));
        ScenarioCommandsTest.Outcome o = ScenarioCommandsTest.cli("baseline", "check", "--dir", dir.toString());
        assertEquals(GossamerCli.RUN_FAILURE, o.status());
        assertTrue(o.out().contains("pubsub") && o.out().contains("DIFFERS")
                && o.out().contains("dissemination.t100_ms: expected 119.5, got 119.92"), o.out());
        assertTrue(o.err().contains("baseline update"), o.err());
    }

    @Test
    void anEmptyFolderOrABrokenFileIsAnErrorNotAPass() throws IOException {
        ScenarioCommandsTest.Outcome empty = ScenarioCommandsTest.cli("baseline", "check", "--dir", dir.toString());
        assertEquals(GossamerCli.BAD_INPUT, empty.status());
        assertTrue(empty.err().contains("holds no baselines (*.json)"), empty.err());
        Files.writeString(dir.resolve("cut.json"), "{\"scenario\": \"quickstart\",\n \"seed\": 5,");
        ScenarioCommandsTest.Outcome cut = ScenarioCommandsTest.cli("baseline", "check", "--dir", dir.toString());
        assertEquals(GossamerCli.BAD_INPUT, cut.status());
        assertTrue(cut.err().contains("cut.json:2:") && cut.err().contains("not valid JSON"), cut.err());
        Files.writeString(dir.resolve("cut.json"), "{\"scenario\": \"quickstart\", \"seed\": \"x\"}");
        assertTrue(ScenarioCommandsTest.cli("baseline", "check", "--dir", dir.toString()).err()
                .contains("cut.json: 'seed' must be a whole number, got \"x\""));
    }

    @Test
    void updateWritesWhatCheckThenAccepts() throws IOException {
        Files.writeString(dir.resolve("q.json"), "{\"scenario\": \"quickstart\", \"seed\": 5, \"set\": [\"nodes.peer.count=200\"]}");
        assertEquals(0, ScenarioCommandsTest.cli("baseline", "update", "--dir", dir.toString()).status());
        assertTrue(Files.readString(dir.resolve("q.json")).contains("\"dissemination.coverage\" : \"1\""));
        assertEquals(0, ScenarioCommandsTest.cli("baseline", "check", "--dir", dir.toString()).status());
        assertEquals(GossamerCli.BAD_INPUT, ScenarioCommandsTest.cli("baseline", "check", "--dir", dir.resolve("none").toString()).status());
    }
}

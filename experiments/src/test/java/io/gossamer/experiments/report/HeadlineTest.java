package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run headline: the network sentence adds up (sent = delivered + dropped + still in flight), redundancy in words. */
class HeadlineTest {
    private static RunSummary traffic(String inFlight) {
        List<RunSummary.Value> values = new java.util.ArrayList<>(List.of(new RunSummary.Value("sent", "70010"),
                new RunSummary.Value("delivered", "67176"), new RunSummary.Value("dropped_loss", "0")));
        if (inFlight != null) {
            values.add(new RunSummary.Value("in_flight", inFlight));
        }
        return new RunSummary("quickstart", null, null, "42", Map.of(), null, null, "condition",
                List.of(new RunSummary.Metric("traffic", values)));
    }

    @Test
    void copiesStillInFlightWhenAnEarlyStopCameAreCounted() {
        // stop-when: all-delivered stops the run with 2,834 copies on the wire: 67,176 + 0 + 2,834 = 70,010.
        assertEquals(List.of("Network: 70,010 messages sent, 67,176 delivered, 0 dropped, 2,834 still in flight when the run stopped."),
                Headline.figures(traffic("2834")));
    }

    @Test
    void noneInFlightOrNotMeasuredSaysNothingOfIt() {
        assertEquals(List.of("Network: 70,010 messages sent, 67,176 delivered, 0 dropped."), Headline.figures(traffic("0")));
        assertTrue(Headline.figures(traffic(null)).get(0).endsWith(", 0 dropped."));
    }

    @Test
    void redundancyIsSaidPerNodeAMessageReached() {
        RunSummary s = new RunSummary("quickstart", null, null, "42", Map.of(), null, null, "condition",
                List.of(new RunSummary.Metric("dissemination", List.of(new RunSummary.Value("messages", "10"), new RunSummary.Value("sent", "70010"),
                        new RunSummary.Value("redundancy", "7.008"), new RunSummary.Value("duplicates", "57186")))));
        assertTrue(Headline.figures(s).stream().anyMatch(l -> l.startsWith(
                "70,010 payload messages sent, 7.01 per node a message reached (1 would be a tree)")), Headline.figures(s).toString());
    }
}

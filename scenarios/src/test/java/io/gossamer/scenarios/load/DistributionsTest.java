package io.gossamer.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.YamlReader;
import io.gossamer.sim.Time;
import io.gossamer.sim.random.RandomStreams;
import io.gossamer.sim.scenario.DurationDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionsTest {
    @TempDir
    Path dir;

    private DurationDistribution read(String yaml) {
        return Distributions.read(YamlReader.parse(yaml, "t.yaml"), "every", dir);
    }

    private static double sampleMean(DurationDistribution d) {
        var random = new RandomStreams(5).stream("t");
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += d.sample(random);
        }
        return sum / n;
    }

    @Test
    void everyFormHasTheMeanItSays() {
        assertEquals(Time.ms(100), read("100ms").mean(), 1e-6);
        assertEquals(Time.ms(100), read("{exponential: 100ms}").mean(), 1e-6);
        assertEquals(Time.ms(150), read("{uniform: [100ms, 200ms]}").mean(), 1e-6);
        assertEquals(Time.ms(150), read("{uniform: {min: 100ms, max: 200ms}}").mean(), 1e-6);
        assertEquals(Time.seconds(1), read("{normal: {mean: 1s, sd: 100ms}}").mean(), 1e-6);
        // Log-normal given by its own mean and sd, not by the parameters of the logarithm.
        DurationDistribution logNormal = read("{lognormal: {mean: 1s, sd: 500ms}}");
        assertEquals(Time.seconds(1), logNormal.mean(), 1e3);
        assertEquals(1.0, sampleMean(logNormal) / Time.seconds(1), 0.01);
        assertEquals(1.0, sampleMean(read("{pareto: {scale: 1s, shape: 3}}")) / (1.5 * Time.SECOND), 0.03);
        assertEquals(1.0, sampleMean(read("{weibull: {scale: 1s, shape: 1}}")) / Time.SECOND, 0.01);
    }

    @Test
    void empiricalFilesResolveNextToTheScenarioAndReportBadLines() throws IOException {
        Files.writeString(dir.resolve("gaps.txt"), "# measured gaps\n100ms\n\n300ms  # a slow one\n");
        DurationDistribution d = read("{empirical: gaps.txt}");
        assertEquals(Time.ms(200), sampleMean(d), Time.ms(2));
        Files.writeString(dir.resolve("bad.txt"), "100ms\nfast\n");
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read("{empirical: bad.txt}"));
        assertTrue(e.getMessage().contains("bad.txt:2:1:"), e.getMessage());
        ScenarioFileException missing = assertThrows(ScenarioFileException.class, () -> read("{empirical: none.txt}"));
        assertTrue(missing.getMessage().contains("t.yaml:1:13:") && missing.getMessage().contains("no such file"), missing.getMessage());
    }

    @Test
    void unknownDistributionsAndBadShapesAreNamed() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> read("{exponentail: 1s}"));
        assertTrue(e.getMessage().contains("did you mean 'exponential'?"), e.getMessage());
        ScenarioFileException two = assertThrows(ScenarioFileException.class, () -> read("{exponential: 1s, uniform: [1s, 2s]}"));
        assertTrue(two.getMessage().contains("one distribution"), two.getMessage());
        ScenarioFileException shape = assertThrows(ScenarioFileException.class, () -> read("{pareto: {scale: 1s, shape: -2}}"));
        assertTrue(shape.getMessage().contains("positive number"), shape.getMessage());
    }
}

package io.gossamer.experiments.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistyped --out never replaces the user's files: what a run or a sweep may write into. */
class OutputDirectoryTest {
    @TempDir
    Path dir;

    private static String refusal(Runnable check) {
        return assertThrows(IllegalArgumentException.class, check::run).getMessage();
    }

    @Test
    void aRunMayReplaceOnlyANewAnEmptyOrAnEarlierRunsDirectory() throws IOException {
        assertDoesNotThrow(() -> OutputDirectory.checkForRun(dir.resolve("new/deeper")));
        assertDoesNotThrow(() -> OutputDirectory.checkForRun(Files.createDirectories(dir.resolve("empty"))));
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("summary.json"), "{}");
        Files.createDirectories(run.resolve("series"));
        assertDoesNotThrow(() -> OutputDirectory.checkForRun(run));

        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("thesis.tex"), "x");
        assertTrue(refusal(() -> OutputDirectory.checkForRun(docs)).contains("holds files that are not a run's results (thesis.tex)"));
        Files.writeString(run.resolve("notes.txt"), "mine");
        assertTrue(refusal(() -> OutputDirectory.checkForRun(run)).contains("files a run does not write (notes.txt)"));
    }

    @Test
    void neitherTheCurrentDirectoryNorAFileNorAPathUnderAFile() throws IOException {
        assertTrue(refusal(() -> OutputDirectory.checkForRun(Path.of(""))).contains("is the current directory or holds it"));
        assertTrue(refusal(() -> OutputDirectory.checkForRun(Path.of("/"))).contains("is the current directory or holds it"));
        assertTrue(refusal(() -> OutputDirectory.checkForSweep(Path.of("/"))).contains("holds files that are not a sweep's"));
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        assertTrue(refusal(() -> OutputDirectory.checkForRun(file)).endsWith("is a file, not a directory"));
        assertTrue(refusal(() -> OutputDirectory.checkForRun(file.resolve("sub"))).contains("f.txt is a file, not a directory"));
    }

    @Test
    void aSweepWritesOnlyIntoANewAnEmptyOrASweepsDirectory() throws IOException {
        assertDoesNotThrow(() -> OutputDirectory.checkForSweep(dir.resolve("sweep")));
        Path sweep = Files.createDirectories(dir.resolve("old"));
        Files.writeString(sweep.resolve("sweep.json"), "{}");
        assertDoesNotThrow(() -> OutputDirectory.checkForSweep(sweep));
        Path starting = Files.createDirectories(dir.resolve("starting"));
        Files.writeString(starting.resolve("sweep-info.json"), "{}"); // a sweep writes it before sweep.json
        assertDoesNotThrow(() -> OutputDirectory.checkForSweep(starting));
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("summary.json"), "{}");
        assertTrue(refusal(() -> OutputDirectory.checkForSweep(run)).contains("holds files that are not a sweep's (summary.json)"));
    }
}

package io.gossamer.experiments.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files appear complete or not at all, and nothing temporary is left behind. */
class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writesAndReplacesAndCreatesParents() throws IOException {
        Path file = tmp.resolve("a/b/summary.json");
        AtomicFiles.writeString(file, "first ✓");
        assertEquals("first ✓", Files.readString(file, StandardCharsets.UTF_8));
        AtomicFiles.write(file, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
        AtomicFiles.write(file, out -> out.write("streamed".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("streamed", Files.readString(file));
        assertEquals(List.of(file), listing(file.getParent()));
    }

    @Test
    void aFailedWriteKeepsTheOldContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = tmp.resolve("sweep.csv");
        AtomicFiles.writeString(file, "old");
        IOException failure = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.US_ASCII));
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), listing(tmp));

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(tmp.resolve("new.csv"), out -> {
            throw new IllegalStateException("bug");
        }));
        assertFalse(Files.exists(tmp.resolve("new.csv")));
        assertEquals(List.of(file), listing(tmp));
    }

    @Test
    void filesAreReadableByOthersAsUsual() throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path file = tmp.resolve("x.txt");
        AtomicFiles.writeString(file, "x");
        Path plain = Files.writeString(tmp.resolve("y.txt"), "y");
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(file), "same permissions as an ordinary new file");
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

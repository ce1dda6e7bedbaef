package io.gossamer.experiments.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a reader never sees a partial one: the content goes to a temporary file
 * in the target's directory (same file system, so the rename can be atomic), which is then
 * renamed over the target. If writing fails, the target keeps its old content (or stays absent)
 * and the temporary file is removed.
 */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    private AtomicFiles() {
    }

    /** Writes the text as UTF-8. Creates the parent directories if needed. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the bytes. Creates the parent directories if needed. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Lets {@code writer} fill the file through a buffered stream (it need not close it),
     * then renames it into place. Creates the parent directories if needed.
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        OutputStream raw = null;
        Path tmp = null;
        // Not Files.createTempFile: its files are readable by the owner only, and a result file
        // should get the usual permissions (umask). The process id and a counter make the name
        // unique among concurrent writers; a leftover from a crashed process is skipped.
        while (raw == null) {
            tmp = dir.resolve("." + absolute.getFileName() + "." + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
            try {
                raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            }
        }
        try {
            try (OutputStream out = new BufferedOutputStream(raw)) {
                writer.accept(out);
            }
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}

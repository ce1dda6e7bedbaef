package io.gossamer.experiments.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Talks to Slurm through its commands (sbatch, squeue, scancel), each bounded by a timeout.
 * The commands come from the PATH, or from {@code binDir} when one is given (tests put stand-ins
 * there).
 */
public final class SlurmClient {
    private static final long TIMEOUT_S = 120;
    private final Path binDir;

    /** A client of the commands in {@code binDir}; null for the PATH. */
    public SlurmClient(Path binDir) {
        this.binDir = binDir;
    }

    private record Outcome(int status, String out, String err) {
    }

    /**
     * Runs {@code sbatch --parsable ...} and returns the job id.
     *
     * @param what what is submitted, for messages ("the job array")
     * @throws IllegalArgumentException if sbatch is missing or refuses the job (with its message)
     */
    public String submit(List<String> sbatch, String what) {
        Outcome o = run(sbatch);
        if (o.status() != 0) {
            throw new IllegalArgumentException("sbatch refused " + what + " (exit status " + o.status() + "): " + o.err().strip());
        }
        String id = o.out().strip();
        int semicolon = id.indexOf(';');
        id = semicolon >= 0 ? id.substring(0, semicolon) : id;
        if (!id.matches("\\d+")) {
            throw new IllegalStateException("sbatch printed no job id for " + what + ": '" + o.out().strip() + "'");
        }
        return id;
    }

    /** The tasks of job {@code jobId} that are still pending or running (empty if none, or if Slurm forgot the job). */
    public List<String> queued(String jobId) {
        Outcome o = run(List.of("squeue", "--noheader", "--jobs=" + jobId, "--format=%i %T"));
        List<String> tasks = new ArrayList<>();
        if (o.status() == 0) {
            o.out().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(tasks::add);
        }
        return tasks;
    }

    /** Cancels job {@code jobId} (no error if it has ended). */
    public void cancel(String jobId) {
        run(List.of("scancel", jobId));
    }

    private Outcome run(List<String> command) {
        List<String> c = new ArrayList<>(command);
        if (binDir != null) {
            c.set(0, binDir.resolve(c.get(0)).toString());
        }
        Path outFile = null;
        Path errFile = null;
        try {
            outFile = Files.createTempFile("gossamer-slurm", ".out");
            errFile = Files.createTempFile("gossamer-slurm", ".err");
            Process p;
            try {
                p = new ProcessBuilder(c).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
            } catch (IOException e) {
                throw new IllegalArgumentException(command.get(0) + " not found (" + e.getMessage() + "): submit from a Slurm login "
                        + "node, or leave out --submit and run OUT/slurm/submit.sh there");
            }
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not answer within " + TIMEOUT_S + " s");
            }
            return new Outcome(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(errFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
        } finally {
            deleteQuietly(outFile);
            deleteQuietly(errFile);
        }
    }

    private static void deleteQuietly(Path f) {
        if (f != null) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }
}

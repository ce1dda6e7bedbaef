package io.gossamer.cli;

import io.gossamer.experiments.cluster.SlurmClient;
import io.gossamer.experiments.cluster.SlurmLayout;
import io.gossamer.experiments.cluster.SlurmScripts;
import io.gossamer.experiments.cluster.SlurmSettings;
import io.gossamer.experiments.cluster.SweepStatus;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.sweep.SweepRunner;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.load.SweepPlan;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * {@code gossamer sweep --slurm} and {@code --status}: writes OUT/slurm/ (scripts, a pinned
 * copy of the jar, slurm.json), submits the array and the merge job, resubmits only the
 * tasks with missing runs, and reports which runs are missing per shard.
 */
final class SlurmSweep {
    /** Slurm's default MaxArraySize is 1001, so task ids up to 1000 work everywhere. */
    static final int MAX_DEFAULT_TASKS = 1000;
    /** The launcher's JVM options for a sweep (see ./gossamer), sized to the task's cores. */
    static final List<String> DEFAULT_JVM = List.of("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=1", "-XX:MaxRAMPercentage=75");

    private final ScenarioLoader loader;
    private final SweepPlan plan;
    private final Path out;
    private final PrintWriter o;
    private final SlurmClient client;

    /** What the user asked for. */
    record Request(ScenarioSource source, List<String> sets, Integer tasks, String partition, String time, String mem, int cpusPerTask,
            boolean report, boolean submit, boolean resume) {
    }

    SlurmSweep(ScenarioLoader loader, SweepPlan plan, Path out, PrintWriter o, Path slurmBin) {
        this.loader = loader;
        this.plan = plan;
        this.out = out.toAbsolutePath().normalize();
        this.o = o;
        this.client = new SlurmClient(slurmBin);
    }

    int run(Request r) {
        try {
            return write(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private int write(Request r) throws IOException {
        SlurmLayout layout = SlurmLayout.read(out);
        if (layout != null && !r.resume()) {
            throw new IllegalArgumentException(out + " already holds a Slurm sweep; add --resume to resubmit its unfinished tasks, "
                    + "or choose another --out");
        }
        int runs = plan.runs().size();
        int tasks = chooseTasks(r.tasks(), layout, runs);
        SlurmSettings settings = new SlurmSettings(tasks, r.partition(), r.time(), r.mem(), r.cpusPerTask(), r.report());
        SlurmScripts.Job job = new SlurmScripts.Job(Path.of(System.getProperty("java.home"), "bin", "java"), jvmOptions(r.cpusPerTask()),
                pinJar(), scenarioArgument(r.source()), r.sets(), out, plan.scenario().name(), runs, settings);
        // Everything is checked; now write: the plan (refusing another sweep), the scripts.
        new SweepRunner(loader, r.source(), plan, out).prepare(r.resume());
        if (job.classpath() == null) {
            copyJar();
        }
        Path slurmDir = out.resolve("slurm");
        Files.createDirectories(slurmDir.resolve("logs"));
        writeScript(slurmDir.resolve("array.sh"), SlurmScripts.array(job));
        writeScript(slurmDir.resolve("merge.sh"), SlurmScripts.merge(job));
        if (layout == null) {
            layout = new SlurmLayout(tasks, List.of());
            layout.write(out);
        }
        SweepStatus status = SweepStatus.of(out, tasks);
        String todo = r.resume() ? status.failedTasks() : "1-" + tasks;
        if (status.merged() == status.planned()) {
            o.println(plan.scenario().name() + ": all " + status.planned() + " runs are merged in " + out + "; nothing to submit");
            return 0;
        }
        String arrayTasks = todo.isEmpty() ? null : todo;
        writeScript(slurmDir.resolve("submit.sh"), SlurmScripts.submit(job, arrayTasks));
        o.println(plan.scenario().name() + ": " + runs + " runs in " + tasks + " array tasks; wrote " + slurmDir.resolve("array.sh")
                + ", merge.sh and submit.sh");
        o.println("the compute nodes must see " + out + " (a shared file system): the tasks write to " + out.resolve("shards") + "/");
        if (!r.submit()) {
            o.println("submit: bash " + slurmDir.resolve("submit.sh") + (arrayTasks == null ? " (the merge job only: every run has finished)"
                    : " (tasks " + arrayTasks + ")") + ", or add --submit");
            return 0;
        }
        return submit(job, layout, arrayTasks);
    }

    private int submit(SlurmScripts.Job job, SlurmLayout layout, String arrayTasks) {
        SlurmLayout.Submission last = layout.last();
        if (last != null) {
            if (last.arrayJob() != null && !client.queued(last.arrayJob()).isEmpty()) {
                throw new IllegalArgumentException("job array " + last.arrayJob() + " still has tasks pending or running (squeue -j "
                        + last.arrayJob() + "); wait for them, or scancel " + last.arrayJob() + ", before resubmitting");
            }
            List<String> merge = last.mergeJob() == null ? List.of() : client.queued(last.mergeJob());
            if (merge.stream().anyMatch(l -> !l.endsWith("PENDING"))) {
                throw new IllegalArgumentException("merge job " + last.mergeJob() + " is running (squeue -j " + last.mergeJob()
                        + "); wait for it before resubmitting");
            }
            if (!merge.isEmpty()) {
                // It waits on a failed array, which it never will see succeed.
                client.cancel(last.mergeJob());
                o.println("cancelled merge job " + last.mergeJob() + " (it waited on tasks that failed)");
            }
        }
        String arrayJob;
        try {
            arrayJob = arrayTasks == null ? null : client.submit(SlurmScripts.arrayCommand(job, arrayTasks), "the job array");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "\nnothing was submitted; once that is fixed, run this command again "
                    + "with --resume (or bash " + out.resolve("slurm/submit.sh") + ")", e);
        }
        String mergeJob;
        try {
            mergeJob = client.submit(SlurmScripts.mergeCommand(job, arrayJob), "the merge job");
        } catch (IllegalArgumentException e) {
            if (arrayJob == null) {
                throw new IllegalArgumentException(e.getMessage() + "\nnothing was submitted", e);
            }
            layout.with(new SlurmLayout.Submission(arrayJob, arrayTasks, null)).write(out);
            throw new IllegalArgumentException(e.getMessage() + "\njob array " + arrayJob + " was submitted, the merge job was not; "
                    + "once the array has ended, run this command again with --resume to submit it", e);
        }
        layout.with(new SlurmLayout.Submission(arrayJob, arrayTasks, mergeJob)).write(out);
        String ids = arrayJob == null ? mergeJob : arrayJob + "," + mergeJob;
        o.println(arrayJob == null ? "submitted merge job " + mergeJob + " (every run has finished)"
                : "submitted job array " + arrayJob + " (tasks " + arrayTasks + ") and merge job " + mergeJob
                        + " (runs once every task has succeeded)");
        o.println("follow:  squeue -j " + ids + "    logs: " + out.resolve("slurm/logs") + "/");
        o.println("status:  gossamer sweep --status " + out);
        o.println("results: " + out.resolve("sweep.csv") + " and aggregate.csv once job " + mergeJob + " has finished;"
                + " if tasks fail or time out, the same command with --resume resubmits only those");
        return 0;
    }

    private int chooseTasks(Integer asked, SlurmLayout layout, int runs) {
        if (layout != null) {
            if (asked != null && asked != layout.tasks()) {
                throw new IllegalArgumentException(out + " was split into " + layout.tasks() + " tasks; resume it with --tasks "
                        + layout.tasks() + " (or leave --tasks out)");
            }
            return layout.tasks();
        }
        int tasks = asked != null ? asked : Math.min(runs, MAX_DEFAULT_TASKS);
        if (tasks > runs) {
            throw new IllegalArgumentException("--tasks " + tasks + " is more than the sweep's " + runs + " runs; give at most " + runs);
        }
        return tasks;
    }

    private static List<String> jvmOptions(int cpus) {
        String env = System.getenv("GOSSAMER_JAVA_OPTS");
        if (env != null && !env.isBlank()) {
            return Arrays.asList(env.strip().split("\\s+"));
        }
        List<String> opts = new java.util.ArrayList<>(DEFAULT_JVM);
        // A node may not confine the task to its cores: size GC threads to what was asked for.
        opts.add("-XX:ActiveProcessorCount=" + cpus);
        return opts;
    }

    private static String scenarioArgument(ScenarioSource source) {
        return source.file() != null ? source.file().toAbsolutePath().normalize().toString() : source.bundledName();
    }

    /** Null when this code runs from a jar (the scripts run a copy of it); else the class path. */
    private static String pinJar() {
        Path code = codeSource();
        if (code != null && Files.isRegularFile(code) && code.toString().endsWith(".jar")) {
            return null;
        }
        return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().normalize().toString()).toList());
    }

    private static Path codeSource() {
        try {
            return Path.of(GossamerCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
    }

    // A copy, so that a rebuild while jobs wait in the queue cannot mix two versions in one sweep.
    // A resumed sweep keeps the copy it started with.
    private void copyJar() throws IOException {
        Path target = out.resolve(SlurmScripts.JAR);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".gossamer", ".jar.tmp");
        try {
            Files.copy(codeSource(), tmp, StandardCopyOption.REPLACE_EXISTING);
            ResultFiles.move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeScript(Path file, String text) throws IOException {
        ResultFiles.writeAtomically(file, text);
        if (!file.toFile().setExecutable(true, false)) {
            throw new IOException("cannot make " + file + " executable");
        }
    }

    /** {@code gossamer sweep --status DIR}: missing runs per shard; 1 if any. */
    static int status(Path dir, Integer tasks, PrintWriter o) {
        try {
            SlurmLayout layout = SlurmLayout.read(dir);
            if (layout != null && tasks != null && tasks != layout.tasks()) {
                throw new IllegalArgumentException(dir + " was split into " + layout.tasks() + " tasks (slurm/slurm.json), not " + tasks);
            }
            int n = layout != null ? layout.tasks() : tasks != null ? tasks : 1;
            if (n < 1) {
                throw new IllegalArgumentException("--tasks must be at least 1, got " + n);
            }
            SweepStatus s = SweepStatus.of(dir, n);
            s.lines().forEach(o::println);
            SlurmLayout.Submission last = layout == null ? null : layout.last();
            if (last != null) {
                o.println("last submission: " + (last.arrayJob() == null ? "" : "job array " + last.arrayJob() + " (tasks "
                        + last.arrayTasks() + "), ") + (last.mergeJob() == null ? "no merge job" : "merge job " + last.mergeJob()));
            }
            if (s.missing() > 0 && layout != null) {
                o.println("to rerun the tasks with missing runs (" + s.failedTasks() + "): the same 'gossamer sweep ... --slurm' "
                        + "command with --submit --resume");
            } else if (s.missing() == 0 && s.merged() < s.planned()) {
                o.println("every run has finished; merge them: gossamer merge " + dir.resolve("shards") + "/* --out " + dir);
            }
            return s.missing() > 0 ? GossamerCli.RUN_FAILURE : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}

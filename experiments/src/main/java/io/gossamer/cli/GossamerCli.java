package io.gossamer.cli;

import io.gossamer.experiments.memory.RunOutOfMemory;
import io.gossamer.scenarios.run.RunFailure;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gossamer} command line. */
@Command(name = "gossamer", mixinStandardHelpOptions = true, versionProvider = GossamerCli.Version.class,
        description = {"A fast, deterministic simulator for peer-to-peer systems.",
            "Plug-ins (jars or folders with your protocols, metrics, operations): --plugins PATH[:PATH...] before the"
                    + " command, or the GOSSAMER_PLUGINS environment variable."},
        subcommands = {RunCommand.class, LiveCommand.class, ValidateCommand.class, SweepCommand.class, MergeCommand.class, ReportCommand.class,
            ListCommand.class, ShowCommand.class, TableCommand.class, BenchCommand.class, BaselineCommand.class, CommandLine.HelpCommand.class})
public final class GossamerCli implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Exit status for bad input (usage errors, invalid values). */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure inside a run. */
    public static final int RUN_FAILURE = 1;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line (exit codes: 0 success, 2 bad input, 1 failure in a run). */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new GossamerCli());
        // A mistyped option or value: one line in Gossamer's own form and where to look, not
        // picocli's message followed by the whole usage.
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine where = e.getCommandLine();
            where.getErr().println("gossamer: " + e.getMessage());
            String name = where.getCommandSpec().qualifiedName(" ");
            where.getErr().println("gossamer: see '" + (name.startsWith("gossamer") ? name : "gossamer") + " --help'");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof ScenarioFileException) {
                cmd.getErr().println("gossamer: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof io.gossamer.live.LiveStartException) {
                cmd.getErr().println("gossamer: " + e.getMessage());
                return RUN_FAILURE;
            }
            if (e instanceof RunOutOfMemory) {
                cmd.getErr().println("gossamer: " + e.getMessage());
                return RUN_FAILURE;
            }
            if (e instanceof RunFailure) {
                cmd.getErr().println("gossamer: the run failed: " + e.getMessage());
                return RUN_FAILURE;
            }
            if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
                return fileProblem(cmd, e);
            }
            cmd.getErr().println("gossamer: internal error, please report it with the command that caused it: " + e);
            return RUN_FAILURE;
        });
        return cli;
    }

    /**
     * A file that cannot be read or written: the file and why, in words (never the exception's
     * class); a missing input file is bad input (2), any other file problem a failure (1).
     */
    private static int fileProblem(CommandLine cmd, Exception e) {
        String context = e instanceof java.io.UncheckedIOException && e.getCause() != null
                && !e.getMessage().equals(e.getCause().toString()) ? e.getMessage() : null;
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException missing) {
            cmd.getErr().println("gossamer: no such file: " + missing.getFile());
            return BAD_INPUT;
        }
        String why = cause instanceof java.nio.file.AccessDeniedException a ? a.getFile() + ": permission denied"
                : cause instanceof java.nio.file.FileSystemException f ? f.getFile() + ": "
                        + (f.getReason() == null ? "cannot be read or written" : f.getReason())
                : cause.getMessage();
        cmd.getErr().println("gossamer: " + (context != null && !context.contains(why) ? context : why));
        return RUN_FAILURE;
    }

    /** Runs the command line and returns the exit status. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Runs the command line with the user's plug-ins ({@code --plugins PATH} anywhere in
     * {@code args}, or the {@code GOSSAMER_PLUGINS} environment variable) on the class path.
     */
    static int executeWithPlugins(String[] args, String environment) {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try {
            return execute(Plugins.install(args, environment));
        } catch (OutOfMemoryError e) {
            // Outside a watched run (e.g. writing or rendering results): no node counts to give.
            System.err.println("gossamer: " + RunOutOfMemory.outside(e, "in gossamer " + (args.length == 0 ? "" : args[0])).getMessage());
            return RUN_FAILURE;
        } catch (IllegalArgumentException e) {
            System.err.println("gossamer: " + e.getMessage());
            return BAD_INPUT;
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(executeWithPlugins(args, System.getenv(Plugins.ENVIRONMENT)));
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GossamerCli.class.getPackage().getImplementationVersion();
            return new String[] {"gossamer " + (v == null ? "development build" : v)};
        }
    }
}

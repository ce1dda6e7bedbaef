package io.gossamer.cli;

import io.gossamer.experiments.io.OutputDirectory;
import io.gossamer.experiments.live.LiveParts;
import io.gossamer.experiments.live.LiveRun;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.RunWriter;
import io.gossamer.live.LiveConfig;
import io.gossamer.live.Part;
import io.gossamer.live.WireStats;
import io.gossamer.live.WallClockPacer;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.ScenarioCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gossamer live}: one run of a scenario in real time, every node on its own UDP socket. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Run a scenario once in real time on real sockets (all nodes in this process, or part i of N with --part) and write the same"
                + " results as 'run' (summary.json, series/, tables/) plus the wire's counters in run-info.json.",
            "SCENARIO is a .yaml file or the name of a bundled scenario (see 'gossamer list')."})
final class LiveCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or bundled scenario name.")
    private String scenario;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's seed).")
    private Long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a value (repeatable).")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/NAME-live).")
    private Path out;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Local address every node binds (default: ${DEFAULT-VALUE}).")
    private String bind;

    @Option(names = "--ports", paramLabel = "LOW-HIGH", defaultValue = "0",
            description = "Ports of the nodes: node n binds LOW+n; 0 (the default) lets the system pick free ports.")
    private String ports;

    @Option(names = "--emulate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Apply the scenario's latency, loss and bandwidth models to the real packets in user space"
                    + " (default); --no-emulate sends each copy at once and lets the real network decide.")
    private boolean emulate;

    @Option(names = "--broker", paramLabel = "gossamer|zeromq", defaultValue = "gossamer",
            description = "Which broker carries centralized pub/sub's relays: gossamer (the broker component sends every copy"
                    + " over TCP; the default) or zeromq (each relay is published once into a JeroMQ XPUB/XSUB broker, which"
                    + " copies it to every node's SUB socket).")
    private String broker;

    @Option(names = "--part", paramLabel = "i/N",
            description = "Run part i of N of the nodes (node n runs in part (n mod N) + 1); the parts meet in the address"
                    + " file and 'gossamer merge' puts their directories together (default: 1/1, every node here).")
    private String part;

    @Option(names = "--addresses", paramLabel = "FILE",
            description = "The address file the parts of a split run meet in; every part gives the same one (default:"
                    + " results/NAME-live-addresses.txt).")
    private Path addresses;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "60s",
            description = "How long a part waits for the other parts to appear in the address file (default: ${DEFAULT-VALUE}).")
    private String wait;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public void run() {
        PrintWriter o = spec.commandLine().getOut();
        LiveConfig config = config(bind, ports, emulate);
        Part split = part == null ? Part.WHOLE : Part.parse(part);
        LiveRun.Broker relays = LiveRun.Broker.parse(broker);
        long waitNanos = waitNanos(wait);
        ScenarioSource source = ScenarioSource.resolve(scenario);
        ScenarioCheck.Report checked = ScenarioCheck.check(ScenarioLoader.discover(), source, sets, false, false);
        Scenario s = checked.scenario();
        Warnings.print(spec.commandLine().getErr(), checked.warnings());
        long runSeed = seed != null ? seed : s.seed();
        Path dir = out != null ? out : Path.of("results", s.name() + "-live"
                + (split.split() ? "-part" + split.index() + "of" + split.count() : ""));
        OutputDirectory.checkForRun(dir);
        LiveRun.Split how = !split.split() ? null : new LiveRun.Split(split,
                addresses != null ? addresses : Path.of("results", s.name() + "-live-addresses.txt"), waitNanos);
        if (s.sweep() != null) {
            spec.commandLine().getErr().println("gossamer: note: " + source.shownAs()
                    + " has a sweep; 'live' does one run without it");
        }
        if (s.network().processing() != null || s.network().sendProcessing() != null) {
            spec.commandLine().getErr().println("gossamer: note: 'network.processing' and 'network.send-processing' are not"
                    + " charged in a live run: the real handling costs apply");
        }
        LiveRun.Result r;
        try (Progress progress = new Progress(spec.commandLine().getErr(), s.name() + " (live)", !quiet)) {
            r = LiveRun.run(s, runSeed, config, how, relays, (now, limit, line) -> progress.update(now / (double) limit, line));
        }
        RunWriter.write(dir, s, RunCommand.parameters(sets), r.outcome(), r.info(),
                r.part() == null ? Map.of() : Map.of(LiveParts.PART_JSON, ResultFiles.toJson(r.part())));
        RunCommand.print(o, s, runSeed, r.outcome());
        WireStats stats = r.stats();
        WallClockPacer.Lateness lateness = r.lateness();
        o.println(String.format(Locale.ROOT, "  live: wall %.2fs, cpu %.2fs, %d sockets, %d datagrams (%d bytes) sent,"
                + " %d received, timer lateness mean %.0fus max %.0fus, loop busy %.3fs (%.1fus per delivery)",
                r.info().wallSeconds(), r.info().cpuSeconds(), stats.socketsOpened(), stats.datagramsSent(), stats.bytesSent(),
                stats.datagramsReceived(), lateness.meanLateNs() / 1e3, lateness.maxLateNs() / 1e3, r.loopBusyNanos() / 1e9,
                r.delivered() == 0 ? 0 : r.loopBusyNanos() / 1e3 / r.delivered()));
        if (stats.relay() != null) {
            o.println(String.format(Locale.ROOT, "  zeromq: %d relays published (%d bytes), %d copies, broker %s",
                    stats.relay().publications(), stats.relay().bytesPublished(), stats.relay().copies(), stats.relay().broker()));
        }
        o.println("results: " + dir);
        if (how != null) {
            o.println("part " + split + " of the run; when every part is done: gossamer merge DIR-of-each-part... --out DIR");
        }
    }

    /** --wait as nanoseconds. */
    private static long waitNanos(String text) {
        try {
            long n = io.gossamer.scenarios.Units.duration(text.trim());
            if (n > 0) {
                return n;
            }
        } catch (IllegalArgumentException e) {
            // the message below says what is valid
        }
        throw new IllegalArgumentException("--wait '" + text + "': give a positive duration with a unit, e.g. 60s or 500ms");
    }

    /** The socket settings of --bind, --ports and --[no-]emulate. */
    static LiveConfig config(String bind, String ports, boolean emulate) {
        int low;
        int high;
        String p = ports.trim();
        try {
            int dash = p.indexOf('-');
            low = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
            high = dash < 0 ? (low == 0 ? 0 : 65535) : Integer.parseInt(p.substring(dash + 1).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--ports '" + ports + "': give LOW-HIGH (e.g. 40000-40999), LOW, or 0");
        }
        try {
            return new LiveConfig(LiveConfig.address(bind), low, high, emulate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--bind/--ports: " + e.getMessage());
        }
    }
}

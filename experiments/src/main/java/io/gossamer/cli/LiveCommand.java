package io.gossamer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.RunWriter;
import io.gossamer.live.LiveConfig;
import io.gossamer.live.LiveRuntime;
import io.gossamer.live.LiveStartException;
import io.gossamer.live.UdpWire;
import io.gossamer.live.WallClockPacer;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunFailure;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.ScenarioCheck;
import io.gossamer.scenarios.run.ScenarioRunner;
import io.gossamer.sim.node.NodeHost;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        description = {"Run a scenario once in real time on real sockets (all nodes in this process) and write the same"
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

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public void run() {
        PrintWriter o = spec.commandLine().getOut();
        LiveConfig config = config();
        ScenarioSource source = ScenarioSource.resolve(scenario);
        ScenarioCheck.Report checked = ScenarioCheck.check(ScenarioLoader.discover(), source, sets, false, false);
        Scenario s = checked.scenario();
        Warnings.print(spec.commandLine().getErr(), checked.warnings());
        long runSeed = seed != null ? seed : s.seed();
        Path dir = out != null ? out : Path.of("results", s.name() + "-live");
        if (s.sweep() != null) {
            spec.commandLine().getErr().println("gossamer: note: " + source.shownAs()
                    + " has a sweep; 'live' does one run without it");
        }
        if (s.network().processing() != null) {
            spec.commandLine().getErr().println("gossamer: note: 'network.processing' is not charged in a live run:"
                    + " the real handling costs apply");
        }
        LiveRuntime[] live = new LiveRuntime[1];
        NodeHost[] host = new NodeHost[1];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        RunOutcome outcome;
        UdpWire.Stats stats;
        WallClockPacer.Lateness lateness;
        try (Progress progress = new Progress(spec.commandLine().getErr(), s.name() + " (live)", !quiet)) {
            outcome = new ScenarioRunner(s, runSeed).onHost(h -> {
                host[0] = h;
                live[0] = LiveRuntime.install(h, config);
            }).run((now, limit, events) -> {
                double elapsed = (System.nanoTime() - wall0) / 1e9;
                long sent = live[0].wire().stats().datagramsSent();
                progress.update(now / (double) limit, String.format(Locale.ROOT, "wall %.1fs, %d nodes up, %.0f messages/s",
                        elapsed, host[0].liveCount(), elapsed > 0 ? sent / elapsed : 0));
            });
        } catch (RunFailure f) {
            if (f.getCause() instanceof LiveStartException e) {
                throw e;
            }
            throw f;
        } finally {
            if (live[0] != null) {
                live[0].close();
            }
        }
        stats = live[0].wire().stats();
        lateness = live[0].pacer().lateness();
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        Loop loop = new Loop(outcome.endTime(), live[0].pacer().idleNanos(), host[0].network().totalDelivered());
        RunWriter.write(dir, s, RunCommand.parameters(sets), outcome,
                new RunWriter.RunInfo(wall, cpu, startedAt, liveInfo(config, stats, lateness, loop)));
        RunCommand.print(o, s, runSeed, outcome);
        o.println(String.format(Locale.ROOT, "  live: wall %.2fs, cpu %.2fs, %d sockets, %d datagrams (%d bytes) sent,"
                + " %d received, timer lateness mean %.0fus max %.0fus, loop busy %.3fs (%.1fus per delivery)", wall, cpu,
                stats.socketsOpened(), stats.datagramsSent(), stats.bytesSent(), stats.datagramsReceived(),
                lateness.meanLateNs() / 1e3, lateness.maxLateNs() / 1e3, loop.busyNanos() / 1e9,
                loop.delivered() == 0 ? 0 : loop.busyNanos() / 1e3 / loop.delivered()));
        o.println("results: " + dir);
    }

    private LiveConfig config() {
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

    /**
     * The loop thread's time over the run.
     *
     * @param runNanos the run's length (virtual time = wall time since the clock started)
     * @param idleNanos time it waited for the clock or input
     * @param delivered messages delivered to nodes
     */
    private record Loop(long runNanos, long idleNanos, long delivered) {
        long busyNanos() {
            return Math.max(0, runNanos - idleNanos);
        }
    }

    private static ObjectNode liveInfo(LiveConfig config, UdpWire.Stats stats, WallClockPacer.Lateness lateness, Loop loop) {
        ObjectNode o = ResultFiles.object();
        ObjectNode l = o.putObject("live");
        l.put("bind", config.bind().getHostAddress());
        l.put("emulate", config.emulate());
        l.put("transport", "udp");
        l.put("sockets_opened", stats.socketsOpened());
        l.put("sockets_max_open", stats.socketsMax());
        l.put("datagrams_sent", stats.datagramsSent());
        l.put("bytes_sent", stats.bytesSent());
        l.put("datagrams_received", stats.datagramsReceived());
        l.put("bytes_received", stats.bytesReceived());
        l.put("undecodable", stats.undecodable());
        l.put("timed_events_waited", lateness.events());
        l.set("timer_late_mean_us", ResultFiles.number(lateness.meanLateNs() / 1e3));
        l.set("timer_late_max_us", ResultFiles.number(lateness.maxLateNs() / 1e3));
        l.set("timer_late_p50_us", ResultFiles.number(lateness.p50Ns() / 1e3));
        l.set("timer_late_p90_us", ResultFiles.number(lateness.p90Ns() / 1e3));
        l.set("timer_late_p99_us", ResultFiles.number(lateness.p99Ns() / 1e3));
        l.set("loop_busy_s", ResultFiles.number(loop.busyNanos() / 1e9));
        l.set("loop_send_s", ResultFiles.number(stats.sendNanos() / 1e9));
        l.set("io_receive_s", ResultFiles.number(stats.receiveNanos() / 1e9));
        l.put("messages_delivered", loop.delivered());
        l.set("loop_busy_per_delivery_us", ResultFiles.number(loop.delivered() == 0 ? 0 : loop.busyNanos() / 1e3 / loop.delivered()));
        l.set("send_per_datagram_us", ResultFiles.number(stats.datagramsSent() == 0 ? 0
                : stats.sendNanos() / 1e3 / stats.datagramsSent()));
        ObjectNode types = l.putObject("message_types");
        for (Map.Entry<String, UdpWire.TypeStats> t : stats.types().entrySet()) {
            ObjectNode to = types.putObject(t.getKey());
            to.put("copies", t.getValue().copies());
            to.put("declared_bytes", t.getValue().declaredBytes());
            to.put("encoded_bytes", t.getValue().encodedBytes());
        }
        return o;
    }
}

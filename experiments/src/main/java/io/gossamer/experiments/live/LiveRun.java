package io.gossamer.experiments.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.RunWriter;
import io.gossamer.live.LiveConfig;
import io.gossamer.live.LiveRuntime;
import io.gossamer.live.LiveStartException;
import io.gossamer.live.UdpWire;
import io.gossamer.live.WallClockPacer;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunFailure;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.ScenarioRunner;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.sim.node.NodeHost;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One run of a scenario in real time on sockets ({@link LiveRuntime}), for {@code gossamer live}
 * and {@code gossamer sweep --live}. The outcome has the simulated run's metrics and one more,
 * {@code live}: what the wire and the loop thread measured (see {@link #FIGURES}), so that a
 * sweep's tables aggregate them like any figure.
 */
public final class LiveRun {
    /** The figures of the {@code live} metric, in order, with what they mean (docs/live.md lists them). */
    public static final Map<String, String> FIGURES = figures();

    private LiveRun() {
    }

    private static Map<String, String> figures() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("datagrams_sent", "datagrams written to sockets");
        f.put("encoded_bytes_sent", "their UDP payload bytes");
        f.put("loop_busy_s", "wall time the loop thread ran events (the run's length minus its waits)");
        f.put("loop_cpu_s", "CPU time of the loop thread over the run");
        f.put("loop_busy_per_delivery_us", "loop_busy_s per message delivered");
        f.put("loop_cpu_per_delivery_us", "loop_cpu_s per message delivered");
        f.put("handle_per_arrival_us", "wall time the loop thread spent on one message off the wire: delivery, handlers, and"
                + " encoding and writing the copies they send");
        f.put("send_per_datagram_us", "wall time the loop thread spent encoding, writing and flushing, per datagram");
        f.put("io_receive_per_datagram_us", "I/O thread time decoding and handing over, per datagram");
        f.put("transit_mean_us", "mean time from a datagram's write (in a handler) to its read by the I/O thread");
        f.put("transit_p10_us", "10th percentile of that time: a hop through an uncongested wire");
        f.put("transit_p50_us", "its median");
        f.put("stream_frames_sent", "copies sent over connections, as frames on TCP connections");
        f.put("stream_connections_opened", "TCP connections opened (one per ordered pair in use, again after an idle close)");
        f.put("timer_late_mean_us", "mean lateness of timed events against the wall clock");
        f.put("timer_late_p50_us", "median lateness (upper bound of its power-of-two bucket)");
        f.put("timer_late_p99_us", "99th percentile of the lateness");
        f.put("timer_late_max_us", "largest lateness");
        return f;
    }

    /** Told between slices of the run (on the loop thread). */
    public interface Progress {
        /** Virtual time {@code now} of {@code limit}; {@code line} says wall time, nodes up, messages per second. */
        void update(long now, long limit, String line);
    }

    /**
     * A finished live run.
     *
     * @param outcome the metrics, with {@code live} added
     * @param info run-info.json's entries
     * @param stats the wire's counters
     * @param lateness the pacer's lateness
     * @param loopBusyNanos the loop thread's busy wall time
     * @param delivered messages delivered
     */
    public record Result(RunOutcome outcome, RunWriter.RunInfo info, UdpWire.Stats stats, WallClockPacer.Lateness lateness,
            long loopBusyNanos, long delivered) {
    }

    /**
     * Runs {@code scenario} live with {@code seed}; every socket is released when it returns or
     * throws ({@link LiveStartException} if a node cannot start).
     */
    public static Result run(Scenario scenario, long seed, LiveConfig config, Progress progress) {
        LiveRuntime[] live = new LiveRuntime[1];
        NodeHost[] host = new NodeHost[1];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = os.getProcessCpuTime();
        long loopCpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        RunOutcome outcome;
        try {
            outcome = new ScenarioRunner(scenario, seed).onHost(h -> {
                host[0] = h;
                live[0] = LiveRuntime.install(h, config);
                live[0].wire().idleTimeout(scenario.network().connections().idleTimeout());
            }).run((now, limit, events) -> {
                double elapsed = (System.nanoTime() - wall0) / 1e9;
                long sent = live[0].wire().stats().datagramsSent();
                progress.update(now, limit, String.format(Locale.ROOT, "wall %.1fs, %d nodes up, %.0f messages/s",
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
        long loopCpu = threads.getCurrentThreadCpuTime() - loopCpu0;
        UdpWire.Stats stats = live[0].wire().stats();
        WallClockPacer.Lateness lateness = live[0].pacer().lateness();
        long busy = Math.max(0, outcome.endTime() - live[0].pacer().idleNanos());
        long delivered = host[0].network().totalDelivered();
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("datagrams_sent", (double) stats.datagramsSent());
        figures.put("encoded_bytes_sent", (double) stats.bytesSent());
        figures.put("loop_busy_s", busy / 1e9);
        figures.put("loop_cpu_s", loopCpu / 1e9);
        figures.put("loop_busy_per_delivery_us", per(busy / 1e3, delivered));
        figures.put("loop_cpu_per_delivery_us", per(loopCpu / 1e3, delivered));
        WallClockPacer.Arrivals arrivals = live[0].pacer().arrivals();
        figures.put("handle_per_arrival_us", per(arrivals.nanos() / 1e3, arrivals.count()));
        figures.put("send_per_datagram_us", per((stats.sendNanos() + stats.flushNanos()) / 1e3, stats.datagramsSent()));
        figures.put("io_receive_per_datagram_us", per(stats.receiveNanos() / 1e3, stats.datagramsReceived()));
        figures.put("transit_mean_us", per(stats.transitNanos() / 1e3, stats.datagramsReceived()));
        figures.put("transit_p10_us", live[0].wire().transitPercentile(0.1) / 1e3);
        figures.put("transit_p50_us", live[0].wire().transitPercentile(0.5) / 1e3);
        figures.put("stream_frames_sent", (double) stats.stream().framesSent());
        figures.put("stream_connections_opened", (double) stats.stream().connectionsOpened());
        figures.put("timer_late_mean_us", lateness.meanLateNs() / 1e3);
        figures.put("timer_late_p50_us", lateness.p50Ns() / 1e3);
        figures.put("timer_late_p99_us", lateness.p99Ns() / 1e3);
        figures.put("timer_late_max_us", lateness.maxLateNs() / 1e3);
        Map<String, MetricResult> metrics = new LinkedHashMap<>(outcome.metrics());
        metrics.put("live", new MetricResult(figures, Map.of(), Map.of()));
        RunOutcome withLive = new RunOutcome(outcome.seed(), outcome.events(), outcome.endTime(), outcome.lastEventTime(),
                outcome.end(), metrics);
        RunWriter.RunInfo info = new RunWriter.RunInfo(wall, cpu, startedAt, info(config, stats, lateness, busy, delivered));
        return new Result(withLive, info, stats, lateness, busy, delivered);
    }

    private static Double per(double total, long count) {
        return count == 0 ? null : total / count;
    }

    private static ObjectNode info(LiveConfig config, UdpWire.Stats stats, WallClockPacer.Lateness lateness, long busy,
            long delivered) {
        ObjectNode o = ResultFiles.object();
        ObjectNode l = o.putObject("live");
        l.put("bind", config.bind().getHostAddress());
        l.put("emulate", config.emulate());
        l.put("transport", "udp datagrams, tcp connections");
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
        l.set("loop_busy_s", ResultFiles.number(busy / 1e9));
        l.set("loop_send_s", ResultFiles.number(stats.sendNanos() / 1e9));
        l.set("loop_flush_s", ResultFiles.number(stats.flushNanos() / 1e9));
        l.set("transit_s", ResultFiles.number(stats.transitNanos() / 1e9));
        l.set("io_receive_s", ResultFiles.number(stats.receiveNanos() / 1e9));
        l.put("messages_delivered", delivered);
        ObjectNode st = l.putObject("stream");
        st.put("connections_opened", stats.stream().connectionsOpened());
        st.put("connect_failures", stats.stream().connectFailures());
        st.put("idle_closed", stats.stream().idleClosed());
        st.put("closed_otherwise", stats.stream().closedOtherwise());
        st.put("frames_sent", stats.stream().framesSent());
        st.put("frames_received", stats.stream().framesReceived());
        st.put("bytes_sent", stats.stream().bytesSent());
        st.put("lost", stats.stream().lost());
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

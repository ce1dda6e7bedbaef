package io.gossamer.experiments.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.RunWriter;
import io.gossamer.live.AddressFile;
import io.gossamer.live.LiveConfig;
import io.gossamer.live.LiveRuntime;
import io.gossamer.live.LiveStartException;
import io.gossamer.live.Part;
import io.gossamer.live.RelayStats;
import io.gossamer.live.TypeStats;
import io.gossamer.live.WireStats;
import io.gossamer.live.WallClockPacer;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunFailure;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.ScenarioRunner;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.sim.node.NodeHost;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

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
        f.put("encoded_bytes_sent", "bytes written: the datagrams' UDP payloads and the TCP frames (length prefix included;"
                + " IP, UDP and TCP headers not counted)");
        f.put("loop_busy_s", "wall time the loop thread ran events (the run's length minus its waits)");
        f.put("loop_cpu_s", "CPU time of the loop thread over the run");
        f.put("loop_busy_per_delivery_us", "loop_busy_s per message delivered");
        f.put("loop_cpu_per_delivery_us", "loop_cpu_s per message delivered");
        f.put("handle_per_arrival_us", "wall time the loop thread spent on one message off the wire: delivery, handlers, and"
                + " encoding and writing the copies they send");
        f.put("send_per_datagram_us", "wall time the loop thread spent encoding, writing and flushing, per datagram or TCP frame sent");
        f.put("io_receive_per_datagram_us", "I/O thread time decoding and handing over, per datagram or TCP frame read");
        f.put("transit_mean_us", "mean time from a datagram's or frame's write (in a handler) to its read by the I/O thread");
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
     * @param part a part's part.json (what {@code gossamer merge} puts together), or null for a whole run
     */
    public record Result(RunOutcome outcome, RunWriter.RunInfo info, WireStats stats, WallClockPacer.Lateness lateness,
            long loopBusyNanos, long delivered, ObjectNode part) {
    }

    /**
     * How a run is split over processes.
     *
     * @param part this process's part
     * @param addresses the address file the parts meet in
     * @param waitNanos how long to wait for the other parts
     */
    public record Split(Part part, Path addresses, long waitNanos) {
    }

    /** Which broker carries centralized pub/sub's relays in a live run. */
    public enum Broker {
        /** Gossamer's broker component sends every copy over its TCP connection to the subscriber (the default). */
        GOSSAMER,
        /**
         * The broker component keeps the subscriptions, and each of its relays is published once
         * into a JeroMQ XPUB/XSUB broker, which copies it to every node's SUB socket.
         */
        ZEROMQ;

        /** {@code gossamer} or {@code zeromq}, with a message naming the option otherwise. */
        public static Broker parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "gossamer" -> GOSSAMER;
                case "zeromq" -> ZEROMQ;
                default -> throw new IllegalArgumentException("--broker '" + text + "': give gossamer (Gossamer's broker"
                        + " component, the default) or zeromq (a JeroMQ XPUB/XSUB broker)");
            };
        }
    }

    /**
     * Runs {@code scenario} live with {@code seed}; every socket is released when it returns or
     * throws ({@link LiveStartException} if a node cannot start).
     */
    public static Result run(Scenario scenario, long seed, LiveConfig config, Progress progress) {
        return run(scenario, seed, config, null, progress);
    }

    /**
     * Runs {@code scenario} live, all of it or (with {@code split}) one part of it (see
     * {@link LiveParts}); every socket is released and the part's {@code closed} line written
     * when it returns or throws.
     *
     * @throws IllegalArgumentException if the scenario cannot be split so (a metric that cannot
     *     merge parts, nodes that start later without --ports)
     * @throws LiveStartException if a node cannot start or another part does not appear
     */
    public static Result run(Scenario scenario, long seed, LiveConfig config, Split split, Progress progress) {
        return run(scenario, seed, config, split, Broker.GOSSAMER, progress);
    }

    /**
     * Runs {@code scenario} live as {@link #run(Scenario, long, LiveConfig, Split, Progress)},
     * with pub/sub's relays carried by {@code broker}.
     *
     * @throws IllegalArgumentException for {@link Broker#ZEROMQ} with a split run or a scenario
     *     without a {@code broker} node class
     */
    public static Result run(Scenario scenario, long seed, LiveConfig config, Split split, Broker broker, Progress progress) {
        if (broker == Broker.ZEROMQ) {
            if (split != null) {
                throw new IllegalArgumentException("--broker zeromq runs its broker in one process: leave out --part");
            }
            if (scenario.nodeClasses().stream().noneMatch(c -> c.protocol().name().equals("broker"))) {
                throw new IllegalArgumentException("--broker zeromq: " + scenario.name() + " has no node class with protocol"
                        + " 'broker' (centralized pub/sub), whose relays the ZeroMQ broker would carry");
            }
        }
        AddressFile file = null;
        if (split != null) {
            LiveParts.check(scenario, config, split.part());
            file = new AddressFile(split.addresses(), split.part(), LiveParts.session(scenario, seed, split.part()),
                    split.waitNanos());
        }
        AddressFile parts = file;
        LiveRuntime[] live = new LiveRuntime[1];
        NodeHost[] host = new NodeHost[1];
        AtomicBoolean allDone = new AtomicBoolean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = os.getProcessCpuTime();
        long loopCpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String label = split == null ? "" : "part " + split.part() + ", ";
        ScenarioRunner runner = new ScenarioRunner(scenario, seed).onHost(h -> {
            host[0] = h;
            live[0] = LiveRuntime.install(h, config);
            live[0].wire().idleTimeout(scenario.network().connections().idleTimeout());
            if (broker == Broker.ZEROMQ) {
                live[0].relayThroughZeroMq(node -> h.root(node) instanceof io.gossamer.protocols.pubsub.Broker);
            }
            if (parts != null) {
                live[0].split(split.part(), parts, split.waitNanos());
                parts.watch(() -> {
                    allDone.set(true);
                    live[0].pacer().submit(() -> { });
                });
            }
        });
        if (parts != null) {
            runner.hosting(split.part()::hosts).completion(mine -> () -> {
                boolean done = mine.getAsBoolean();
                if (done) {
                    parts.done();
                }
                return done && allDone.get();
            });
        }
        RunOutcome outcome;
        try {
            outcome = runner.run((now, limit, events) -> {
                double elapsed = (System.nanoTime() - wall0) / 1e9;
                long sent = live[0].wire().stats().datagramsSent();
                progress.update(now, limit, String.format(Locale.ROOT, "%swall %.1fs, %d nodes up, %.0f messages/s", label,
                        elapsed, host[0].liveCount(), elapsed > 0 ? sent / elapsed : 0));
            });
        } catch (RunFailure f) {
            if (f.getCause() instanceof LiveStartException e) {
                throw e;
            }
            throw f;
        } finally {
            if (parts != null) {
                parts.close();
            }
            if (live[0] != null) {
                live[0].close();
            }
        }
        long loopCpu = threads.getCurrentThreadCpuTime() - loopCpu0;
        WireStats stats = live[0].wire().stats();
        WallClockPacer.Lateness lateness = live[0].pacer().lateness();
        long busy = Math.max(0, outcome.endTime() - live[0].pacer().idleNanos());
        long delivered = host[0].network().totalDelivered();
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        WallClockPacer.Arrivals arrivals = live[0].pacer().arrivals();
        // Copies go as datagrams or, over connections, as TCP frames: bytes, reads and transits count both.
        LiveTotals totals = new LiveTotals(stats.datagramsSent(), stats.bytesSent() + stats.stream().bytesSent(), busy, loopCpu,
                delivered, arrivals.count(), arrivals.nanos(), stats.sendNanos(), stats.flushNanos(), stats.receiveNanos(),
                stats.datagramsReceived() + stats.stream().framesReceived(),
                stats.transitNanos(), stats.stream().framesSent(), stats.stream().connectionsOpened(), lateness.events(),
                lateness.meanLateNs() * lateness.events(), lateness.maxLateNs(), lateness.p50Ns(), lateness.p99Ns(),
                live[0].wire().transitPercentile(0.1), live[0].wire().transitPercentile(0.5));
        Map<String, MetricResult> metrics = new LinkedHashMap<>(outcome.metrics());
        metrics.put("live", new MetricResult(totals.figures(), Map.of(), Map.of()));
        RunOutcome withLive = new RunOutcome(outcome.seed(), outcome.events(), outcome.endTime(), outcome.lastEventTime(),
                outcome.end(), metrics);
        ObjectNode extra = info(config, stats, lateness, busy, delivered);
        ObjectNode part = null;
        if (split != null) {
            ObjectNode l = (ObjectNode) extra.get("live");
            l.put("part", split.part().toString());
            l.put("addresses", split.addresses().toString());
            l.put("clock_start", Instant.ofEpochSecond(0, live[0].startedEpochNs()).toString());
            part = LiveParts.partJson(split, parts, live[0].startedEpochNs(), withLive, totals);
        }
        RunWriter.RunInfo info = new RunWriter.RunInfo(wall, cpu, startedAt, extra);
        return new Result(withLive, info, stats, lateness, busy, delivered, part);
    }

    private static ObjectNode info(LiveConfig config, WireStats stats, WallClockPacer.Lateness lateness, long busy,
            long delivered) {
        ObjectNode o = ResultFiles.object();
        ObjectNode l = o.putObject("live");
        l.put("bind", config.bind().getHostAddress());
        l.put("emulate", config.emulate());
        l.put("transport", "udp datagrams, tcp connections" + (stats.relay() != null ? ", the broker's relays through zeromq" : ""));
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
        if (stats.relay() != null) {
            RelayStats r = stats.relay();
            ObjectNode z = l.putObject("zeromq");
            z.put("broker", r.broker());
            z.put("relayed_copies", r.copies());
            z.put("publications", r.publications());
            z.put("bytes_published", r.bytesPublished());
            z.put("forwarded", r.forwarded());
            z.put("subscriptions", r.subscriptions());
            z.put("frames_received", r.framesReceived());
            z.put("frames_not_for_node", r.notForNode());
        }
        ObjectNode types = l.putObject("message_types");
        for (Map.Entry<String, TypeStats> t : stats.types().entrySet()) {
            ObjectNode to = types.putObject(t.getKey());
            to.put("copies", t.getValue().copies());
            to.put("declared_bytes", t.getValue().declaredBytes());
            to.put("encoded_bytes", t.getValue().encodedBytes());
        }
        return o;
    }
}

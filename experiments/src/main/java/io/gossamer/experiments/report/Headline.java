package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The opening of a run report: what ran (nodes, protocols, seed, how it ended) and the key
 * figures of the built-in metrics in words and units ("90 % of nodes had a message after
 * 201 ms"). Figures a run did not write are left out; undefined ones are said to be undefined.
 */
final class Headline {
    private Headline() {
    }

    /** One sentence on what ran. */
    static String what(RunSummary s) {
        StringBuilder out = new StringBuilder();
        long total = 0;
        boolean allCounted = !s.classes().isEmpty();
        List<String> classes = new ArrayList<>();
        Set<String> protocols = new LinkedHashSet<>();
        for (RunSummary.NodeClass c : s.classes()) {
            Optional<Double> count = RunPlots.number(c.count());
            allCounted &= count.isPresent();
            total += count.map(Double::longValue).orElse(0L);
            classes.add(count.map(n -> Quantity.digits(n) + " ").orElse("") + c.name());
            if (!c.protocol().isEmpty()) {
                protocols.add(c.protocol());
            }
        }
        if (allCounted) {
            out.append(Quantity.digits(total)).append(total == 1 ? " node" : " nodes");
            if (classes.size() > 1) {
                out.append(" (").append(String.join(", ", classes)).append(')');
            }
        } else if (!classes.isEmpty()) {
            out.append("Node classes ").append(String.join(", ", classes));
        } else {
            out.append("A run");
        }
        if (!protocols.isEmpty()) {
            out.append(" running ").append(String.join(", ", protocols));
        }
        if (s.seed() != null) {
            out.append("; seed ").append(s.seed());
        }
        RunPlots.number(s.simulatedTimeS()).ifPresent(t -> out.append("; stopped after ")
                .append(Quantity.SECONDS.format(t)).append(" of simulated time"));
        if (s.end() != null) {
            out.append(switch (s.end()) {
                case "condition" -> " when its stop condition held";
                case "time-limit" -> " at its time limit";
                case "no-events" -> " with nothing left to do";
                default -> " (" + s.end() + ")";
            });
        }
        RunPlots.number(s.events()).ifPresent(e -> out.append("; ").append(Quantity.digits(e)).append(" events"));
        return out.append('.').toString();
    }

    /** The key figures in words, one sentence each. */
    static List<String> figures(RunSummary s) {
        List<String> out = new ArrayList<>();
        dissemination(s).ifPresent(out::addAll);
        traffic(s).ifPresent(out::add);
        get(s, "nodes", "live_final").ifPresent(live -> out.add("Live nodes: " + Quantity.digits(live) + " at the end"
                + get(s, "nodes", "live_min").map(m -> " (fewest " + Quantity.digits(m) + ")").orElse("") + "."));
        pss(s).ifPresent(out::add);
        overlay(s).ifPresent(out::add);
        return out;
    }

    private static Optional<List<String>> dissemination(RunSummary s) {
        Optional<Double> messages = get(s, "dissemination", "messages");
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        if (messages.get() == 0) {
            out.add("No message was broadcast.");
            return Optional.of(out);
        }
        String over = messages.get() == 1 ? "" : " (mean over " + Quantity.digits(messages.get()) + " messages)";
        List<String> times = new ArrayList<>();
        for (String[] t : new String[][] {{"t50_ms", "half of the nodes"}, {"t90_ms", "90 % of nodes"},
            {"t100_ms", "every node"}}) {
            if (s.value("dissemination", t[0]) != null) {
                times.add(t[1] + " had " + (messages.get() == 1 ? "the message" : "a message") + " after "
                        + Quantity.MILLISECONDS.format(Double.parseDouble(s.value("dissemination", t[0]))));
            } else if (hasFigure(s, "dissemination", t[0])) {
                times.add(t[1] + ": never (some message did not reach them, so " + t[0] + " is undefined)");
            }
        }
        if (!times.isEmpty()) {
            out.add(SeriesCatalog.capitalised(String.join("; ", times)) + over + ".");
        }
        get(s, "dissemination", "coverage").ifPresent(c -> out.add("Coverage: " + Quantity.SHARE.format(c)
                + " of the targets reached" + get(s, "dissemination", "coverage_min")
                .map(m -> " (least for one message: " + Quantity.SHARE.format(m) + ")").orElse("")
                + get(s, "dissemination", "complete").map(k -> "; " + Quantity.digits(k) + " of "
                        + Quantity.digits(messages.get()) + " messages reached every target").orElse("") + "."));
        get(s, "dissemination", "sent").ifPresent(sent -> out.add(Quantity.digits(sent) + " payload messages sent"
                + get(s, "dissemination", "redundancy").map(r -> ", " + Quantity.digits(r) + " per node a message reached (1 would be a tree)").orElse("")
                + get(s, "dissemination", "duplicates").map(d -> "; " + Quantity.digits(d) + " duplicate receipts").orElse("")
                + "."));
        return Optional.of(out);
    }

    private static Optional<String> traffic(RunSummary s) {
        Optional<Double> sent = get(s, "traffic", "sent");
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        double dropped = 0;
        List<String> reasons = new ArrayList<>();
        for (RunSummary.Metric m : s.metrics()) {
            if (!m.name().equals("traffic")) {
                continue;
            }
            for (RunSummary.Value v : m.values()) {
                Optional<Double> d = RunPlots.number(v.text());
                if (v.name().startsWith("dropped_") && d.isPresent() && d.get() > 0) {
                    dropped += d.get();
                    reasons.add(Quantity.digits(d.get()) + " " + SeriesCatalog.words(v.name().substring("dropped_".length())));
                }
            }
        }
        return Optional.of("Network: " + Quantity.digits(sent.get()) + " messages sent"
                + get(s, "traffic", "sent_bytes").map(b -> " (" + Quantity.BYTES.format(b) + ")").orElse("")
                + get(s, "traffic", "delivered").map(d -> ", " + Quantity.digits(d) + " delivered").orElse("")
                + ", " + Quantity.digits(dropped) + " dropped" + (reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")")
                // A run that stops early (stop-when: all-delivered) leaves copies on the wire: say so, or the figures do not add up.
                + get(s, "traffic", "in_flight").filter(f -> f > 0).map(f -> ", " + Quantity.digits(f)
                        + " still in flight when the run stopped").orElse("")
                + ".");
    }

    private static Optional<String> pss(RunSummary s) {
        List<String> parts = new ArrayList<>();
        get(s, "pss", "freshness_rounds").ifPresent(f -> parts.add("mean descriptor age " + Quantity.digits(f) + " rounds"));
        get(s, "pss", "dead_share").ifPresent(d -> parts.add(Quantity.SHARE.format(d) + " of entries name a dead node"));
        get(s, "pss", "view_size").ifPresent(v -> parts.add(Quantity.digits(v) + " descriptors per node"));
        get(s, "pss", "connections_per_node_s").ifPresent(c -> parts.add(Quantity.digits(c) + " new connections per node per second"));
        return parts.isEmpty() ? Optional.empty() : Optional.of("Peer sampling views: " + String.join(", ", parts) + ".");
    }

    private static Optional<String> overlay(RunSummary s) {
        List<String> parts = new ArrayList<>();
        get(s, "overlay", "path_length").ifPresent(p -> parts.add("mean shortest path " + Quantity.digits(p) + " hops"));
        get(s, "overlay", "clustering").ifPresent(c -> parts.add("clustering " + Quantity.digits(c)));
        get(s, "overlay", "largest_component_live").ifPresent(c -> parts.add("largest component "
                + Quantity.SHARE.format(c) + " of live nodes"));
        return parts.isEmpty() ? Optional.empty() : Optional.of("Overlay at the end: " + String.join(", ", parts) + ".");
    }

    private static Optional<Double> get(RunSummary s, String metric, String name) {
        return RunPlots.number(s.value(metric, name));
    }

    private static boolean hasFigure(RunSummary s, String metric, String name) {
        return s.metrics().stream().filter(m -> m.name().equals(metric))
                .anyMatch(m -> m.values().stream().anyMatch(v -> v.name().equals(name)));
    }
}

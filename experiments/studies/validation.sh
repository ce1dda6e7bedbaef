#!/usr/bin/env bash
# Regenerates the tables of docs/results/validation.md: the simulator checked against live runs.
#   experiments/studies/validation.sh            (about 10 minutes; do not run it beside heavy builds)
#   experiments/studies/validation.sh --quick    (2 seeds instead of 5 and 1 instead of 3: about 5 minutes)
# For each setting (loopback: no network model, live on bare loopback; emulated: the study's
# log-normal latency and 2 % loss, applied in user space to the live packets) and each scenario
# (validation.yaml: 3, 10, 30 devices; validation-large.yaml: 300), it runs
#   1. the simulated sweep,
#   2. the same sweep live ('gossamer sweep --live', every node on its own UDP socket on
#      loopback, all in one process, after one unrecorded warm-up run), and its pub/sub points
#      live again with the ZeroMQ broker ('--broker zeromq'),
#   3. the simulated sweep calibrated with what the live runs measured at each point: a
#      constant latency equal to the 10th percentile of a datagram's transit (write to read: a
#      hop through an uncongested wire, given as half at each end's access latency) and a
#      processing cost per received message equal to the loop's mean handling time, on one
#      processor shared by all nodes (network.processing-shared: the live runs host every
#      node on one event loop).
# Then the per-device question: the simulated study (seed-study's flooding and pub/sub) with
# a per-message processing cost on each device, swept from 0 to 2 ms.
# Only the regions between <!-- BEGIN name --> and <!-- END name --> in the page are replaced;
# the text around them is written by hand: reread it when the figures change.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
doc=docs/results/validation.md
out=results/studies/validation
dir=experiments/studies/validation
mkdir -p "$out"
seeds=(); large=()
if [ "${1:-}" = "--quick" ]; then seeds=(--set sweep.seeds=2); large=(--set sweep.seeds=1); fi
./gossamer list >/dev/null   # builds the jar first if needed, outside the timed runs

emulated=(--set 'network.latency={model: lognormal, mean: 20ms, sd: 10ms}' --set network.loss=2%)

# replace MARKER FILE: puts FILE between the page's BEGIN/END markers of MARKER.
replace() {
    local marker=$1 file=$2 tmp
    tmp=$(mktemp)
    awk -v m="$marker" -v f="$file" '
        $0 == "<!-- BEGIN " m " -->" { print; while ((getline line < f) > 0) print line; skip = 1; next }
        $0 == "<!-- END " m " -->" { skip = 0 }
        !skip { print }' "$doc" > "$tmp"
    mv "$tmp" "$doc"
}

# calibrated NAME LIVE-DIR [EXTRA-YAML]: a simulated sweep with one variant per live point, each
# with that point's measured transit (half as access latency at each end) and handling cost.
calibrated() {
    local name=$1 live=$2 extra=${3:-} file="$out/$1-calibrated.yaml"
    {
        echo "extends: $(realpath "$dir/base.yaml")"
        echo "name: $name-calibrated"
        echo "network: {processing: 0us, processing-shared: true}"
        echo "nodes:"
        for c in broker server device; do
            echo "  - class: $c"
            echo "    access-latency: 0us"
            if [ "$c" = server ] && [ -n "$extra" ]; then echo "    protocol: $extra"; fi
        done
        echo "sweep:"
        echo "  seeds: $(awk -F, '$4 == "live.handle_per_arrival_us" { print $5; exit }' "$live/aggregate.csv")"
        echo "  variants:"
        awk -F, '
            $4 == "live.transit_p10_us" { transit[$2 "," $3] = $6; keys[++n] = $2 "," $3 }
            $4 == "live.handle_per_arrival_us" { handle[$2 "," $3] = $6 }
            END {
                for (i = 1; i <= n; i++) {
                    k = keys[i]; split(k, p, ",")
                    printf "    %s_%s:\n      node-count: %s\n", p[2], p[1], p[1]
                    printf "      network.processing: %.1fus\n", handle[k]
                    split("broker server device", cls, " ")
                    for (c = 1; c <= 3; c++) printf "      nodes.%s.access-latency: %.1fus\n", cls[c], transit[k] / 2
                    if (p[2] == "pubsub") print "      nodes.broker.count: 1"
                    else print "      nodes.server.count: 1"
                    if (p[2] == "flooding") print "      nodes.device.protocol: {name: flood, neighbours: bootstrap}"
                    if (p[2] == "random-walk") print "      nodes.device.protocol: {name: random-walk, neighbours: bootstrap, fanout: 2}"
                }
            }' "$live/aggregate.csv"
    } > "$file"
    echo "$file"
}

# side SIM LIVE CAL METRIC...: one Markdown table per metric, simulated | live | calibrated per point.
side() {
    local sim=$1 live=$2 cal=$3; shift 3
    awk -F, -v metrics="$*" '
        function cell(v, hi, n) {
            if (n == 0 || v == "") return "—"
            return (n < 2 || hi == "" ? sprintf("%.3g", v) : sprintf("%.3g ± %.2g", v, hi - v)) (n < runs ? " (n=" n ")" : "")
        }
        FNR == 1 { file++; delete col; for (i = 1; i <= NF; i++) col[$i] = i; next }
        file == 3 { split($(col["variant"]), v, "_"); key = v[2] "," v[1] }
        file < 3 { key = $(col["node-count"]) "," $(col["variant"]) }
        file == 2 && !(key in seen) { seen[key] = 1; order[++np] = key }
        {
            m = $(col["metric"]); mean[file, key, m] = $(col["mean"]); hi[file, key, m] = $(col["ci95_high"])
            n[file, key, m] = $(col["n"]); if ($(col["n"]) > runs) runs = $(col["n"])
        }
        END {
            m = split(metrics, ms, " ")
            for (j = 1; j <= m; j++) {
                print ""; print "**" ms[j] "** (mean ± 95 % CI half-width; n where fewer runs had a value)"; print ""
                print "| devices | architecture | simulated | live | calibrated | calibrated / live |"
                print "|---:|---|---:|---:|---:|---:|"
                for (i = 1; i <= np; i++) {
                    k = order[i]; split(k, p, ",")
                    ratio = (mean[2, k, ms[j]] > 0 && mean[3, k, ms[j]] != "") ? sprintf("%.2f", mean[3, k, ms[j]] / mean[2, k, ms[j]]) : "—"
                    printf "| %s | %s | %s | %s | %s | %s |\n", p[1], p[2], cell(mean[1, k, ms[j]], hi[1, k, ms[j]], n[1, k, ms[j]]),
                        cell(mean[2, k, ms[j]], hi[2, k, ms[j]], n[2, k, ms[j]]), cell(mean[3, k, ms[j]], hi[3, k, ms[j]], n[3, k, ms[j]]), ratio
                }
            }
        }' "$sim/aggregate.csv" "$live/aggregate.csv" "$cal/aggregate.csv"
}

# brokers SIM LIVE ZMQ METRIC...: pub/sub's points only, simulated | live with Gossamer's broker | live with
# the ZeroMQ broker ('gossamer sweep --live --broker zeromq'), one Markdown table per metric.
brokers() {
    local sim=$1 live=$2 zmq=$3; shift 3
    awk -F, -v metrics="$*" '
        function cell(v, hi, n) {
            if (n == 0 || v == "") return "—"
            return (n < 2 || hi == "" ? sprintf("%.3g", v) : sprintf("%.3g ± %.2g", v, hi - v)) (n < runs ? " (n=" n ")" : "")
        }
        FNR == 1 { file++; delete col; for (i = 1; i <= NF; i++) col[$i] = i; next }
        $(col["variant"]) != "pubsub" { next }
        { key = $(col["node-count"]) }
        file == 3 && !(key in seen) { seen[key] = 1; order[++np] = key }
        {
            m = $(col["metric"]); mean[file, key, m] = $(col["mean"]); hi[file, key, m] = $(col["ci95_high"])
            n[file, key, m] = $(col["n"]); if ($(col["n"]) > runs) runs = $(col["n"])
        }
        END {
            m = split(metrics, ms, " ")
            for (j = 1; j <= m; j++) {
                print ""; print "**" ms[j] "** (pub/sub; mean ± 95 % CI half-width; n where fewer runs had a value)"; print ""
                print "| devices | simulated | live, Gossamer broker | live, ZeroMQ broker | ZeroMQ / Gossamer |"
                print "|---:|---:|---:|---:|---:|"
                for (i = 1; i <= np; i++) {
                    k = order[i]
                    ratio = (mean[2, k, ms[j]] > 0 && mean[3, k, ms[j]] != "") ? sprintf("%.2f", mean[3, k, ms[j]] / mean[2, k, ms[j]]) : "—"
                    printf "| %s | %s | %s | %s | %s |\n", k, cell(mean[1, k, ms[j]], hi[1, k, ms[j]], n[1, k, ms[j]]),
                        cell(mean[2, k, ms[j]], hi[2, k, ms[j]], n[2, k, ms[j]]), cell(mean[3, k, ms[j]], hi[3, k, ms[j]], n[3, k, ms[j]]), ratio
                }
            }
        }' "$sim/aggregate.csv" "$live/aggregate.csv" "$zmq/aggregate.csv"
}

# measured LIVE: what the live runs measured per point.
measured() {
    awk -F, '
        FNR == 1 { next }
        { key = $2 "," $3; if (!(key in seen)) { seen[key] = 1; order[++np] = key } v[key, $4] = $6 }
        END {
            print "| devices | architecture | handling per arrival (us) | loop CPU per delivery (us) | send per datagram (us) | transit p10 / p50 / mean (us) | timer late p50 / p99 (us) | encoded bytes sent |"
            print "|---:|---|---:|---:|---:|---:|---:|---:|"
            for (i = 1; i <= np; i++) {
                k = order[i]; split(k, p, ",")
                printf "| %s | %s | %.1f | %.1f | %.1f | %.0f / %.0f / %.0f | %.0f / %.0f | %.0f |\n", p[1], p[2], v[k, "live.handle_per_arrival_us"],
                    v[k, "live.loop_cpu_per_delivery_us"], v[k, "live.send_per_datagram_us"], v[k, "live.transit_p10_us"],
                    v[k, "live.transit_p50_us"], v[k, "live.transit_mean_us"],
                    v[k, "live.timer_late_p50_us"], v[k, "live.timer_late_p99_us"], v[k, "live.encoded_bytes_sent"]
            }
        }' "$1/aggregate.csv"
}

metrics="dissemination.t50_ms dissemination.t90_ms dissemination.t100_ms dissemination.coverage traffic.sent traffic.sent_bytes"
for setting in loopback emulated; do
    models=(); live=(--no-emulate)
    if [ "$setting" = emulated ]; then models=("${emulated[@]}"); live=(--emulate); fi
    for name in validation validation-large; do
        reps=("${seeds[@]}"); extra=""
        if [ "$name" = validation-large ]; then reps=("${large[@]}"); extra="{name: bootstrap-server, peers: random, k: 8}"; fi
        tag=$name-$setting
        echo "== $tag: simulated, live, calibrated" >&2
        ./gossamer sweep "$dir/$name.yaml" "${models[@]}" "${reps[@]}" --out "$out/$tag-sim" --force -q >/dev/null
        ./gossamer sweep "$dir/$name.yaml" "${models[@]}" "${reps[@]}" --live "${live[@]}" --out "$out/$tag-live" --force -q >/dev/null
        cal=$(calibrated "$tag" "$out/$tag-live" "$extra")
        ./gossamer sweep "$cal" "${models[@]}" --out "$out/$tag-cal" --force -q >/dev/null
        # Pub/sub again, live with the ZeroMQ broker (its points only).
        ./gossamer sweep "$dir/$name.yaml" "${models[@]}" "${reps[@]}" --set 'sweep.variants={pubsub: {nodes.broker.count: 1}}' \
            --live "${live[@]}" --broker zeromq --out "$out/$tag-zmq" --force -q >/dev/null
        brokers "$out/$tag-sim" "$out/$tag-live" "$out/$tag-zmq" $metrics > "$out/$tag-brokers.md"
        replace "$tag-brokers" "$out/$tag-brokers.md"
        side "$out/$tag-sim" "$out/$tag-live" "$out/$tag-cal" $metrics > "$out/$tag.md"
        measured "$out/$tag-live" > "$out/$tag-measured.md"
        replace "$tag" "$out/$tag.md"
        replace "$tag-measured" "$out/$tag-measured.md"
    done
done

# The per-device question: the study's own setting (seed-study) with a processing cost per message
# received and per copy sent on every device (not shared), 0 to 2 ms.
cat > "$out/processing-study.yaml" <<YAML
extends: $(realpath scenarios/library/seed-study.yaml)
name: processing-study
network: {processing: 0us, send-processing: 0us}
sweep:
  seeds: 10
  grid:
    node-count: [3, 10, 30]
  zip:
    network.processing: [0us, 50us, 200us, 500us, 1ms, 2ms]
    network.send-processing: [0us, 50us, 200us, 500us, 1ms, 2ms]
YAML
echo "== processing-study (simulated)" >&2
./gossamer sweep "$out/processing-study.yaml" --out "$out/processing-study" --force -q >/dev/null
awk -F, '
    FNR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $(col["metric"]) == "dissemination.t50_ms" || $(col["metric"]) == "dissemination.t100_ms" {
        key = $(col["node-count"]) "," $(col["network.processing"]); if (!(key in seen)) { seen[key] = 1; order[++np] = key }
        v[key, $(col["variant"]), $(col["metric"])] = $(col["n"]) == 0 ? "—" : sprintf("%.3g", $(col["mean"]))
    }
    END {
        print "| devices | cost per message | pubsub t50 | flooding t50 | random-walk t50 | pubsub t100 | flooding t100 |"
        print "|---:|---:|---:|---:|---:|---:|---:|"
        for (i = 1; i <= np; i++) {
            split(order[i], p, ",")
            printf "| %s | %s | %s | %s | %s | %s | %s |\n", p[1], p[2], v[order[i], "pubsub", "dissemination.t50_ms"],
                v[order[i], "flooding", "dissemination.t50_ms"], v[order[i], "random-walk", "dissemination.t50_ms"],
                v[order[i], "pubsub", "dissemination.t100_ms"], v[order[i], "flooding", "dissemination.t100_ms"]
        }
    }' "$out/processing-study/aggregate.csv" > "$out/processing-study.md"
replace processing-study "$out/processing-study.md"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "updated $doc" >&2

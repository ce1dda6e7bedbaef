#!/usr/bin/env bash
# Regenerates the tables and plots of docs/results/dissemination.md from fresh sweeps:
#   experiments/studies/dissemination.sh            (the study's sizes, loss, content size, failures, churn: about a minute)
#   experiments/studies/dissemination.sh --large    (also 100 to 100,000 nodes: a few more minutes)
# The discussion in the page is written by hand; only the regions between
# <!-- BEGIN name --> and <!-- END name --> markers and the images are replaced.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
doc=docs/results/dissemination.md
img=docs/results/img
out=results/studies
mkdir -p "$img" "$out"

study() {  # name, metrics for the tables, metrics to plot, [rows path]
    local name=$1 metrics=$2 plots=$3 rows=${4:-}
    rm -rf "${out:?}/$name"
    ./gossamer sweep "$name" --out "$out/$name" --report -q
    ./gossamer table "$out/$name" --metrics "$metrics" --into "$doc" --marker "$name" ${rows:+--rows "$rows" --columns variant}
    # The report charts only figures that vary and do not repeat another one exactly; a figure
    # without a chart gets none here either (its table says why), rather than a stale image.
    for m in ${plots//,/ }; do
        if [ -f "$out/$name/report/$m.png" ]; then
            cp "$out/$name/report/$m.png" "$img/$name-$m.png"
        else
            echo "note: $name: $m has no chart (the same in every run, or the same as another figure); see its table" >&2
            rm -f "$img/$name-$m.png"
        fi
    done
}

study seed-study dissemination.t50_ms,dissemination.t100_ms,dissemination.coverage,traffic.sent \
    dissemination.t50_ms,dissemination.coverage,traffic.sent
study loss-sweep dissemination.t90_ms,dissemination.coverage,traffic.dropped_loss dissemination.t90_ms
study content-size dissemination.t50_ms,dissemination.t100_ms,dissemination.coverage "" processes.alerts.size
study failures dissemination.coverage,dissemination.t50_ms "" node-count
study high-churn dissemination.coverage,dissemination.t50_ms,nodes.live_mean "" node-count
if [ "${1:-}" = "--large" ]; then
    study seed-study-large dissemination.t50_ms,dissemination.t90_ms,dissemination.coverage,traffic.sent,traffic.load_max \
        dissemination.t90_ms,dissemination.coverage,traffic.sent
fi
echo "updated $doc and $img/"

#!/usr/bin/env bash
# Regenerates the tables and plots of docs/results/pss.md from fresh sweeps (about 10 minutes
# on 2 cores):
#   experiments/studies/pss.sh
# The verdict in the page is written by hand; only the regions between
# <!-- BEGIN name --> and <!-- END name --> markers and the images are replaced.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
doc=docs/results/pss.md
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

study wpss-paper pss.freshness_s,pss.connections_per_node_s,pss.connections_public,pss.connections_private,pss.messages_public,pss.messages_private,pss.in_degree_sd,pss.clustering,pss.path_length,pss.randomness_chi2_dof ""
study wpss-wormhole pss.connections_per_node_s,pss.freshness_s,pss.messages_public ""
study wpss-ttl pss.freshness_s,pss.in_degree_sd,pss.clustering,pss.path_length,pss.randomness_chi2_dof "" nodes.peer.protocol.ttl
study pss-public-share pss.freshness_s,pss.connections_per_node_s,pss.messages_public,pss.in_degree_sd "" nodes.joiner.public
study pss-churn pss.dead_share,pss.freshness_s,pss.connections_per_node_s "" processes.churn.every
study pss-failure pss.largest_component,pss.dead_share_max,pss.dead_purge_s,pss.dead_purged "" processes.crash.fraction
study pss-gossip dissemination.t50_ms,dissemination.t90_ms,dissemination.coverage,dissemination.sent,dissemination.redundancy ""
echo "updated $doc and $img/"

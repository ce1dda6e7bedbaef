#!/usr/bin/env bash
# Runs Gossamer sweeps on a real Slurm cluster: a one-node cluster on loopback, built here.
#
#   experiments/cluster/slurm-selftest.sh          (as root, on Debian/Ubuntu; a few minutes)
#
# 1. Installs Debian's slurm-wlm and munge with apt-get (if missing).
# 2. Starts munged, slurmctld and slurmd with a private configuration in a temporary
#    directory (own munge key and socket, free ports, no cgroups), so nothing of the system's
#    configuration is read or changed.
# 3. Runs the sweep locally (sweep --jobs 2) as the reference.
# 4. Submits the same sweep with --slurm --submit (24 runs in 4 array tasks), waits for the
#    merge job and compares sweep.csv and aggregate.csv byte for byte with the reference.
# 5. Submits it again into another directory, cancels one array task midway, checks that
#    the merge job never runs, that 'sweep --status' names exactly that task's missing runs,
#    and that '--slurm --submit --resume' resubmits that task alone and finishes the sweep
#    with identical files.
# 6. Cancels any job left, stops the daemons it started (by pid) and deletes its directory.
#
# It skips (exit 0, with the reason) when it is not root, or has no apt-get, or apt-get
# cannot install the packages; GOSSAMER_SLURM_SELFTEST=skip skips it too. Every wait is
# bounded: apt-get by 10 minutes, the rest by SELFTEST_TIMEOUT seconds (default 600).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
start=$SECONDS
scenario=loss-sweep
sets=(--set sweep.seeds=6)   # 4 loss values x 6 seeds = 24 runs
tasks=4

say() { echo "slurm-selftest: $*"; }
skip() { say "SKIPPED: $*"; exit 0; }
fail() { say "FAILED: $*" >&2; exit 1; }
elapsed() { echo "$((SECONDS - $1)) s"; }

[ "${GOSSAMER_SLURM_SELFTEST:-}" = skip ] && skip "GOSSAMER_SLURM_SELFTEST=skip"
[ "$(id -u)" = 0 ] || skip "needs root (it installs slurm-wlm and munge with apt-get and starts their daemons)"

# --- 1. packages ---------------------------------------------------------------------
t0=$SECONDS
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null \
        || ! command -v munged >/dev/null; then
    command -v apt-get >/dev/null || skip "no apt-get here to install slurm-wlm and munge (not a Debian-like system)"
    say "installing slurm-wlm and munge (apt-get)..."
    if ! (timeout 180 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 420 apt-get install -y -qq \
            --no-install-recommends slurm-wlm munge) >/tmp/gossamer-slurm-apt.log 2>&1; then
        tail -5 /tmp/gossamer-slurm-apt.log >&2
        skip "apt-get could not install slurm-wlm and munge (log: /tmp/gossamer-slurm-apt.log)"
    fi
fi
id munge >/dev/null 2>&1 || fail "the munge package did not create the user 'munge'"
t_install=$(elapsed "$t0")
deadline=$((SECONDS + ${SELFTEST_TIMEOUT:-600}))   # for every wait from here on
say "packages ready in $t_install: $(dpkg-query -W -f='slurm-wlm ${Version}' slurm-wlm 2>/dev/null || echo slurm), $(munged --version 2>&1 | awk '{print $1}')"

# --- 2. a private one-node cluster ----------------------------------------------------
work="$(mktemp -d /tmp/gossamer-slurm.XXXXXX)"
chmod 755 "$work"
pids=()   # every daemon started here: munged, slurmctld, slurmd

cleanup() {
    local status=$?
    set +e
    if [ -n "${SLURM_CONF:-}" ] && [ -f "$work/slurmctld.pid" ]; then
        # Jobs of this private cluster are ours: cancel them so no job step outlives slurmd.
        local jobs
        jobs="$(timeout 10 squeue -h -o %A 2>/dev/null | sort -u)"
        [ -n "$jobs" ] && timeout 10 scancel $jobs 2>/dev/null
        for _ in $(seq 1 20); do
            [ -z "$(timeout 10 squeue -h 2>/dev/null)" ] && break
            sleep 0.5
        done
    fi
    # The last started stops first: slurmd, slurmctld, then munged.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[$i]}" 2>/dev/null
        for _ in $(seq 1 40); do kill -0 "${pids[$i]}" 2>/dev/null || break; sleep 0.25; done
        kill -9 "${pids[$i]}" 2>/dev/null
    done
    if [ "$status" != 0 ] && [ -d "$work/log" ]; then
        for f in "$work"/log/*.log "$work"/munge/munged.log; do echo "--- $f (last lines)" >&2; tail -15 "$f" >&2; done
    fi
    rm -rf "$work"
    local left=""
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && left="$left $p"; done
    [ -z "$left" ] || { say "daemons still running:$left" >&2; status=1; }
    [ ${#pids[@]} = 0 ] || say "stopped the daemons (${pids[*]}) and removed $work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() {   # wait_for DESCRIPTION COMMAND...: until COMMAND succeeds, or the deadline
    local what=$1
    shift
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || fail "timed out waiting for $what"
        sleep 0.5
    done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=$((20000 + $$ % 20000))
until port_free "$port" && port_free "$((port + 1))"; do port=$((port + 2)); done

t0=$SECONDS
host="$(hostname -s)"
mkdir -p "$work/munge" "$work/state" "$work/spool" "$work/log"
chmod 711 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
chown -R munge:munge "$work/munge"
su -s /bin/sh munge -c "munged --force --socket=$work/munge/socket --key-file=$work/munge/munge.key \
    --pid-file=$work/munge/munged.pid --log-file=$work/munge/munged.log --seed-file=$work/munge/seed"
wait_for "munged's pid file" test -s "$work/munge/munged.pid"
pids+=("$(cat "$work/munge/munged.pid")")

export SLURM_CONF="$work/slurm.conf"
cat >"$SLURM_CONF" <<EOF
ClusterName=gossamer-selftest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/socket
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=20000 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -f "$SLURM_CONF"
wait_for "slurmctld's pid file" test -s "$work/slurmctld.pid"
pids+=("$(cat "$work/slurmctld.pid")")
slurmd -f "$SLURM_CONF"
wait_for "slurmd's pid file" test -s "$work/slurmd.pid"
pids+=("$(cat "$work/slurmd.pid")")
node_idle() { [ "$(timeout 10 sinfo -h -o %t 2>/dev/null)" = idle ]; }
wait_for "the node to be idle (sinfo)" node_idle
t_cluster=$(elapsed "$t0")
say "cluster up in $t_cluster: node $host, $(nproc) CPUs, ports $port-$((port + 1)), daemons ${pids[*]}"

# --- 3. the reference: the same sweep on this machine ---------------------------------
gossamer() { timeout 300 "$repo/gossamer" "$@"; }
timeout 900 "$repo/gossamer" --version >/dev/null   # builds the jar if it is missing or stale (slow on a busy machine)
t0=$SECONDS
gossamer sweep "$scenario" "${sets[@]}" --jobs 2 -q --out "$work/local" >/dev/null
t_local=$(elapsed "$t0")
say "local sweep --jobs 2: $t_local"

queued() { [ -n "$(timeout 10 squeue -h -j "$1" 2>/dev/null)" ]; }
gone() { ! queued "$1"; }
job_state() { timeout 10 scontrol show job "$1" | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -1; }
same_files() {   # same_files DIR: sweep.csv and aggregate.csv equal the reference's, byte for byte
    for f in sweep.csv aggregate.csv; do
        cmp "$work/local/$f" "$1/$f" || fail "$1/$f differs from the local sweep's"
    done
}
submitted_ids() {   # the job array's and the merge job's ids from --submit's output
    sed -n 's/^submitted job array \([0-9]*\) .* and merge job \([0-9]*\) .*/\1 \2/p' <<<"$1"
}

# --- 4. a sweep on Slurm ---------------------------------------------------------------
t0=$SECONDS
out="$(gossamer sweep "$scenario" "${sets[@]}" --slurm --tasks $tasks --submit --out "$work/cluster")"
echo "$out" | sed 's/^/    /'
read -r array merge <<<"$(submitted_ids "$out")" || true
[ -n "${merge:-}" ] || fail "no job ids in the output of --submit"
wait_for "merge job $merge" gone "$merge"
[ "$(job_state "$merge")" = COMPLETED ] || fail "merge job $merge ended $(job_state "$merge"); see $work/cluster/slurm/logs"
same_files "$work/cluster"
t_slurm=$(elapsed "$t0")
say "Slurm sweep ($tasks array tasks + merge job): $t_slurm from submission to merged; sweep.csv and aggregate.csv identical to the local sweep"

# --- 5. one task cancelled midway, then resubmitted -------------------------------------
t0=$SECONDS
killed="$work/killed"
out="$(gossamer sweep "$scenario" "${sets[@]}" --slurm --tasks $tasks --submit --out "$killed")"
read -r array merge <<<"$(submitted_ids "$out")" || true
[ -n "${merge:-}" ] || fail "no job ids in the output of --submit"
# Finished runs only: a run under way writes into a hidden temporary directory (.ID.tmp-*).
finished() { compgen -G "$killed/shards/$1/runs/[!.]*/summary.json" | wc -l || true; }   # compgen fails on no match
victim=""
# A task with at least one run finished and at least half still to do, so that it is still
# running when scancel reaches it; polled often, as a run takes about a second.
until [ -n "$victim" ]; do
    for ((i = 1; i <= tasks; i++)); do
        n=$(finished $i)
        if [ "$n" -ge 1 ] && [ "$n" -le $((24 / tasks / 2)) ]; then victim=$i; break; fi
    done
    [ -n "$victim" ] && break
    queued "$array" || fail "every task got past half its runs before one could be cancelled"
    [ "$SECONDS" -lt "$deadline" ] || fail "timed out waiting for an array task midway"
    sleep 0.1
done
scancel "${array}_$victim"
wait_for "the rest of job array $array" gone "$array"
# Counted once the task has stopped: a run may have finished while scancel took effect.
before=$(finished "$victim")
say "cancelled array task ${array}_$victim; $before of $((24 / tasks)) of its runs had finished"
[ "$before" -lt $((24 / tasks)) ] || fail "task ${array}_$victim finished all its runs before scancel reached it; run again"
# slurmctld marks the merge job at its next scheduling pass.
never() { [ "$(timeout 10 squeue -h -j "$merge" -o %r)" = DependencyNeverSatisfied ]; }
wait_for "squeue to show merge job $merge pending with DependencyNeverSatisfied" never
say "merge job $merge is $(timeout 10 squeue -h -j "$merge" -o '%T (%r)')"

set +e
status="$(gossamer sweep --status "$killed")"
code=$?
set -e
echo "$status" | sed 's/^/    /'
[ "$code" = 1 ] || fail "--status should exit with 1 while runs are missing, got $code"
# The runs it names are exactly the cancelled shard's runs without a result.
expected=""
ids=($(sed -n 's/.*"id" : "\(p[0-9]*-r[0-9]*\)".*/\1/p' "$killed/sweep.json"))
for ((k = victim - 1; k < ${#ids[@]}; k += tasks)); do
    [ -f "$killed/shards/$victim/runs/${ids[$k]}/summary.json" ] || expected="$expected ${ids[$k]}"
done
missing=$((24 / tasks - before))
grep -qx "shard $victim/$tasks: $missing of $((24 / tasks)) runs missing:$expected" <<<"$status" \
    || fail "--status does not name the runs of shard $victim:$expected"
[ "$(grep -c ': done (' <<<"$status")" = $((tasks - 1)) ] || fail "--status should show the other shards done"

out="$(gossamer sweep "$scenario" "${sets[@]}" --slurm --tasks $tasks --submit --resume --out "$killed")"
echo "$out" | sed 's/^/    /'
grep -q "^cancelled merge job $merge " <<<"$out" || fail "the resubmission should cancel the stranded merge job $merge"
read -r array2 merge2 <<<"$(submitted_ids "$out")" || true
grep -q "^submitted job array $array2 (tasks $victim) " <<<"$out" || fail "the resubmission should submit task $victim alone"
wait_for "merge job $merge2" gone "$merge2"
[ "$(job_state "$merge2")" = COMPLETED ] || fail "merge job $merge2 ended $(job_state "$merge2")"
gossamer sweep --status "$killed" >/dev/null || fail "--status still finds missing runs after the resubmission"
same_files "$killed"
t_resume=$(elapsed "$t0")
say "cancelled task resubmitted alone; $t_resume for submit, cancel, resubmit and merge; files identical to the local sweep"

say "PASSED in $(elapsed "$start") (packages $t_install, cluster start $t_cluster, local sweep $t_local, Slurm sweep $t_slurm, cancel+resume $t_resume)"

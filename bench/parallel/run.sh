#!/usr/bin/env bash
# Measures the multi-threaded executor (a measurement, not a test; see README "Parallel tasks"):
#   speedup   8 independent CPU-bound tasks, --executor=multi --threads=2 against the single executor,
#             at fib(35) (each task a fraction of a second: start-up and the JIT weigh) and fib(38)
#   overhead  spawn and pingpong on --executor=multi --threads=1 against the single executor
#   affinity  spawn and pingpong on --threads=2, with and without --affinity
# Each configuration runs RUNS times, the configurations alternating run by run so a machine that
# others are loading too disturbs all of them alike; the median wall time and the median process
# CPU time (user + system, all threads) are printed, with the load average before and after
# (start-up included, real clock, bin/pollen). On a loaded machine trust the CPU column more.
# Usage: bench/parallel/run.sh [RUNS]   (from the repository root; default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
shared=../shared/bench/pollen
[ -d "$shared" ] || { echo "no $shared: the shared workloads are not beside this repository" >&2; exit 2; }

# name|expected output|pollen arguments
configs=(
  "cpu8 single|73819720|bench/parallel/cpu8.pln 35"
  "cpu8 multi-2|73819720|--executor=multi --threads=2 bench/parallel/cpu8.pln 35"
  "cpu8 38 single|312705352|bench/parallel/cpu8.pln 38"
  "cpu8 38 multi-2|312705352|--executor=multi --threads=2 bench/parallel/cpu8.pln 38"
  "spawn single|4999950000|$shared/spawn.pln"
  "spawn multi-1|4999950000|--executor=multi --threads=1 $shared/spawn.pln"
  "spawn multi-2|4999950000|--executor=multi --threads=2 $shared/spawn.pln"
  "spawn multi-2 affinity|4999950000|--executor=multi --threads=2 --affinity $shared/spawn.pln"
  "pingpong single|1000000|$shared/pingpong.pln"
  "pingpong multi-1|1000000|--executor=multi --threads=1 $shared/pingpong.pln"
  "pingpong multi-2|1000000|--executor=multi --threads=2 $shared/pingpong.pln"
  "pingpong multi-2 affinity|1000000|--executor=multi --threads=2 --affinity $shared/pingpong.pln"
)

out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times cpus
for _ in $(seq "$runs"); do
  for c in "${configs[@]}"; do
    IFS='|' read -r name expect args <<<"$c"
    # shellcheck disable=SC2086 # $args holds several words
    read -r wall user sys < <( { /usr/bin/time -f '%e %U %S' bin/pollen $args > "$out"; } 2>&1 | tail -1)
    [ "$(cat "$out")" = "$expect" ] || { echo "$name: wrong output" >&2; exit 1; }
    times[$name]+="$wall "
    cpus[$name]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') "
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-28s %8s %8s\n' configuration wall cpu
for c in "${configs[@]}"; do
  name=${c%%|*}
  printf '%-28s %7ss %7ss\n' "$name" "$(median "${times[$name]}")" "$(median "${cpus[$name]}")"
done
ratio() { awk -v a="$(median "${times[$1]}")" -v b="$(median "${times[$2]}")" -v c="$(median "${cpus[$1]}")" \
  -v d="$(median "${cpus[$2]}")" 'BEGIN {printf "%.2fx wall, %.2fx cpu", a / b, c / d}'; }
echo
echo "speedup, cpu8 single / multi-2:            $(ratio 'cpu8 single' 'cpu8 multi-2')"
echo "speedup, cpu8 38 single / multi-2:         $(ratio 'cpu8 38 single' 'cpu8 38 multi-2')"
echo "overhead, spawn multi-1 / single:          $(ratio 'spawn multi-1' 'spawn single')"
echo "overhead, pingpong multi-1 / single:       $(ratio 'pingpong multi-1' 'pingpong single')"
echo "affinity, spawn multi-2 affinity / not:    $(ratio 'spawn multi-2 affinity' 'spawn multi-2')"
echo "affinity, pingpong multi-2 affinity / not: $(ratio 'pingpong multi-2 affinity' 'pingpong multi-2')"

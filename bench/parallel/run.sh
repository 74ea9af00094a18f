#!/usr/bin/env bash
# Measures the multi-threaded executor (a measurement, not a test; see README "Parallel tasks"):
#   speedup   8 independent CPU-bound tasks, --executor=multi --threads=2 against the single executor
#   overhead  spawn and pingpong on --executor=multi --threads=1 against the single executor
#   affinity  spawn and pingpong on --threads=2, with and without --affinity
# Each configuration runs RUNS times, the configurations alternating run by run so a machine that
# others are loading too disturbs all of them alike; the median wall time is printed (start-up
# included, real clock, bin/pollen).
# Usage: bench/parallel/run.sh [RUNS]   (from the repository root; default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
shared=../shared/bench/pollen
[ -d "$shared" ] || { echo "no $shared: the shared workloads are not beside this repository" >&2; exit 2; }

# name|expected output|pollen arguments
configs=(
  "cpu8 single|1571344|bench/parallel/cpu8.pln"
  "cpu8 multi-2|1571344|--executor=multi --threads=2 bench/parallel/cpu8.pln"
  "spawn single|4999950000|$shared/spawn.pln"
  "spawn multi-1|4999950000|--executor=multi --threads=1 $shared/spawn.pln"
  "spawn multi-2|4999950000|--executor=multi --threads=2 $shared/spawn.pln"
  "spawn multi-2 affinity|4999950000|--executor=multi --threads=2 --affinity $shared/spawn.pln"
  "pingpong single|1000000|$shared/pingpong.pln"
  "pingpong multi-1|1000000|--executor=multi --threads=1 $shared/pingpong.pln"
  "pingpong multi-2|1000000|--executor=multi --threads=2 $shared/pingpong.pln"
  "pingpong multi-2 affinity|1000000|--executor=multi --threads=2 --affinity $shared/pingpong.pln"
)

declare -A times
for _ in $(seq "$runs"); do
  for c in "${configs[@]}"; do
    IFS='|' read -r name expect args <<<"$c"
    # shellcheck disable=SC2086 # $args holds several words
    t=$( { /usr/bin/time -f '%e' bin/pollen $args > /tmp/pollen-parallel-bench.out; } 2>&1 | tail -1)
    [ "$(cat /tmp/pollen-parallel-bench.out)" = "$expect" ] || { echo "$name: wrong output" >&2; exit 1; }
    times[$name]+="$t "
  done
done

median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-28s %8s\n' configuration median
for c in "${configs[@]}"; do
  name=${c%%|*}
  printf '%-28s %7ss\n' "$name" "$(median "${times[$name]}")"
done
ratio() { awk -v a="$(median "${times[$1]}")" -v b="$(median "${times[$2]}")" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "speedup, cpu8 single / multi-2:          $(ratio 'cpu8 single' 'cpu8 multi-2')x"
echo "overhead, spawn multi-1 / single:        $(ratio 'spawn multi-1' 'spawn single')x"
echo "overhead, pingpong multi-1 / single:     $(ratio 'pingpong multi-1' 'pingpong single')x"
echo "affinity, spawn multi-2 affinity / not:  $(ratio 'spawn multi-2 affinity' 'spawn multi-2')x"
echo "affinity, pingpong multi-2 affinity / not: $(ratio 'pingpong multi-2 affinity' 'pingpong multi-2')x"

#!/usr/bin/env bash
# Runs the shared benchmark workloads through bin/pollen (real clock, start-up included) and
# prints, per workload: the checksum check, the median wall time of N runs, and the peak RSS.
# Usage: bench/workloads/run.sh [RUNS] [WORKLOAD...]   (from the repository root; default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
shift || true
dir=../shared/bench/pollen
[ -d "$dir" ] || { echo "no $dir: the shared workloads are not beside this repository" >&2; exit 2; }
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(hello fib loop spawn chain timers pingpong memory)

declare -A expect=(
  [hello]="hello world" [fib]="832040" [loop]="4998974987425" [spawn]="4999950000"
  [chain]="1000000" [timers]="1000000 500349803" [pingpong]="1000000" [memory]="1000000"
)

printf '%-10s %-6s %10s %10s\n' workload check median peak_rss
for w in "${workloads[@]}"; do
  times=()
  rss=0
  ok=yes
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f '%e %M' bin/pollen "$dir/$w.pln" > /tmp/pollen-bench.out; } 2>&1 | tail -1)
    [ "$(cat /tmp/pollen-bench.out)" = "${expect[$w]}" ] || ok=NO
    times+=("${out% *}")
    r=${out#* }
    [ "$r" -gt "$rss" ] && rss=$r
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-10s %-6s %9ss %7d MiB\n' "$w" "$ok" "$median" $((rss / 1024))
done

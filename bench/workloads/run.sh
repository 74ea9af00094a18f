#!/usr/bin/env bash
# Runs the shared benchmark workloads through bin/pollen and, when installed, through the peers of
# ../shared/bench/peers (node, python3, Java 25 virtual threads, the Java 17 floor), alternating the
# programs run by run so that a burst of load from elsewhere hits all of them alike. Prints, per
# workload and program: whether the checksum matched, the median wall time (whole process, start-up
# included), the median peak RSS, and Pollen's ratio to each peer (Pollen / peer: below 1 is faster).
# For memory, bytes per pending task = (peak RSS at N=1e6 - peak RSS at N=0) / 1e6.
#
# The "others" column is the CPU the rest of the machine used while the workload ran (busy time
# from /proc/stat minus the measured process's own user+system time, in cores): anything above
# ~0.3 means other load was present and the figures are noisier than usual.
#
# Usage (from anywhere; builds nothing of Pollen's: run `mvn -q package -DskipTests` first):
#   bench/workloads/run.sh [-r RUNS] [WORKLOAD...]
# Workloads: hello fib fib35 loop spawn chain timers pingpong memory (default: all). RUNS: 3.
# Environment: PEERS="node python java25 floor17" picks peers (default: every installed one);
#   JAVA25 = a Java 25 `java` (default: the first /usr/lib/jvm/*25* found); BENCH_DIR = the shared
#   bench folder (default ../shared/bench beside the repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd -P)
runs=3
if [ "${1:-}" = "-r" ]; then runs=$2; shift 2; fi
bench=${BENCH_DIR:-$root/../shared/bench}
[ -d "$bench/pollen" ] || { echo "run.sh: no $bench/pollen (set BENCH_DIR)" >&2; exit 2; }
[ -f "$root/repl/target/pollen.jar" ] || { echo "run.sh: build first: mvn -q package -DskipTests" >&2; exit 2; }
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(hello fib fib35 loop spawn chain timers pingpong memory)

# ---------------------------------------------------------------- peers present here
have() { command -v "$1" > /dev/null 2>&1; }
java25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)}
peers_dir=$root/bench/target/peers
want=" ${PEERS:-node python java25 floor17} "
peers=()
[[ $want == *" node "* ]] && have node && peers+=(node)
[[ $want == *" python "* ]] && have python3 && peers+=(python)
if [[ $want == *" java25 "* || $want == *" floor17 "* ]]; then
  if [ ! -d "$peers_dir" ] || [ "$bench/peers/java17floor/Floor.java" -nt "$peers_dir/java17floor/out" ]; then
    rm -rf "$peers_dir" && mkdir -p "$peers_dir" && cp -r "$bench/peers/." "$peers_dir/"
    chmod -R u+w "$peers_dir"
  fi
  if [[ $want == *" floor17 "* ]] && have javac; then
    [ -d "$peers_dir/java17floor/out" ] || javac --release 17 -d "$peers_dir/java17floor/out" \
      "$peers_dir/java17floor/Floor.java" "$peers_dir/java17floor/Hello.java"
    peers+=(floor17)
  fi
  if [[ $want == *" java25 "* ]] && [ -n "$java25" ] && [ -x "$java25" ] && [ -x "$(dirname "$java25")/javac" ]; then
    [ -d "$peers_dir/java25/out" ] || "$(dirname "$java25")/javac" -d "$peers_dir/java25/out" \
      "$peers_dir/java25/Bench25.java" "$peers_dir/java25/Hello.java"
    peers+=(java25)
  fi
fi

# ---------------------------------------------------------------- commands per workload and program
# cmd PROGRAM WORKLOAD [ARGS...] prints the shell command, or nothing when the program lacks it.
cmd() {
  local p=$1 w=$2; shift 2
  local file=$w args="$*"
  case $p in
    pollen)  [ "$w" = hello ] && args=""; echo "$root/bin/pollen $bench/pollen/$file.pln $args" ;;
    node)    [ "$w" = hello ] && echo "node $bench/peers/js/hello.js" || echo "node $bench/peers/js/bench.js $w $args" ;;
    node-micro) echo "node $bench/peers/js/bench.js $w $args micro" ;;
    python)  [ "$w" = hello ] && echo "python3 $bench/peers/py/hello.py" || echo "python3 $bench/peers/py/bench.py $w $args" ;;
    java25)  [ "$w" = hello ] && echo "$java25 -cp $peers_dir/java25/out Hello" || echo "$java25 -cp $peers_dir/java25/out Bench25 $w $args" ;;
    floor17) [ "$w" = hello ] && echo "java -cp $peers_dir/java17floor/out Hello" || echo "java -cp $peers_dir/java17floor/out Floor $w $args" ;;
  esac
}

# WORKLOAD -> "file args expected-checksum"
declare -A spec=(
  [hello]="hello||hello world" [fib]="fib|30|832040" [fib35]="fib|35|9227465"
  [loop]="loop|10000000|4998974987425" [spawn]="spawn|100000|4999950000"
  [chain]="chain|1000 1000|1000000" [timers]="timers|1000000|1000000 500349803"
  [pingpong]="pingpong|1000000|1000000" [memory]="memory|1000000|1000000" [memory0]="memory|0|0"
)

busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9; exit}' /proc/stat; }
hz=$(getconf CLK_TCK)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure KEY COMMAND EXPECTED: one run; appends "wall_s rss_kib others_cores ok" to $tmp/KEY.
measure() {
  local key=$1 command=$2 expected=$3 b0 b1 t0 t1 out ok
  b0=$(busy_jiffies); t0=$(date +%s%N)
  ( cd "$tmp" && eval "/usr/bin/time -f '%M %U %S' -o $tmp/time $command" > "$tmp/out" 2> "$tmp/err" ) || true
  t1=$(date +%s%N); b1=$(busy_jiffies)
  out=$(tail -n 1 "$tmp/out")
  ok=yes; [ "$out" = "$expected" ] || ok=NO
  [ $ok = yes ] || { echo "  $key: got '$out', want '$expected'" >&2; head -3 "$tmp/err" >&2; }
  read -r rss us ss < <(tail -n 1 "$tmp/time")
  awk -v t0="$t0" -v t1="$t1" -v b0="$b0" -v b1="$b1" -v hz="$hz" -v us="$us" -v ss="$ss" \
      -v rss="$rss" -v ok="$ok" 'BEGIN {
        wall = (t1 - t0) / 1e9; others = ((b1 - b0) / hz - us - ss) / wall; if (others < 0) others = 0
        printf "%.4f %d %.2f %s\n", wall, rss, others, ok }' >> "$tmp/$key"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v c="$1" '{print $c}' "$tmp/$2"; }
summary() {  # KEY -> "median_wall median_rss_kib median_others ok"
  local ok=yes; grep -q NO "$tmp/$1" && ok=NO
  echo "$(col 1 "$1" | median) $(col 2 "$1" | median) $(col 3 "$1" | median) $ok"
}

# bin/pollen makes its class-data archive on its first run after a build: not inside a timing.
"$root/bin/pollen" "$bench/pollen/hello.pln" > /dev/null

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, alternating"
echo "# peers: ${peers[*]:-none}"
printf '%-9s %-12s %-5s %9s %9s %7s  %s\n' workload program check median peak_MiB others "pollen/program"
for w in "${workloads[@]}"; do
  [ -n "${spec[$w]:-}" ] || { echo "run.sh: unknown workload $w" >&2; exit 2; }
  progs=(pollen "${peers[@]}")
  [ "$w" = spawn ] && [[ " ${peers[*]} " == *" node "* ]] && progs+=(node-micro)
  keys=("$w")
  [ "$w" = memory ] && keys+=(memory0)
  for _ in $(seq "$runs"); do
    for k in "${keys[@]}"; do
      IFS='|' read -r file args expected <<< "${spec[$k]}"
      for p in "${progs[@]}"; do
        measure "$k.$p" "$(cmd "$p" "$file" $args)" "$expected"
      done
    done
  done
  read -r pw prss _ _ <<< "$(summary "$w.pollen")"
  for p in "${progs[@]}"; do
    read -r wall rss others ok <<< "$(summary "$w.$p")"
    if [ "$w" = memory ]; then
      read -r _ rss0 _ _ <<< "$(summary "memory0.$p")"
      read -r _ prss0 _ _ <<< "$(summary "memory0.pollen")"
      per=$(( (rss - rss0) * 1024 / 1000000 )); pper=$(( (prss - prss0) * 1024 / 1000000 ))
      ratio=$(awk -v a="$pper" -v b="$per" 'BEGIN {printf "%.2fx", a / b}')
      printf '%-9s %-12s %-5s %8.3fs %9d %7s  %s (%d B/task)\n' "$w" "$p" "$ok" "$wall" $((rss / 1024)) "$others" \
        "$([ $p = pollen ] && echo - || echo "$ratio")" "$per"
    else
      ratio=$(awk -v a="$pw" -v b="$wall" 'BEGIN {printf "%.2fx", a / b}')
      printf '%-9s %-12s %-5s %8.3fs %9d %7s  %s\n' "$w" "$p" "$ok" "$wall" $((rss / 1024)) "$others" \
        "$([ $p = pollen ] && echo - || echo "$ratio")"
    fi
  done
done

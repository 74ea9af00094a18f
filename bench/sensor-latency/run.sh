#!/bin/sh
# Builds the harnesses against the jar the repl module makes (mvn -q install -DskipTests at the
# repo root first) and runs them with the JVM flags bin/pollen uses.
#   run.sh [RUNS]      sensor latency (SensorLatency), then host-source latency (HostSourceLatency)
set -e
here=$(cd -- "$(dirname -- "$0")" && pwd -P)
root=$(cd -- "$here/../.." && pwd -P)
jar=$root/repl/target/pollen.jar
out=${TMPDIR:-/tmp}/pollen-sensor-latency
if [ ! -f "$jar" ]; then
    echo "run.sh: $jar is missing; build the repo first" >&2
    exit 2
fi
mkdir -p "$out"
javac -d "$out" -cp "$jar" "$here"/src/*.java
java -XX:+UseSerialGC -Xshare:auto -cp "$out:$jar" SensorLatency "$here/sensor_latency.pln" "$@"
java -XX:+UseSerialGC -Xshare:auto -cp "$out:$jar" HostSourceLatency "$here/host_source.pln"

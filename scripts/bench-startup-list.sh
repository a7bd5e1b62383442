#!/usr/bin/env bash
# Start-up with many stored workbooks: opening the store and listing them with their index, each workbook read
# twice (loaded again for the list) against once (the list scored from the opening check's reading). Prints the
# median of each. Not part of `mvn verify`. Usage: scripts/bench-startup-list.sh [WORKBOOKS=200] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
out=target/bench-startup-list
mkdir -p "$out"
./mvnw -Pbench -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >"$out/build.log" 2>&1 \
  || { tail -n 40 "$out/build.log" >&2; exit 1; }
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" vn.cchc.workbook.benchmarks.StartupListBenchmark "${1:-200}" "${2:-5}"

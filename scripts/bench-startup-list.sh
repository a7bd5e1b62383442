#!/usr/bin/env bash
# Start-up with many stored workbooks: opening the store and listing them with their index, then the list read
# again after one edit, by a list that keeps nothing (every workbook read and scored) and by the start screen's list
# (only the edited workbook read). Prints the medians and the workbooks read. Not part of `mvn verify`.
# Usage: scripts/bench-startup-list.sh [WORKBOOKS=200] [ROUNDS=5] [1010: the generated 1,010-node set]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
out=target/bench-startup-list
mkdir -p "$out"
./mvnw -Pbench -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >"$out/build.log" 2>&1 \
  || { tail -n 40 "$out/build.log" >&2; exit 1; }
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$cp" vn.cchc.workbook.benchmarks.StartupListBenchmark "${1:-200}" "${2:-5}" "${3:-}"

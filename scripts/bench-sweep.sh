#!/usr/bin/env bash
# The evidence sweep at start-up on a large store (200 workbooks, each with a long edit history, earlier rounds and
# evidence files): the sweep's decision by reading every workbook, history row and round in full (as before) against
# the store's one query of the cited files (now), on the same store; also the store's opening time. Prints the median
# of each. Not part of `mvn verify`. Usage: scripts/bench-sweep.sh [WORKBOOKS=200] [EDITS=1000] [ROUNDS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
out=target/bench-sweep
mkdir -p "$out"
./mvnw -Pbench -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >"$out/build.log" 2>&1 \
  || { tail -n 40 "$out/build.log" >&2; exit 1; }
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
"$JAVA_HOME/bin/java" -Xmx1g -Djava.util.logging.config.file=/dev/null -cp "$cp" \
  vn.cchc.workbook.benchmarks.EvidenceSweepBenchmark "${1:-200}" "${2:-1000}" "${3:-5}"

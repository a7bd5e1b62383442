#!/usr/bin/env bash
# Per-edit latency of the window's score edit, on the normal disk and with every fsync slowed to an old hard disk's
# (SLOW_SYNC_MS, default 20 ms, through a preloaded shim built here with cc). typeOneScore is what a keystroke waits
# for (validate, recompute, hand the write to the background writer); typeOneScoreAndWaitUntilWritten is the round
# trip to "Đã lưu" (commit to H2 with its history row, fsync). Not part of `mvn verify`. Prints p50/p95/p99. Usage:
#   scripts/bench-edit-disk.sh [SLOW_SYNC_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
out=target/bench-edit-disk
mkdir -p "$out"
command -v cc >/dev/null || { echo "cc not found (apt-get install gcc)" >&2; exit 1; }
cc -shared -fPIC -O2 -o "$out/slowsync.so" scripts/bench-support/slowsync.c -ldl
./mvnw -Pbench -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >"$out/build.log" 2>&1 \
  || { tail -n 40 "$out/build.log" >&2; exit 1; }
cp="target/test-classes:target/classes:$(cat "$out/cp.txt")"
run() { # label, then env assignments
  local label=$1; shift
  env "$@" "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main EditCommitBenchmark -f 1 -wi 2 -i 3 \
    -rf csv -rff "$out/$label.csv" >"$out/$label.txt" 2>&1 || { tail -n 30 "$out/$label.txt" >&2; exit 1; }
  for bench in typeOneScore typeOneScoreAndWaitUntilWritten; do
    awk -F',' -v label="$label" -v bench="$bench" '{ gsub(/"/, "") } index($1, "." bench ":") == 0 { next }
      $1 ~ /p0.50$/ { p50 = $5 } $1 ~ /p0.95$/ { p95 = $5 } $1 ~ /p0.99$/ { p99 = $5 }
      END { printf "%-22s %-32s p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms\n", label, bench, p50, p95, p99 }' \
      "$out/$label.csv"
  done
}
echo "Machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $(date -u +%Y-%m-%d)"
run normal-disk
run "slow-fsync-${1:-20}ms" LD_PRELOAD="$PWD/$out/slowsync.so" SLOW_SYNC_MS="${1:-20}"

#!/usr/bin/env bash
# Start-up benchmark (not a test): starts the jar N times under a virtual X server with -Dcchc.startupBenchmark=true,
# which makes the program print "first-frame-ms=<ms from process start to the first frame showing the sample>" and
# exit. Reports the median and the peak resident memory (max RSS) over the runs. Each run gets a fresh data folder,
# i.e. a first start. Usage: scripts/bench-startup.sh [runs=11] [extra JVM options...]
# With BASELINE=1 it times a bare JavaFX window with a 150-row table instead (the yardstick),
# so that figures taken on a busy machine can be compared with the program's.
# Needs: apt-get install -y xvfb libgtk-3-0. To mimic a 2-core machine on a bigger one: taskset -c 0,1 scripts/...
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
runs="${1:-11}"; shift || true
jar=target/cchc-workbook.jar
[ -f "$jar" ] || mvn -o -q -B -DskipTests package >&2
work="$(mktemp -d)"
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
display=":$((100 + RANDOM % 800))"
Xvfb "$display" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
if [ -n "${BASELINE:-}" ]; then
  # Benchmark sources are compiled only in the bench profile; this one needs nothing but JavaFX from the jar.
  "$JAVA_HOME/bin/javac" -nowarn -cp "$jar" -d "$work/baseline" src/test/java/vn/cchc/workbook/benchmarks/BareWindowBaseline.java
fi
times=(); rss=()
for i in $(seq 1 "$runs"); do
  data="$work/data-$i"
  if [ -n "${BASELINE:-}" ]; then
    start=(-cp "$work/baseline:$jar" vn.cchc.workbook.benchmarks.BareWindowBaseline)
  else
    start=(-Dcchc.dataDir="$data" -Dcchc.startupBenchmark=true -jar "$jar")
  fi
  out="$(DISPLAY="$display" /usr/bin/time -f 'maxrss-kb=%M' "$JAVA_HOME/bin/java" "$@" "${start[@]}" 2>&1)" || true
  ms="$(sed -n 's/^first-frame-ms=//p' <<<"$out")"
  kb="$(sed -n 's/^maxrss-kb=//p' <<<"$out")"
  if [ -z "$ms" ]; then echo "run $i failed:"; echo "$out" | tail -20; exit 1; fi
  echo "run $i: first frame ${ms} ms, peak RSS $((kb / 1024)) MB"
  times+=("$ms"); rss+=("$kb")
done
median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
peak="$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)"
echo "median first frame: ${median} ms over ${runs} runs; peak RSS: $((peak / 1024)) MB"

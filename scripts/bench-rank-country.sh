#!/usr/bin/env bash
# Benchmark (not a test): `rank` of every commune of the country, 3,321 generated commune workbooks (.cchc), in one
# JVM with the installed program's options (scripts/launcher-options.sh) and its heap cap, -Xmx512m.
# Targets (issue 11): wall time ≤ 10 s on 2 cores, peak resident memory (RSS) ≤ 400 MB, no OutOfMemoryError.
# Works on a fresh machine: builds what it needs with Maven, generates the workbooks once (kept for later runs), and
# measures peak RSS with GNU time when installed, otherwise from /proc (VmHWM).
# Usage:
#   scripts/bench-rank-country.sh [RUNS] [COUNT] [HEAP]     # default 3 runs, 3321 workbooks, 512m
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh >/dev/null
. scripts/launcher-options.sh
runs=${1:-3}
count=${2:-3321}
heap=${3:-512m}
out=target/bench-rank-country
mkdir -p "$out"
./mvnw -Pbench -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >"$out/build.log" 2>&1 \
  || { tail -n 40 "$out/build.log" >&2; exit 1; }
cp="target/classes:target/test-classes:$(cat "$out/cp.txt")"
java=("$JAVA_HOME/bin/java")
# Pin to two cores when the machine has more, so the figure matches the target machine.
if command -v taskset >/dev/null && [ "$(nproc)" -gt 2 ]; then java=(taskset -c 0,1 "${java[@]}"); fi
in="$out/in-$count"
if [ "$(find "$in" -name '*.cchc' 2>/dev/null | wc -l)" -ne "$count" ]; then
  rm -rf "$in"
  echo "Generating $count commune workbooks in $in …"
  "${java[@]}" -cp "$cp" vn.cchc.workbook.benchmarks.RankBenchmarkData "$in" "$count" >/dev/null
fi
size=$(du -sm "$in" | cut -f1)

# Runs the command, prints "SECONDS PEAK_RSS_KB CPU_SECONDS" on the last line of $out/measure.txt.
measure() {
  if [ -x /usr/bin/time ]; then
    local status=0
    /usr/bin/time -f "%e %M %U %S" -o "$out/measure.txt" "$@" || status=$?
    awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$out/measure.txt" >"$out/measure2.txt"
    mv "$out/measure2.txt" "$out/measure.txt"
    return $status
  fi
  local start end peak=0 pid status
  start=$(date +%s%N)
  "$@" & pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
    sleep 0.05
  done
  wait "$pid"; status=$?
  end=$(date +%s%N)
  echo "$(awk "BEGIN {printf \"%.2f\", ($end - $start) / 1e9}") $peak ?" >"$out/measure.txt"
  return $status
}

times=(); peaks=(); cpus=()
for i in $(seq 1 "$runs"); do
  rm -rf "$out/data"
  measure "${java[@]}" "${launcher_java_options[@]}" -Xmx"$heap" -cp "$cp" vn.cchc.workbook.Main \
    --data-dir "$out/data" rank "$in" -o "$out/xep-hang.xlsx" --overwrite >"$out/run.log" 2>&1 \
    || { cat "$out/run.log" >&2; exit 1; }
  read -r seconds peak cpu < <(tail -n 1 "$out/measure.txt")
  times+=("$seconds"); peaks+=("$((peak / 1024))"); cpus+=("$cpu")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
max_peak=$(printf '%s\n' "${peaks[@]}" | sort -n | tail -n 1)
echo "Machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "rank $count workbooks ($size MB of .cchc) → .xlsx, -Xmx$heap ${launcher_java_options[*]}, $runs runs"
echo "wall time (s): ${times[*]}; median $median (target ≤ 10)"
echo "peak RSS (MB): ${peaks[*]}; max $max_peak (target ≤ 400)"
echo "processor time, user + system (s): ${cpus[*]} (on an idle 2-core machine the wall time is about half of it)"
if grep -q "OutOfMemoryError" "$out/run.log"; then echo "OutOfMemoryError in the last run" >&2; exit 1; fi
tail -n 4 "$out/run.log"

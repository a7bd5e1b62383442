#!/usr/bin/env bash
# The performance record: runs every benchmark of the project with short but meaningful settings and prints one table
# (benchmark, figure, unit, target, met) after the machine line. About 10 minutes on 2 cores. Not part of `mvn verify`.
#   scripts/bench-all.sh
# Each benchmark keeps its own script (run it alone for longer or different settings):
#   scripts/bench.sh            JMH: EngineRecomputeBenchmark, CriteriaImportBenchmark, ExcelExportBenchmark
#   scripts/bench-export.sh     cold command-line export vs LibreOffice, round by round (java -jar, run.sh, app image)
#   scripts/bench-cli-start.sh  cold `summary` (java -jar, run.sh, app image)
#   scripts/bench-rank.sh       `rank` of 200 .cchc files to .xlsx, whole process
#   scripts/bench-startup.sh    process start → first frame of the window (Xvfb): java -jar, and the app image
# Settings (environment): JMH_OPTS ("-wi 3 -i 5 -f 1"), EXPORT_ROUNDS (5), SUMMARY_ROUNDS (10), RANK_RUNS (5),
# STARTUP_RUNS (7). The app image (packaging/linux/build.sh) is measured too when it has been built. On a machine with more than 2 cores everything is pinned to cores 0 and 1 (taskset), so the
# figures match the 2-core target machine. Each script's own output is kept in target/bench-all/, the table in
# target/bench-all/table.md. Other processes share the machine: the load average is printed before and after; run
# it when the machine is quiet (CPU figures, where printed, are the steadier measure under load).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
out=target/bench-all
rm -rf "$out"
mkdir -p "$out"
jmh_opts=${JMH_OPTS:--wi 3 -i 5 -f 1}
export_rounds=${EXPORT_ROUNDS:-5}
summary_rounds=${SUMMARY_ROUNDS:-10}
rank_runs=${RANK_RUNS:-5}
startup_runs=${STARTUP_RUNS:-7}
pin=()
if command -v taskset >/dev/null && [ "$(nproc)" -gt 2 ]; then pin=(taskset -c 0,1); fi
started=$(date +%s)

mem_gb=$(awk '/^MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
os=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -sr)
jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)
machine="$(nproc) cores${pin:+ (pinned to 2)} ($cpu), ${mem_gb} GB memory, $os, $jdk"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Machine: $machine"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average (1/5/15 min) at start: $load_start"

# The jar, when missing or older than the sources (the scripts below only build it when it is missing).
if [ ! -f target/cchc-workbook.jar ] || [ -n "$(find src pom.xml -newer target/cchc-workbook.jar -print -quit)" ]; then
  echo "Building target/cchc-workbook.jar …"
  ./mvnw -q -B -DskipTests package >"$out/build.log" 2>&1 || { tail -n 40 "$out/build.log" >&2; exit 1; }
fi

rows=()
row() { # NAME FIGURE UNIT TARGET MET NOTE
  rows+=("$1|$2|$3|$4|$5|$6")
}
le() { # A B: "met" when A ≤ B, "not met" otherwise, "?" when A is not a number
  awk -v a="$1" -v b="$2" 'BEGIN { if (a !~ /^[0-9.]+$/) print "?"; else print (a + 0 <= b + 0) ? "met" : "not met" }'
}
step() { # NAME COMMAND…: runs one benchmark script, keeps its output in $out/NAME.txt; false when it failed
  local name=$1; shift
  echo "[$(date -u +%H:%M:%S)] $name: $*"
  if "${pin[@]}" "$@" >"$out/$name.txt" 2>&1; then return 0; fi
  echo "  failed; see $out/$name.txt:" >&2
  tail -n 10 "$out/$name.txt" >&2
  return 1
}

# 1. JMH (engine recompute, criteria import, warm Excel export): every benchmark of the bench profile.
# JMH refuses to run while another JMH holds /tmp/jmh.lock (another build benchmarking): wait for it, up to 5 min.
jmh_run() {
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    # shellcheck disable=SC2086
    step jmh scripts/bench.sh $jmh_opts && return 0
    grep -q 'Unable to acquire the JMH lock' "$out/jmh.txt" || return 1
    echo "  another JMH run holds /tmp/jmh.lock; waiting 30 s (attempt $attempt)"
    sleep 30
  done
  return 1
}
if jmh_run; then
  jmh() { # METHOD → "score error unit" from JMH's CSV
    awk -F',' -v m="$1" '{ gsub(/["\r]/, "") } $1 ~ ("\\." m "$") { print $5, $6, $7 }' target/bench/results.csv
  }
  read -r s e u <<<"$(jmh editOneLeafAndRecompute)"
  row "Engine: one edit + recompute of a 500-node set (JMH)" "$(printf '%.0f' "$s")" "$u" "≤ 1000" "$(le "$s" 1000)" "± $(printf '%.0f' "$e")"
  read -r s e u <<<"$(jmh recomputeOnly)"
  row "Engine: recompute only (JMH)" "$(printf '%.0f' "$s")" "$u" "—" "" "± $(printf '%.0f' "$e")"
  read -r s e u <<<"$(jmh importThousandRows)"
  row "Criteria import, 1,000-row appendix (JMH)" "$(printf '%.0f' "$s")" "$u" "≤ 2000" "$(le "$s" 2000)" "± $(printf '%.0f' "$e")"
  read -r s e u <<<"$(jmh exportAllFiveReports)"
  row "Excel export from the running program, 5 reports (JMH)" "$(printf '%.0f' "$s")" "$u" "≤ 100" "$(le "$s" 100)" "± $(printf '%.0f' "$e")"
else
  row "JMH benchmarks" "failed" "" "" "" "see $out/jmh.txt"
fi

# 2. Cold command-line export against LibreOffice, round by round.
if step export scripts/bench-export.sh "$export_rounds"; then
  lo_wall=$(awk '/^LibreOffice open/ { print $(NF-2) }' "$out/export.txt")
  while read -r line; do
    label=${line%%  *}
    read -r wall cpu ratio <<<"$(awk '{ print $(NF-2), $(NF-1), $NF }' <<<"$line")"
    row "Cold export, 5 reports: ${label#cchc-workbook export, }" "$wall" "s" "≤ LibreOffice ($lo_wall s)" \
      "$(le "$ratio" 1)" "CPU $cpu s; $ratio × LibreOffice (median of rounds)"
  done < <(grep '^cchc-workbook export' "$out/export.txt")
  read -r wall cpu <<<"$(awk '/^LibreOffice open/ { print $(NF-2), $(NF-1) }' "$out/export.txt")"
  row "LibreOffice: open + save the same .xlsx (headless)" "$wall" "s" "—" "" "CPU $cpu s; the yardstick"
else
  row "Cold export vs LibreOffice" "failed" "" "" "" "see $out/export.txt"
fi

# 3. Cold start of a short command (no target of its own; shows what run.sh's options bring).
if step summary scripts/bench-cli-start.sh "$summary_rounds"; then
  while read -r line; do
    label=${line%%  *}
    read -r wall cpu <<<"$(awk '{ print $(NF-1), $NF }' <<<"$line")"
    row "Command \`summary\`: ${label#cchc-workbook summary, }" "$wall" "s" "—" "" "CPU $cpu s"
  done < <(grep '^cchc-workbook summary' "$out/summary.txt")
else
  row "Command summary" "failed" "" "" "" "see $out/summary.txt"
fi

# 4. Ranking 200 workbooks, whole process.
if step rank scripts/bench-rank.sh "$rank_runs" 200; then
  ms=$(sed -n 's/^median: \([0-9]*\) ms.*/\1/p' "$out/rank.txt")
  s=$(awk -v ms="$ms" 'BEGIN { printf "%.2f", ms / 1000 }')
  row "Rank 200 .cchc files → .xlsx, java -cp (median of $rank_runs)" "$s" "s" "≤ 5" "$(le "$s" 5)" ""
else
  row "Rank 200 workbooks" "failed" "" "" "" "see $out/rank.txt"
fi

# 5. Window start-up to the first frame: plain java -jar (what run.sh does for the window), and the app image's
#    launcher (trimmed runtime, static AppCDS archive) when packaging/linux/build.sh has built it.
startup_rows() { # FILE VARIANT LABEL: one variant's line of bench-startup.sh's table
  local ms ratio peak
  read -r ms ratio peak <<<"$(awk -v v="$2" '$1 == v { print $2, $4, $10 }' "$1")"
  row "Window: process start → first frame, $3 (median of $startup_runs)" "$ms" "ms" "≤ 1500" "$(le "$ms" 1500)" \
    "$ratio × the bare-window yardstick (target ≤ 1.36: 1.5 s / 1.1 s)"
  row "Window: peak memory (RSS), $3" "$peak" "MB" "≤ 300" "$(le "$peak" 300)" ""
}
if step startup scripts/bench-startup.sh "$startup_runs"; then
  startup_rows "$out/startup.txt" plain "java -jar"
  startup_rows "$out/startup.txt" launcher "launcher options (run.sh, installers)"
else
  row "Window start-up" "failed" "" "" "" "see $out/startup.txt"
fi

load_end=$(cut -d' ' -f1-3 /proc/loadavg)
minutes=$(awk -v s="$(( $(date +%s) - started ))" 'BEGIN { printf "%.1f", s / 60 }')
{
  echo "Machine: $machine"
  echo "Load average (1/5/15 min): $load_start at start, $load_end at the end; $(date -u '+%Y-%m-%d'); bench-all took $minutes min"
  echo
  echo "| Benchmark | Figure | Unit | Target | Met | Notes |"
  echo "|---|---:|---|---|---|---|"
  for r in "${rows[@]}"; do
    IFS='|' read -r name figure unit target met note <<<"$r"
    echo "| $name | $figure | $unit | $target | $met | $note |"
  done
} >"$out/table.md"
echo
cat "$out/table.md"

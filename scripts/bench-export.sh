#!/usr/bin/env bash
# Benchmark (not a test): the cold command-line export of all five reports of the bundled sample assessment, whole
# process, against LibreOffice headless opening and re-saving the same .xlsx. Measured pair by pair in one run,
# alternating which goes first, so both see the same machine load. Target: our median ≤ LibreOffice's.
#   scripts/bench-export.sh [PAIRS]        # default 10 pairs
# Needs soffice (libreoffice-calc-nogui) and /usr/bin/time; builds target/cchc-workbook.jar when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
pairs=${1:-10}
jar=$PWD/target/cchc-workbook.jar
java=$JAVA_HOME/bin/java
for tool in soffice /usr/bin/time unzip; do
  command -v "$tool" >/dev/null || { echo "$tool not found (apt-get install libreoffice-calc-nogui time unzip)" >&2; exit 1; }
done
[ -f "$jar" ] || mvn -o -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir data lo profile
# The bundled sample (xã Hiền Thành, 6 tháng đầu năm 2023) as a workbook file, as a user would have it.
unzip -p "$jar" vn/cchc/workbook/bundled/samples/hien-thanh-6t-2023.json > sample.json
"$java" -Dcchc.dataDir="$work/data" -jar "$jar" import-json sample.json -o sample.cchc >/dev/null

ours=("$java" -Dcchc.dataDir="$work/data" -jar "$jar" export sample.cchc -o out.xlsx --overwrite)
# One LibreOffice profile for every run (created by the warm-up), so each run is a plain open and save.
lo=(soffice -env:UserInstallation="file://$work/profile" --headless --convert-to xlsx --outdir lo out.xlsx)
run() { # NAME: runs that command once, unmeasured
  local -n command=$1
  "${command[@]}" >/dev/null 2>&1
}
measure() { # NAME: runs that command once and appends "wall user+sys" in seconds to NAME.txt
  local -n command=$1
  /usr/bin/time -o t.txt -f "%e %U %S" "${command[@]}" >/dev/null 2>&1
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' t.txt >> "$1.txt"
}
# Warm-up (not measured): the OS file cache holds the jar, the JDK and LibreOffice afterwards.
run ours; run lo; run ours; run lo
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 1; i <= pairs; i++)); do
  if ((i % 2)); then measure ours; measure lo; else measure lo; measure ours; fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
paste -d' ' ours.txt lo.txt > pairs.txt
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }'; }
ours_wall=$(cut -d' ' -f1 ours.txt | median); ours_cpu=$(cut -d' ' -f2 ours.txt | median)
lo_wall=$(cut -d' ' -f1 lo.txt | median); lo_cpu=$(cut -d' ' -f2 lo.txt | median)
pair_ratio=$(awk '{ print $1 / $3 }' pairs.txt | median)
echo "Machine: $(nproc) cores, $("$java" -version 2>&1 | head -n 1), $(soffice --version 2>/dev/null | head -n 1)"
echo "Load average (1/5/15 min) before: $load_before, after: $load_after; $pairs pairs, alternating"
printf '%-44s %10s %10s\n' "" "wall (s)" "CPU (s)"
printf '%-44s %10s %10s\n' "cchc-workbook export (5 reports), median" "$ours_wall" "$ours_cpu"
printf '%-44s %10s %10s\n' "LibreOffice open + save xlsx, median" "$lo_wall" "$lo_cpu"
printf 'ratio ours / LibreOffice: wall %s (median of pair ratios %s), CPU %s\n' \
  "$(awk -v a="$ours_wall" -v b="$lo_wall" 'BEGIN { printf "%.2f", a / b }')" "$pair_ratio" \
  "$(awk -v a="$ours_cpu" -v b="$lo_cpu" 'BEGIN { printf "%.2f", a / b }')"

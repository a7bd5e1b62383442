#!/usr/bin/env bash
# Benchmark (not a test): start-up of a short command, `summary` of the bundled sample saved as a .cchc file, whole
# process, started as plain `java -jar`, through run.sh (dynamic AppCDS archive + C1 only) and, when
# packaging/linux/build.sh has built it, through the app image's launcher (static AppCDS archive). Measured round by
# round, rotating which goes first, after two unmeasured warm-ups of each (file cache, run.sh's archive written).
#   scripts/bench-cli-start.sh [ROUNDS]      # default 15 rounds
# The lines of the result table have the form "<label>  <wall s> <CPU s>" (scripts/bench-all.sh reads them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
rounds=${1:-15}
root=$PWD
jar=$root/target/cchc-workbook.jar
java=$JAVA_HOME/bin/java
image=$root/target/packaging/linux/image/cchc-workbook/bin/cchc-workbook
command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time not found (apt-get install time)" >&2; exit 1; }
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
unzip -p "$jar" vn/cchc/workbook/bundled/samples/hien-thanh-6t-2023.json > sample.json
"$java" -Dcchc.dataDir="$work/data" -jar "$jar" import-json sample.json -o sample.cchc >/dev/null

jar_cmd=("$java" -Dcchc.dataDir="$work/data" -jar "$jar" summary sample.cchc)
runsh_cmd=("$root/run.sh" --data-dir "$work/data" summary sample.cchc)
image_cmd=("$image" --data-dir "$work/data" summary sample.cchc)
names=(jar_cmd runsh_cmd)
labels=("cchc-workbook summary, java -jar" "cchc-workbook summary, run.sh (AppCDS, C1)")
if [ -x "$image" ]; then names+=(image_cmd); labels+=("cchc-workbook summary, app image launcher"); fi

measure() { # NAME [FILE]: runs that command once and appends "wall user+sys" in seconds to FILE (NAME.txt)
  local -n command=$1
  /usr/bin/time -o t.txt -f "%e %U %S" "${command[@]}" >/dev/null 2>&1
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' t.txt >> "${2:-$1.txt}"
}
for _ in 1 2; do for name in "${names[@]}"; do measure "$name" warmup.txt; done; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
n=${#names[@]}
for ((i = 0; i < rounds; i++)); do
  for ((k = 0; k < n; k++)); do measure "${names[$(((i + k) % n))]}"; done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }'; }
echo "Machine: $(nproc) cores, $("$java" -version 2>&1 | head -n 1)"
echo "Load average (1/5/15 min) before: $load_before, after: $load_after; $rounds rounds, order rotated"
printf '%-44s %10s %10s\n' "median of $rounds" "wall (s)" "CPU (s)"
for ((k = 0; k < n; k++)); do
  name=${names[$k]}
  printf '%-44s %10s %10s\n' "${labels[$k]}" "$(cut -d' ' -f1 "$name.txt" | median)" "$(cut -d' ' -f2 "$name.txt" | median)"
done

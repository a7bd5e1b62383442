#!/usr/bin/env bash
# Benchmark (not a test): the cold command-line export of all five reports of the bundled sample assessment, whole
# process, against LibreOffice headless opening and re-saving the same .xlsx. Measured round by round in one run,
# rotating which goes first, so all see the same machine load. Target: our median ≤ LibreOffice's.
# The export is timed as started in up to three ways:
#   - java -jar       plain `java -jar target/cchc-workbook.jar export …` (the JDK's default CDS archive only);
#   - run.sh          `./run.sh export …`: dynamic AppCDS archive target/cchc-workbook-export.jsa + C1 only;
#   - app image       the jpackage launcher, when packaging/linux/build.sh has built
#                     target/packaging/linux/image/cchc-workbook (trimmed runtime, static AppCDS archive).
#   scripts/bench-export.sh [ROUNDS]        # default 10 rounds
# Needs soffice (libreoffice-calc-nogui) and /usr/bin/time; builds target/cchc-workbook.jar when it is missing.
# The lines of the result table have the form "<label>  <wall s> <CPU s> <ratio>" (scripts/bench-all.sh reads them).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
rounds=${1:-10}
root=$PWD
jar=$root/target/cchc-workbook.jar
java=$JAVA_HOME/bin/java
image=$root/target/packaging/linux/image/cchc-workbook/bin/cchc-workbook
for tool in soffice /usr/bin/time unzip; do
  command -v "$tool" >/dev/null || { echo "$tool not found (apt-get install libreoffice-calc-nogui time unzip)" >&2; exit 1; }
done
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir data lo profile
# The bundled sample (xã Hiền Thành, 6 tháng đầu năm 2023) as a workbook file, as a user would have it.
unzip -p "$jar" vn/cchc/workbook/bundled/samples/hien-thanh-6t-2023.json > sample.json
"$java" -Dcchc.dataDir="$work/data" -jar "$jar" import-json sample.json -o sample.cchc >/dev/null

export_args=(export sample.cchc -o out.xlsx --overwrite)
jar_cmd=("$java" -Dcchc.dataDir="$work/data" -jar "$jar" "${export_args[@]}")
runsh_cmd=("$root/run.sh" --data-dir "$work/data" "${export_args[@]}")
image_cmd=("$image" --data-dir "$work/data" "${export_args[@]}")
# One LibreOffice profile for every run (created by the warm-up), so each run is a plain open and save.
lo_cmd=(soffice -env:UserInstallation="file://$work/profile" --headless --convert-to xlsx --outdir lo out.xlsx)
names=(jar_cmd runsh_cmd)
labels=("cchc-workbook export, java -jar" "cchc-workbook export, run.sh (AppCDS, C1)")
if [ -x "$image" ]; then names+=(image_cmd); labels+=("cchc-workbook export, app image launcher"); fi
names+=(lo_cmd); labels+=("LibreOffice open + save xlsx")
lo_index=$((${#names[@]} - 1))

run() { # NAME: runs that command once, unmeasured
  local -n command=$1
  "${command[@]}" >/dev/null 2>&1
}
measure() { # NAME: runs that command once and appends "wall user+sys" in seconds to NAME.txt
  local -n command=$1
  /usr/bin/time -o t.txt -f "%e %U %S" "${command[@]}" >/dev/null 2>&1
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' t.txt >> "$1.txt"
}
# Warm-up (not measured): the OS file cache holds the jar, the JDK and LibreOffice afterwards, and run.sh has
# written its AppCDS archive (as after a user's first export).
for _ in 1 2; do for name in "${names[@]}"; do run "$name"; done; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
n=${#names[@]}
for ((i = 0; i < rounds; i++)); do
  for ((k = 0; k < n; k++)); do measure "${names[$(((i + k) % n))]}"; done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }'; }
echo "Machine: $(nproc) cores, $("$java" -version 2>&1 | head -n 1), $(soffice --version 2>/dev/null | head -n 1)"
echo "Load average (1/5/15 min) before: $load_before, after: $load_after; $rounds rounds, order rotated"
printf '%-44s %10s %10s %14s\n' "median of $rounds" "wall (s)" "CPU (s)" "wall / LO"
for ((k = 0; k < n; k++)); do
  name=${names[$k]}
  wall=$(cut -d' ' -f1 "$name.txt" | median); cpu=$(cut -d' ' -f2 "$name.txt" | median)
  # Ratio to LibreOffice: the median of the round-by-round ratios (same load within a round).
  ratio=$(paste -d' ' "$name.txt" "${names[$lo_index]}.txt" | awk '{ print $1 / $3 }' | median)
  printf '%-44s %10s %10s %14s\n' "${labels[$k]}" "$wall" "$cpu" "$ratio"
done

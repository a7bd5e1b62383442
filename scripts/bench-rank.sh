#!/usr/bin/env bash
# Benchmark (not a test): the whole `rank` command on 200 commune workbooks, from .cchc files to the written .xlsx,
# one fresh JVM per run (start-up, reading and checking every file, scoring, ranking, writing the sheet).
# Target: median ≤ 5 s on a 2-core machine. Not part of `mvn verify` (benchmark sources compile under -Pbench).
# Usage:
#   scripts/bench-rank.sh [RUNS] [COUNT]      # default 7 runs, 200 workbooks
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh >/dev/null
runs=${1:-7}
count=${2:-200}
out=target/bench-rank
rm -rf "$out"
mkdir -p "$out/in"
./mvnw -Pbench -q -B test-compile dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >"$out/build.log" 2>&1 \
  || { tail -n 40 "$out/build.log" >&2; exit 1; }
cp="target/classes:target/test-classes:$(cat "$out/cp.txt")"
java=("$JAVA_HOME/bin/java")
# Pin to two cores when the machine has more, so the figure matches the target machine.
if command -v taskset >/dev/null && [ "$(nproc)" -gt 2 ]; then java=(taskset -c 0,1 "${java[@]}"); fi
"${java[@]}" -cp "$cp" vn.cchc.workbook.benchmarks.RankBenchmarkData "$out/in" "$count" >/dev/null
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "${java[@]}" -cp "$cp" vn.cchc.workbook.Main --data-dir "$out/data" rank "$out/in" -o "$out/xep-hang.xlsx" \
    --overwrite >"$out/run.log" 2>&1 || { cat "$out/run.log" >&2; exit 1; }
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000000 ))")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( ${#sorted[@]} / 2 ))]}
echo "Machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $(date -u +%Y-%m-%d)"
echo "rank $count workbooks → .xlsx, $runs runs (ms): ${times[*]}"
echo "median: $median ms (target ≤ 5000 ms)"
tail -n 4 "$out/run.log"

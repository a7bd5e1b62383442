#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/**/benchmarks/) and prints one table of results.
# Not part of `mvn verify`. Usage:
#   scripts/bench.sh                         # every benchmark, short run (-wi 3 -i 5 -f 1)
#   scripts/bench.sh EngineRecompute -i 10   # a regex of benchmark names, then any JMH options
# Results are also kept in target/bench/results.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
out=target/bench
mkdir -p "$out"
filter=()
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then filter=("$1"); shift; fi
opts=("$@")
[ ${#opts[@]} -gt 0 ] || opts=(-wi 3 -i 5 -f 1)
./mvnw -Pbench -q -B test-compile exec:exec \
  -Djmh.args="${filter[*]:-} ${opts[*]} -rf csv -rff $PWD/$out/results.csv" >"$out/jmh.log" 2>&1 \
  || { tail -n 40 "$out/jmh.log" >&2; exit 1; }
echo "Machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), $(date -u +%Y-%m-%d)"
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"[,params]
awk -F',' 'NR == 1 { printf "%-60s %-6s %12s %12s  %s\n", "Benchmark", "Mode", "Score", "± Error", "Unit"; next }
  { gsub(/"/, ""); name = $1; sub(/^vn\.cchc\.workbook\.benchmarks\./, "", name)
    printf "%-60s %-6s %12.3f %12.3f  %s\n", name, $2, $5, $6, $7 }' "$out/results.csv"

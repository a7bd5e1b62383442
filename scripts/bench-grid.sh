#!/usr/bin/env bash
# Keystroke → totals on screen in the scoring grid (GridKeystrokeBenchmark), on the bundled commune set and on a
# generated 1,010-node set. Prints CSV: set,nodes,leaves,samples,median-ms,p90-ms,max-ms. Not part of `mvn verify`.
# Usage: scripts/bench-grid.sh            (headless: Monocle with the software renderer, as the UI tests)
#        DISPLAY=:13 scripts/bench-grid.sh --window   (a real window on an X display)
#        SLOW_SYNC_MS=20 scripts/bench-grid.sh  (every fsync of the benchmark's JVM slowed, as bench-edit-disk.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
mkdir -p target/bench
./mvnw -Pbench -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/grid-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench/grid-classpath.txt)"
flags=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32)
[ "${1:-}" = "--window" ] && flags=()
preload=()
if [ -n "${SLOW_SYNC_MS:-}" ]; then
  cc -shared -fPIC -O2 -o target/bench/slowsync.so scripts/bench-support/slowsync.c -ldl
  preload=(env LD_PRELOAD="$PWD/target/bench/slowsync.so" SLOW_SYNC_MS="$SLOW_SYNC_MS")
fi
"${preload[@]}" "$JAVA_HOME/bin/java" -Xmx1g -Dfile.encoding=UTF-8 "${flags[@]}" -cp "$cp" \
  vn.cchc.workbook.benchmarks.GridKeystrokeBenchmark | tee target/bench/grid.csv

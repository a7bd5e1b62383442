#!/usr/bin/env bash
# Longer run of the store concurrency stress: two command-line copies, then three plus a window-like copy, on one
# data folder, N rounds per copy (default 300), the workbook count checked in every round.
#   scripts/store-stress.sh [ROUNDS_PER_COPY]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
rounds="${1:-300}"
start=$(date +%s)
./mvnw -B -q test -Dtest=StoreConcurrencyStressTest -Dsurefire.failIfNoSpecifiedTests=false -Dstore.stress.rounds="$rounds"
echo "store stress: $rounds rounds per copy (2 + 4 copies, $((rounds * 6)) rounds) passed in $(( $(date +%s) - start )) s"

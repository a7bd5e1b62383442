#!/usr/bin/env bash
# Runs every test: unit, store, file, report and headless window (TestFX + Monocle) tests.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/find-jdk.sh
exec ./mvnw -B verify "$@"

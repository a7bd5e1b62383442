#!/usr/bin/env bash
# Renders the main window with the sample workbook at 1366x768 into a PNG, under a virtual X server.
# Usage: scripts/screenshot.sh [output.png]   (default: target/window.png; needs: apt-get install -y xvfb libgtk-3-0)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
out="$(realpath -m "${1:-target/window.png}")"
jar=target/cchc-workbook.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package >&2
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
xvfb-run -a -s "-screen 0 1600x900x24" \
  "$JAVA_HOME/bin/java" -Dcchc.dataDir="$data" -Dcchc.screenshot="$out" -jar "$jar"
echo "$out"

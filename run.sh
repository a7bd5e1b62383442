#!/usr/bin/env bash
# Runs the program: builds the jar when the sources are newer, then starts it.
# With no arguments the window opens; with a command (see README) it runs without a window.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/find-jdk.sh
jar=target/cchc-workbook.jar
if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
  mvn -q -B -DskipTests package >&2
fi
. scripts/launcher-options.sh  # the start-up JVM options (README.startup.md)
exec "$JAVA_HOME/bin/java" "${launcher_java_options[@]}" -jar "$jar" "$@"

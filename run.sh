#!/usr/bin/env bash
# Runs the program: builds the jar when the sources are newer, then starts it.
# With no arguments (or a single .cchc file) the window opens; with a command (see README) it runs without a window.
# File arguments are relative to the folder run.sh is called from.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
. "$root/scripts/find-jdk.sh"
jar="$root/target/cchc-workbook.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/src" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && mvn -q -B -DskipTests package >&2)
fi

# Start-up options for a short-lived desktop/command-line process (measured in README.help-perf.md):
# - dynamic AppCDS (JDK 19+): the first run writes an archive of the classes it loaded, later runs map it instead of
#   loading and verifying those classes again; the JVM rebuilds it by itself when the jar or the JDK changes. It is
#   written once and then only read, so the window and each command (which load different classes: POI for
#   `export`, not for `summary`) get their own archive, target/cchc-workbook-<window|command>.jsa.
# - command line only: the C1 compiler alone (-XX:TieredStopAtLevel=1); a command lives a few seconds, too short to
#   repay C2's compile time. The window keeps the full compiler for a long working session.
# RUN_SH_PLAIN=1 starts with plain `java -jar` (for comparisons); RUN_SH_PRINT_OPTIONS=1 prints the JVM options it
# would use for these arguments, one a line, and exits (scripts/bench-all.sh uses them for the window start-up).
is_window() {
  [ $# -eq 0 ] && return 0
  [ $# -eq 1 ] && [[ "${1,,}" == *.cchc ]] && [ -f "$1" ]
}
command_name() { # the first word that is not an option or --data-dir's value; "cli" when none
  while [ $# -gt 0 ]; do
    case "$1" in
      --data-dir) shift ;;
      -*) ;;
      *) [[ "$1" =~ ^[a-z][a-z-]*$ ]] && { echo "$1"; return; }; break ;;
    esac
    shift || true
  done
  echo cli
}
opts=()
if [ -z "${RUN_SH_PLAIN:-}" ]; then
  if is_window "$@"; then
    archive="$root/target/cchc-workbook-window.jsa"
  else
    archive="$root/target/cchc-workbook-$(command_name "$@").jsa"
    opts+=(-XX:TieredStopAtLevel=1)
  fi
  major=$(java_major "$JAVA_HOME")
  if [ "${major:-0}" -ge 19 ]; then
    opts+=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
fi
if [ -n "${RUN_SH_PRINT_OPTIONS:-}" ]; then
  [ ${#opts[@]} -eq 0 ] || printf '%s\n' "${opts[@]}"
  exit 0
fi
exec "$JAVA_HOME/bin/java" "${opts[@]}" -jar "$jar" "$@"

#!/usr/bin/env bash
# Runs the program: builds the jar when the sources are newer, then starts it.
# With no arguments (or a single .cchc file) the window opens; with a command (see docs/command-line.md) it runs without a window.
# File arguments are relative to the folder run.sh is called from.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
. "$root/scripts/find-jdk.sh"
jar="$root/target/cchc-workbook.jar"
# Start-up options for a command (a short-lived process; measured in docs/performance.md):
# - dynamic AppCDS (JDK 19+): the first run of a command writes an archive of the classes it loaded,
#   target/cchc-workbook-<command>.jsa, and later runs map it instead of loading and verifying those classes again;
#   the JVM rebuilds it by itself when the jar or the JDK changes. Each command has its own archive because an
#   archive is written once and then only read, and the commands load different classes (POI for `export`).
# The window gets no dynamic archive: the JDK 25 JVM crashed in 3 of 3 tries while writing one at exit with the
# window's background threads still running. The packaged program has a static archive made at build time instead.
# Every start, window or command, gets scripts/launcher-options.sh (C1 only, Serial GC, small initial heap).
# RUN_SH_PLAIN=1 starts commands with plain `java -jar` too (for comparisons, or should an archive ever misbehave);
# RUN_SH_PRINT_OPTIONS=1 prints the JVM options it would use for these arguments, one a line, and exits.
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
if [ -z "${RUN_SH_PLAIN:-}" ] && ! is_window "$@"; then
  if [ "$(java_major "$JAVA_HOME")" -ge 19 ] 2>/dev/null; then
    opts+=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$root/target/cchc-workbook-$(command_name "$@").jsa"
      -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
fi
. "$root/scripts/launcher-options.sh"  # C1 only, Serial GC, small initial heap: every start (docs/performance.md)
opts=("${launcher_java_options[@]}" "${opts[@]}")
if [ -n "${RUN_SH_PRINT_OPTIONS:-}" ]; then
  printf '%s\n' "${opts[@]}"
  exit 0
fi
if [ ! -f "$jar" ] || [ -n "$(find "$root/src" "$root/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$root" && ./mvnw -q -B -DskipTests package >&2)
fi
exec "$JAVA_HOME/bin/java" "${opts[@]}" -jar "$jar" "$@"

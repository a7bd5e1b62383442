#!/usr/bin/env bash
# Start-up benchmark (not a test). Starts, round after round, interleaved (so that the load of a shared machine hits
# them alike), under a virtual X server:
#   yardstick  a bare JavaFX window with a 150-row table (src/test/java/.../benchmarks/BareWindowBaseline.java)
#   plain      java -jar target/cchc-workbook.jar
#   launcher   the same with the launcher's JVM options (scripts/launcher-options.sh: what run.sh and the installers
#              start it with)
# The program runs with -Dcchc.startupBenchmark=true: it prints the time of its first frame showing the sample
# assessment and exits. Each run gets a fresh data folder, i.e. a first start. For each variant it reports the median
# time from process launch to the first frame, the median processor time (user + system; that figure hardly moves
# with the machine's load), the median and peak resident memory (GNU time), and the ratio of the medians to the
# yardstick's.
# Usage: scripts/bench-startup.sh [runs=11] [extra JVM options for the program...]
#   VARIANTS="plain launcher"  only these;  JAR=other.jar  another build.
#   Further variants (add them to VARIANTS):
#   before        BEFORE_JAR started plain, e.g. a build from before a change, in the same rounds
#   launcher-cds  the launcher options plus a dynamic AppCDS archive (-XX:+AutoCreateSharedArchive, as run.sh may
#                 add), written by one untimed run first
#   installed     the packaged program's own launcher (IMAGE, default target/packaging/linux/image/cchc-workbook,
#                 made by JPACKAGE_TYPE=none packaging/linux/build.sh): its runtime, options and start-up cache
#   installed-nocache  the same launcher with the cache switched off (-XX:AOTMode=off)
#   installed-before   the launcher of another app image (BEFORE_IMAGE, e.g. a copy of the image from before a
#                 change), in the same rounds
# Needs: apt-get install -y xvfb libgtk-3-0. To mimic a 2-core machine on a bigger one: taskset -c 0,1 scripts/...
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/find-jdk.sh
. scripts/launcher-options.sh
runs="${1:-11}"; shift || true
extra=("$@")
jar="${JAR:-target/cchc-workbook.jar}"
variants=(${VARIANTS:-yardstick plain launcher})
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package >&2
work="$(mktemp -d)"
trap 'kill "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
display=":$((100 + RANDOM % 800))"
Xvfb "$display" -screen 0 1600x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
# The program halts at its first frame, before JavaFX removes the icon fonts it copied to the temp folder: give every
# run a temp folder inside $work, removed on exit.
mkdir -p "$work/tmp"
# Benchmark sources are compiled only in the bench profile; this one needs nothing but JavaFX from the jar.
"$JAVA_HOME/bin/javac" -nowarn -cp "$jar" -d "$work/baseline" src/test/java/vn/cchc/workbook/benchmarks/BareWindowBaseline.java

image="${IMAGE:-target/packaging/linux/image/cchc-workbook}"
for v in "${variants[@]}"; do
  if [[ "$v" == installed* ]] && [ ! -x "$image/bin/cchc-workbook" ]; then
    echo "no packaged program in $image: run JPACKAGE_TYPE=none packaging/linux/build.sh first" >&2; exit 1
  fi
  if [ "$v" = installed-before ] && [ ! -x "${BEFORE_IMAGE:-}/bin/cchc-workbook" ]; then
    echo "installed-before needs BEFORE_IMAGE, the folder of another app image (…/image/cchc-workbook)" >&2; exit 1
  fi
done

command_of() { # variant run -> the command, one word a line (java and its arguments, or the packaged launcher)
  case "$1" in
    installed) printf '%s\n' env "JAVA_TOOL_OPTIONS=-Dcchc.dataDir=$work/data-$1-$2 -Djava.io.tmpdir=$work/tmp -Dcchc.startupBenchmark=true" \
                    "$image/bin/cchc-workbook" ;;
    installed-nocache) printf '%s\n' env \
                    "JAVA_TOOL_OPTIONS=-XX:AOTMode=off -Dcchc.dataDir=$work/data-$1-$2 -Djava.io.tmpdir=$work/tmp -Dcchc.startupBenchmark=true" \
                    "$image/bin/cchc-workbook" ;;
    installed-before) printf '%s\n' env "JAVA_TOOL_OPTIONS=-Dcchc.dataDir=$work/data-$1-$2 -Djava.io.tmpdir=$work/tmp -Dcchc.startupBenchmark=true" \
                    "$BEFORE_IMAGE/bin/cchc-workbook" ;;
    *) printf '%s\n' "$JAVA_HOME/bin/java" $(java_args_of "$@") ;;
  esac
}
java_args_of() { # variant run -> the java arguments
  case "$1" in
    before) echo "${extra[@]}" -Dcchc.dataDir="$work/data-$1-$2" -Djava.io.tmpdir="$work/tmp" -Dcchc.startupBenchmark=true -jar "$BEFORE_JAR" ;;
    launcher-cds) echo "${launcher_java_options[@]}" -XX:+AutoCreateSharedArchive \
                   -XX:SharedArchiveFile="$work/window.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off "${extra[@]}" \
                   -Dcchc.dataDir="$work/data-$1-$2" -Djava.io.tmpdir="$work/tmp" -Dcchc.startupBenchmark=true -jar "$jar" ;;
    yardstick) echo -Djava.io.tmpdir="$work/tmp" -cp "$work/baseline:$jar" vn.cchc.workbook.benchmarks.BareWindowBaseline ;;
    plain) echo "${extra[@]}" -Dcchc.dataDir="$work/data-$1-$2" -Djava.io.tmpdir="$work/tmp" -Dcchc.startupBenchmark=true -jar "$jar" ;;
    launcher) echo "${launcher_java_options[@]}" "${extra[@]}" -Dcchc.dataDir="$work/data-$1-$2" \
                   -Dcchc.startupBenchmark=true -jar "$jar" ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

declare -A ms cpu rss
offsets=()   # first-frame-ms minus the time measured here, from builds that print both (see below)
if [[ " ${variants[*]} " == *" launcher-cds "* ]]; then  # the run that writes the archive is not timed
  mapfile -t args < <(command_of launcher-cds 0)
  DISPLAY="$display" "${args[@]}" >/dev/null 2>&1 || true
fi
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); processors: $(nproc); launcher options: ${launcher_java_options[*]}"
echo "load before: $(uptime | sed 's/.*load average: //')"
for i in $(seq 1 "$runs"); do
  n=${#variants[@]}
  for k in $(seq 0 $((n - 1))); do
    v=${variants[$(( (i - 1 + k) % n ))]}   # a different variant goes first in each round (the first first)
    mapfile -t args < <(command_of "$v" "$i")
    start=$(date +%s%3N)
    out="$(DISPLAY="$display" /usr/bin/time -f 'gnu-time %M %U %S' "${args[@]}" 2>&1)" || true
    epoch="$(sed -n 's/^first-frame-epoch-ms=//p' <<<"$out")"
    jvm_ms="$(sed -n 's/^first-frame-ms=//p' <<<"$out")"
    if [ -z "$jvm_ms" ]; then echo "$v run $i failed:"; echo "$out" | tail -20; exit 1; fi
    read -r kb user sys <<<"$(sed -n 's/^gnu-time //p' <<<"$out")"
    if [ -n "$epoch" ]; then
      t=$((epoch - start)); offsets+=($((jvm_ms - t)))
    else
      # An older build prints only first-frame-ms, counted from the process start the JVM reports, which Linux
      # gives to the second (the boot time in whole seconds): a constant offset until the next boot, taken off
      # here as measured on the runs that print both (the yardstick always does).
      [ ${#offsets[@]} -gt 0 ] || { echo "no offset yet: put a variant that prints first-frame-epoch-ms first" >&2; exit 1; }
      t=$((jvm_ms - $(printf '%s\n' "${offsets[@]}" | median)))
    fi
    c=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
    echo "run $i $v: first frame $t ms, processor $c ms, peak RSS $((kb / 1024)) MB"
    ms[$v]+="$t "; cpu[$v]+="$c "; rss[$v]+="$((kb / 1024)) "
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
printf '%-13s %12s %8s %14s %10s %10s %14s\n' variant "first frame" ratio "processor ms" ratio "RSS med" "RSS peak"
base_ms=""; base_cpu=""
if [[ " ${variants[*]} " == *" yardstick "* ]]; then
  base_ms=$(tr ' ' '\n' <<<"${ms[yardstick]}" | grep . | median)
  base_cpu=$(tr ' ' '\n' <<<"${cpu[yardstick]}" | grep . | median)
fi
for v in "${variants[@]}"; do
  m=$(tr ' ' '\n' <<<"${ms[$v]}" | grep . | median)
  c=$(tr ' ' '\n' <<<"${cpu[$v]}" | grep . | median)
  r=$(tr ' ' '\n' <<<"${rss[$v]}" | grep . | median)
  p=$(tr ' ' '\n' <<<"${rss[$v]}" | grep . | sort -n | tail -1)
  rm_=-; rc=-
  if [ -n "$base_ms" ]; then
    rm_=$(awk -v a="$m" -v b="$base_ms" 'BEGIN {printf "%.2f", a / b}')
    rc=$(awk -v a="$c" -v b="$base_cpu" 'BEGIN {printf "%.2f", a / b}')
  fi
  printf '%-13s %9s ms %8s %11s ms %10s %7s MB %11s MB\n' "$v" "$m" "$rm_" "$c" "$rc" "$r" "$p"
done
echo "(median of $runs runs each; ratio = median / the yardstick's median)"

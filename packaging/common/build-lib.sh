# Shared steps of packaging/linux/build.sh and packaging/macos/build.sh (sourced, not run). Windows has the same
# steps in PowerShell in packaging/windows/build.ps1; keep the three in step.
# Expects: the working directory at the repository root, JAVA_HOME at a JDK 21 or newer (scripts/find-jdk.sh).

name=cchc-workbook
title="Sổ chấm điểm CCHC"
description="$title: chấm điểm Chỉ số cải cách hành chính (PAR Index) cho xã, huyện; không cần mạng."
main_class=vn.cchc.workbook.Main
jar=target/$name.jar
version=$(sed -n 's:^  <version>\([^<]*\)</version>:\1:p' pom.xml | head -n 1)

# Options of every start: the launcher's, and the training runs' (an AppCDS archive is only used by a JVM started
# with the options it was made with).
java_options=(
  -Xmx512m
  -Dfile.encoding=UTF-8
  --enable-native-access=ALL-UNNAMED
)
# The start-up options (C1 only, Serial GC, small initial heap; scripts/launcher-options.sh, docs/performance.md).
. scripts/launcher-options.sh
java_options+=("${launcher_java_options[@]}")

# Options of the installed launcher only: the AppCDS archive (in the launcher's folder), and no console lines
# about it if a JVM ever refuses it (it then starts without the archive, a little slower).
appcds_launcher_options=("-XX:SharedArchiveFile=\$APPDIR/$name.jsa" -Xlog:cds=off)

log() { printf '== %s\n' "$*" >&2; }

# The Java feature version of JAVA_HOME (21, 25, …).
java_feature() {
  "$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
# JavaFX 21 allocates memory through sun.misc.Unsafe, which JDK 24 and newer warn about on the console at every
# start (JEP 498); the runtime is the build JDK's, so the option is added only where it exists (JDK 23 and newer).
if [ "$(java_feature)" -ge 23 ]; then
  java_options+=(--sun-misc-unsafe-memory-access=allow)
fi

# merge_class_lists LIST…: one class list from several training runs. Each list numbers its classes ("name id: N")
# and the JVM refuses duplicate numbers, so a class already listed is dropped and the rest are renumbered after
# the ids used so far; "@" lines (lambda forms and proxies) are kept once.
merge_class_lists() {
  awk '
    FNR == 1 { offset = next_id }
    /^#/ { next }
    /^@/ { if (!seen[$0]++) print; next }
    {
      if (seenClass[$1]++) next
      line = $0
      if (match(line, / id: [0-9]+/)) {
        id = substr(line, RSTART + 5, RLENGTH - 5) + offset
        line = substr(line, 1, RSTART - 1) " id: " id substr(line, RSTART + RLENGTH)
        if (id >= next_id) next_id = id + 1
      }
      print line
    }' "$@"
}

ensure_jar() {
  if [ ! -f "$jar" ]; then
    log "building $jar"
    # Offline first (the usual case on a machine that has built before), then online.
    mvn -o -q -B -DskipTests package || mvn -q -B -DskipTests package
  fi
}

# The JDK modules the program needs. jdeps finds those the classes refer to; added by hand are the ones reached
# by name or as services, which jdeps cannot see:
#   jdk.localedata  Vietnamese number and date formats (only the en and vi locales are kept, see make_runtime)
#   jdk.charsets    Windows-1258 (Vietnamese) and other legacy encodings of files a user may import
#   jdk.zipfs       the zip file system, which class-path scanners may open jars with
# JavaFX is not among them: its classes and native libraries are inside the shaded jar.
jdk_modules() {
  local found
  found=$("$JAVA_HOME/bin/jdeps" -q --print-module-deps --ignore-missing-deps --multi-release 21 "$jar")
  echo "$found,jdk.localedata,jdk.charsets,jdk.zipfs"
}

# make_runtime MODULES OUTPUT: the trimmed runtime.
# --compress=zip-0 on purpose: the installers compress (xz in a .deb, a cabinet in an .msi), and they do far
# better on the uncompressed module image (measured: lib/modules 29.8 MB zip-9 -> 28.2 MB in xz; 65.6 MB
# uncompressed -> 13.2 MB in xz), and classes are read without inflating. JLINK_COMPRESS=zip-9 for the smallest
# installed size instead. No --generate-cds-archive: the AppCDS archive holds the JDK's classes too.
make_runtime() {
  "$JAVA_HOME/bin/jlink" \
    --add-modules "$1" \
    --include-locales=en,vi \
    --strip-debug --no-header-files --no-man-pages \
    --compress="${JLINK_COMPRESS:-zip-0}" \
    --output "$2"
}

# make_appcds JAVA APP_JAR ARCHIVE: a static AppCDS archive, i.e. the classes a start loads, parsed and laid out
# once at build time and mapped into memory at each start (the JDK's classes and the program's, JavaFX included).
# It is made from the class lists of training runs of the image's own runtime and jar with the launcher's options,
# so the launcher's start matches it; the JVM accepts it after the image is moved or installed elsewhere (the jar
# is checked relative to the runtime, and by size and time). Training: the command line's summary of the bundled
# sample and, when an X display can be had (DISPLAY, or xvfb-run), or on macOS, one window start with
# -Dcchc.startupBenchmark=true, which makes the window exit after its first frame. If the archive cannot be used
# (another JVM build, a changed jar) the JVM starts without it, only slower.
make_appcds() {
  local java_bin=$1 app_jar=$2 archive=$3 scratch
  scratch=$(mktemp -d)
  # The training runs use a scratch data folder: a build never touches a user's data.
  log "AppCDS: training run (command line)"
  "$java_bin" "${java_options[@]}" -Xshare:off -XX:DumpLoadedClassList="$scratch/cli.classlist" \
    -Dcchc.dataDir="$scratch/data" -cp "$app_jar" "$main_class" summary > "$scratch/summary.txt"
  grep -q . "$scratch/summary.txt" || { echo "the training run printed nothing" >&2; return 1; }
  local lists=("$scratch/cli.classlist") runner=()
  if [ -n "${DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then runner=(env)
  elif command -v xvfb-run > /dev/null; then runner=(xvfb-run -a); fi
  if [ ${#runner[@]} -gt 0 ]; then
    log "AppCDS: training run (window, ends after the first frame)"
    if "${runner[@]}" "$java_bin" "${java_options[@]}" -Xshare:off \
        -XX:DumpLoadedClassList="$scratch/window.classlist" -Dcchc.dataDir="$scratch/data-window" \
        -Dcchc.startupBenchmark=true -cp "$app_jar" "$main_class" > "$scratch/window.txt" 2>&1 \
        && grep -q '^first-frame-ms=' "$scratch/window.txt"; then
      lists+=("$scratch/window.classlist")
    else
      log "AppCDS: no window training (this jar has no window yet, or it did not start); command line only"
    fi
  fi
  merge_class_lists "${lists[@]}" > "$scratch/app.classlist"
  log "AppCDS: dumping $(grep -v '^#' "$scratch/app.classlist" | sort -u | wc -l) classes"
  # Classes compiled for Java 5 or older (picocli) cannot be archived once linked; the JVM skips them.
  "$java_bin" "${java_options[@]}" -Xshare:dump -XX:SharedClassListFile="$scratch/app.classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$app_jar" > "$scratch/dump.txt" 2>&1 \
    || { tail -20 "$scratch/dump.txt" >&2; rm -rf "$scratch"; return 1; }
  rm -rf "$scratch"
  log "AppCDS archive: $(du -h "$archive" | cut -f1)"
}

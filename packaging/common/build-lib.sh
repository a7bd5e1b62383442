# Shared steps of packaging/linux/build.sh and packaging/macos/build.sh (sourced, not run). Windows has the same
# steps in PowerShell in packaging/windows/build.ps1; keep the three in step.
# Expects: the working directory at the repository root, JAVA_HOME at a JDK 21 or newer (scripts/find-jdk.sh).

name=cchc-workbook
title="Sổ chấm điểm CCHC"
description="$title: chấm điểm Chỉ số cải cách hành chính (PAR Index) cho xã, huyện; không cần mạng."
main_class=vn.cchc.workbook.Main
jar=target/$name.jar
# The version from pom.xml; with RELEASE_TAG (v1.2.3) it must match it and must not be a -SNAPSHOT.
version=$("$JAVA_HOME/bin/java" packaging/common/Packaging.java version "${RELEASE_TAG:-}")

# Options of every start: the launcher's, and the training run's (an ahead-of-time cache is only used by a JVM
# started with the options it was made with). Kept in scripts/launcher-options.sh; Packaging.java makes the list
# for this system from it, as build.ps1 does for Windows.
case "$(uname)" in Darwin) options_system=macos ;; *) options_system=linux ;; esac
java_options=()  # (no mapfile: macOS has bash 3.2)
while IFS= read -r option; do java_options+=("$option"); done \
  < <("$JAVA_HOME/bin/java" packaging/common/Packaging.java java-options "$options_system")
[ ${#java_options[@]} -gt 0 ] || { echo "no Java options from scripts/launcher-options.sh" >&2; exit 1; }

# The jar's modification time in the image (seconds since 1970): the cache is made with it and the launcher passes
# it on (-Dcchc.jarTime), so an installed copy can put it back (vn.cchc.workbook.platform.StartupCacheJar).
jar_time=$(date +%s)
# Options of the installed launcher only: the start-up cache (in the launcher's folder) and no console lines about
# it if a JVM ever refuses it (it then starts without the cache, only slower).
aot_launcher_options=("-XX:AOTCache=\$APPDIR/$name.aot" -Xlog:aot=off -Xlog:cds=off "-Dcchc.jarTime=$jar_time")

log() { printf '== %s\n' "$*" >&2; }

ensure_jar() {
  if [ ! -f "$jar" ]; then
    log "building $jar"
    ./mvnw -q -B -DskipTests package
  fi
}

# The JDK modules the program needs. jdeps finds those the classes refer to; added by hand are the ones reached
# by name or as services, which jdeps cannot see:
#   jdk.localedata  Vietnamese number and date formats (only the en and vi locales are kept, see make_runtime)
#   jdk.charsets    Windows-1258 (Vietnamese) and other legacy encodings of files a user may import
#   jdk.zipfs       the zip file system, which class-path scanners may open jars with
# JavaFX comes as modules of its own (javafx_jmods), added by make_runtime.
jdk_modules() {
  local found
  found=$("$JAVA_HOME/bin/jdeps" -q --print-module-deps --ignore-missing-deps --multi-release 21 "$jar")
  echo "$found,jdk.localedata,jdk.charsets,jdk.zipfs"
}

# javafx_jmods PLATFORM OUT: JavaFX's jars for PLATFORM (linux, win, mac) from Maven Central made into jmods in
# OUT/jmods, their native libraries in the jmods' native section, so that the runtime carries them and JavaFX does
# not unpack them into the user's home (~/.openjfx/cache). Prints the module names, comma-separated.
javafx_jmods() {
  local platform=$1 out=$2
  ./mvnw -q -B dependency:copy-dependencies -DincludeGroupIds=org.openjfx -Dclassifier="$platform" \
    -DoutputDirectory="$out/javafx-jars" >&2
  "$JAVA_HOME/bin/java" packaging/common/Packaging.java javafx-jmods "$out/javafx-jars" "$out/jmods"
}

# make_runtime MODULES JMODS OUTPUT: the trimmed runtime, JDK modules and JavaFX's from JMODS.
# --compress=zip-0 on purpose: the installers compress (xz in a .deb, a cabinet in an .msi), and they do far
# better on the uncompressed module image (measured: lib/modules 29.8 MB zip-9 -> 28.2 MB in xz; 65.6 MB
# uncompressed -> 13.2 MB in xz), and classes are read without inflating. JLINK_COMPRESS=zip-9 for the smallest
# installed size instead. No --generate-cds-archive: the ahead-of-time cache holds the JDK's classes too.
make_runtime() {
  "$JAVA_HOME/bin/jlink" \
    --module-path "$2" \
    --add-modules "$1" \
    --include-locales=en,vi \
    --strip-debug --no-header-files --no-man-pages \
    --compress="${JLINK_COMPRESS:-zip-0}" \
    --output "$3"
}

# make_aot_cache JAVA APP_JAR CACHE: the JDK's ahead-of-time cache (JEP 483/514, JDK 24+): the classes a start
# loads, parsed, verified and linked once at build time, with the objects they build, mapped at each start. It is
# made by one training run of the image's own runtime and jar with the launcher's options: the window starts as on
# a first start, shows the bundled sample and ends after its first frame, before the store opens
# (-Dcchc.aotTraining=true, ui/app/TrainingRun: the JVM loads every class of the cache at each start, so it holds
# the start's classes only). That needs an X display (DISPLAY, or xvfb-run); without one the command line's summary
# is the training. The jar gets
# the time in jar_time first. If the cache cannot be used (another JVM build, a changed jar) the JVM starts without
# it, only slower.
make_aot_cache() {
  local java_bin=$1 app_jar=$2 cache=$3 scratch runner=()
  scratch=$(mktemp -d)
  # GNU touch takes @seconds, BSD touch (macOS) a formatted time that BSD date -r makes from seconds.
  touch -d "@$jar_time" "$app_jar" 2> /dev/null || touch -t "$(date -r "$jar_time" +%Y%m%d%H%M.%S)" "$app_jar"
  if [ -n "${DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then runner=(env)
  elif command -v xvfb-run > /dev/null; then runner=(xvfb-run -a); fi
  if [ ${#runner[@]} -gt 0 ]; then
    log "AOT cache: training run (the window's start to its first frame)"
    if ! "${runner[@]}" "$java_bin" "${java_options[@]}" -XX:AOTCacheOutput="$cache" \
        -Dcchc.dataDir="$scratch/data" -Dcchc.aotTraining=true -cp "$app_jar" "$main_class" \
        > "$scratch/training.txt" 2>&1 || ! grep -q '^aot-training-done' "$scratch/training.txt"; then
      grep -v '^\[' "$scratch/training.txt" | tail -20 >&2
      rm -rf "$scratch" "$cache"
      log "AOT cache: the training run failed; no cache"
      return 1
    fi
  else
    log "AOT cache: training run (command line; no X display for the window)"
    "$java_bin" "${java_options[@]}" -XX:AOTCacheOutput="$cache" -Dcchc.dataDir="$scratch/data" \
      -cp "$app_jar" "$main_class" summary > "$scratch/training.txt" 2>&1 \
      || { tail -20 "$scratch/training.txt" >&2; rm -rf "$scratch" "$cache"; return 1; }
  fi
  rm -rf "$scratch"
  log "AOT cache: $(du -h "$cache" | cut -f1)"
}

#!/usr/bin/env bash
# Builds the Linux app image and .deb of "Sổ chấm điểm CCHC" from the shaded jar:
#   1. the shaded jar (mvn package, skipped when it exists),
#   2. the JDK modules it needs (jdeps, plus the few it loads by name), jlinked into a trimmed runtime,
#   3. a jpackage app image (launcher, icon, Java options),
#   4. an AppCDS archive made by a short training run of that image (see packaging/README.md, "Start-up"),
#   5. the .deb built from the finished image (file type .cchc, menu entry in Office).
# Output: target/packaging/linux/{image/cchc-workbook, cchc-workbook_<version>_<arch>.deb}.
# Settings (environment): CDS=appcds|none (default appcds), JPACKAGE_TYPE=deb|none (none: image only).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. scripts/find-jdk.sh

name=cchc-workbook
title="Sổ chấm điểm CCHC"
main_class=vn.cchc.workbook.Main
jar=target/$name.jar
out=target/packaging/linux
cds=${CDS:-appcds}
package_type=${JPACKAGE_TYPE:-deb}
version=$(sed -n 's:^  <version>\([^<]*\)</version>:\1:p' pom.xml | head -n 1)

log() { printf '== %s\n' "$*" >&2; }

if [ ! -f "$jar" ]; then
  log "building $jar"
  # Offline first (the usual case on a build machine that has run the build before), then online.
  mvn -o -q -B -DskipTests package || mvn -q -B -DskipTests package
fi

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"

# --- 2. Trimmed runtime -------------------------------------------------------------------------------------------
# jdeps finds the modules the classes refer to. Added by hand, because they are reached by name or as services,
# which jdeps cannot see:
#   jdk.localedata  Vietnamese number and date formats (only the en and vi locales are kept, see --include-locales)
#   jdk.charsets    Windows-1258 (Vietnamese) and other legacy encodings of files a user may import
#   jdk.zipfs       the zip file system, which class-path scanners may open jars with
# JavaFX is not a module here: its classes and native libraries are inside the shaded jar.
log "computing the JDK modules (jdeps)"
modules=$("$JAVA_HOME/bin/jdeps" -q --print-module-deps --ignore-missing-deps --multi-release 21 "$jar")
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs"
echo "$modules" > "$out/modules.txt"
log "modules: $modules"

log "jlink: trimmed runtime"
# No --generate-cds-archive: the AppCDS archive made below holds the JDK's classes as well as the program's, and
# the JDK's default archive (2 x 14 MB) would only be used when that one cannot be.
"$JAVA_HOME/bin/jlink" \
  --add-modules "$modules" \
  --include-locales=en,vi \
  --strip-debug --no-header-files --no-man-pages \
  --compress="${JLINK_COMPRESS:-zip-0}" \
  --output "$out/runtime"

# --- 3. App image ------------------------------------------------------------------------------------------------
# Java options of the launcher. $APPDIR is expanded by the launcher to the folder holding the jar.
java_options=(
  -Xmx512m
  -Dfile.encoding=UTF-8
  --enable-native-access=ALL-UNNAMED
)
launcher_options=("${java_options[@]}")
if [ "$cds" = appcds ]; then
  launcher_options+=("-XX:SharedArchiveFile=\$APPDIR/$name.jsa")
fi
jpackage_java_options=()
for option in "${launcher_options[@]}"; do jpackage_java_options+=(--java-options "$option"); done

common=(
  --name "$name"
  --app-version "$version"
  --vendor "CCHC Workbook"
  --copyright "CCHC Workbook"
  --description "$title: chấm điểm Chỉ số cải cách hành chính (PAR Index) cho xã, huyện; không cần mạng."
)

log "jpackage: app image"
"$JAVA_HOME/bin/jpackage" --type app-image \
  "${common[@]}" \
  --input "$out/input" --main-jar "$name.jar" --main-class "$main_class" \
  --runtime-image "$out/runtime" \
  --icon packaging/icon/$name.png \
  "${jpackage_java_options[@]}" \
  --dest "$out/image"
image="$out/image/$name"

# --- 4. AppCDS archive -------------------------------------------------------------------------------------------
# A static AppCDS archive: the classes a start loads, parsed and laid out once at build time and mapped into memory
# at each start (the JDK's own classes and the program's, JavaFX included). Made from the class lists of training
# runs of the image's own runtime and jar, with the launcher's options, so the launcher's start matches it; the
# JVM accepts it after the image is moved or installed elsewhere (the jar is checked relative to the runtime).
# Training: the command line's summary of the bundled sample (interchange, engine, picocli) and, when an X display
# can be had (DISPLAY, or xvfb-run), one window start with -Dcchc.startupBenchmark=true, which makes the window
# exit after its first frame. If the archive cannot be used (another JVM build, a changed jar) the JVM starts
# without it, only slower.
if [ "$cds" = appcds ]; then
  archive="$image/lib/app/$name.jsa"
  java_bin="$image/lib/runtime/bin/java"
  app_jar="$image/lib/app/$name.jar"
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  # The training runs use a scratch data folder: a build never touches a user's data.
  train() {
    local list=$1; shift
    "$java_bin" "${java_options[@]}" -Xshare:off -XX:DumpLoadedClassList="$list" \
      -Dcchc.dataDir="$scratch/data" -cp "$app_jar" "$main_class" "$@"
  }
  log "AppCDS: training run (command line)"
  train "$scratch/cli.classlist" summary > "$scratch/summary.txt"
  grep -q . "$scratch/summary.txt" || { echo "the training run printed nothing" >&2; exit 1; }
  lists=("$scratch/cli.classlist")
  window_runner=()
  if [ -n "${DISPLAY:-}" ]; then window_runner=(env); elif command -v xvfb-run > /dev/null; then window_runner=(xvfb-run -a); fi
  if [ ${#window_runner[@]} -gt 0 ]; then
    log "AppCDS: training run (window, ends after the first frame)"
    if "${window_runner[@]}" "$java_bin" "${java_options[@]}" -Xshare:off \
        -XX:DumpLoadedClassList="$scratch/window.classlist" -Dcchc.dataDir="$scratch/data-window" \
        -Dcchc.startupBenchmark=true -cp "$app_jar" "$main_class" > "$scratch/window.txt" 2>&1 \
        && grep -q '^first-frame-ms=' "$scratch/window.txt"; then
      lists+=("$scratch/window.classlist")
    else
      log "AppCDS: no window training (the jar has no window yet, or it did not start); command line only"
    fi
  fi
  cat "${lists[@]}" > "$scratch/app.classlist"
  log "AppCDS: dumping $(sort -u "$scratch/app.classlist" | grep -vc '^#') classes"
  # Classes compiled for Java 5 or older (picocli) cannot be archived once linked; the JVM says so and skips them.
  "$java_bin" "${java_options[@]}" -Xshare:dump -XX:SharedClassListFile="$scratch/app.classlist" \
    -XX:SharedArchiveFile="$archive" -cp "$app_jar" > "$scratch/dump.txt" 2>&1 \
    || { tail -20 "$scratch/dump.txt" >&2; exit 1; }
  log "AppCDS archive: $(du -h "$archive" | cut -f1)"
fi

# --- 5. Installer ------------------------------------------------------------------------------------------------
if [ "$package_type" = deb ]; then
  log "jpackage: .deb"
  # JavaFX's native libraries sit inside the jar, where jpackage's dependency scan cannot see them; their
  # system libraries are listed here (GTK 3 pulls in the X11, GL and font libraries).
  "$JAVA_HOME/bin/jpackage" --type deb \
    "${common[@]}" \
    --app-image "$image" \
    --icon packaging/icon/$name.png \
    --resource-dir packaging/linux/resources \
    --file-associations packaging/common/cchc-file.properties \
    --linux-package-name "$name" \
    --linux-deb-maintainer "cchc-workbook@localhost" \
    --linux-menu-group Office \
    --linux-app-category misc \
    --linux-shortcut \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6" \
    --dest "$out"
fi

log "done"
du -sh "$image" >&2
ls -l "$out"/*.deb 2>/dev/null >&2 || true

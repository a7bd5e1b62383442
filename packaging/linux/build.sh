#!/usr/bin/env bash
# Builds the Linux app image and .deb of "Sổ chấm điểm CCHC" from the shaded jar:
#   1. the shaded jar (mvn package; skipped when it exists),
#   2. a trimmed Java runtime with the JDK modules the program needs and JavaFX's as jmods (jdeps, jlink),
#   3. a jpackage app image (launcher, icon, Java options) with the jar less JavaFX,
#   4. the JDK's ahead-of-time cache made by a training run of that image (docs/packaging.md, "Start-up"),
#   5. the .deb made from the finished image (the .cchc file type, a menu entry under Office).
# Output: target/packaging/linux/{image/cchc-workbook/, cchc-workbook_<version>_<arch>.deb}.
# Settings (environment): AOT=cache|none (default cache), JPACKAGE_TYPE=deb|none (none: image only),
# JLINK_COMPRESS (default zip-0, see packaging/common/build-lib.sh), RELEASE_TAG (v1.2.3: checked against pom.xml).
set -euo pipefail

cd "$(dirname "$0")/../.."
. scripts/find-jdk.sh
. packaging/common/build-lib.sh

out=target/packaging/linux
aot=${AOT:-cache}
package_type=${JPACKAGE_TYPE:-deb}

ensure_jar
rm -rf "$out"
mkdir -p "$out/input"

log "JavaFX as jmods"
javafx_modules=$(javafx_jmods linux "$out")
"$JAVA_HOME/bin/java" packaging/common/Packaging.java strip-javafx "$jar" "$out/javafx-jars" "$out/input/$name.jar" >&2

log "computing the JDK modules (jdeps)"
modules="$(jdk_modules),$javafx_modules"
echo "$modules" > "$out/modules.txt"
log "modules: $modules"
log "jlink: trimmed runtime"
make_runtime "$modules" "$out/jmods" "$out/runtime"

# $APPDIR is expanded by the launcher to the folder that holds the jar (lib/app).
launcher_options=("${java_options[@]}")
[ "$aot" = cache ] && launcher_options+=("${aot_launcher_options[@]}")
jpackage_java_options=()
for option in "${launcher_options[@]}"; do jpackage_java_options+=(--java-options "$option"); done
common=(--name "$name" --app-version "$version" --vendor "CCHC Workbook" --copyright "CCHC Workbook"
        --description "$description")

log "jpackage: app image"
"$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" \
  --input "$out/input" --main-jar "$name.jar" --main-class "$main_class" \
  --runtime-image "$out/runtime" \
  --icon packaging/icon/$name.png \
  "${jpackage_java_options[@]}" \
  --dest "$out/image"
image=$out/image/$name

if [ "$aot" = cache ]; then
  make_aot_cache "$image/lib/runtime/bin/java" "$image/lib/app/$name.jar" "$image/lib/app/$name.aot"
fi

if [ "$package_type" = deb ]; then
  log "jpackage: .deb"
  # The menu entry's text comes from resources/cchc-workbook.desktop (the Vietnamese name; the launcher and the
  # package keep the ASCII name for the command line). JavaFX's native libraries sit inside the jar, where
  # jpackage's dependency scan cannot see them, so their system libraries are named here (GTK 3 brings the X11,
  # GL and font libraries).
  "$JAVA_HOME/bin/jpackage" --type deb "${common[@]}" \
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

if [ "$package_type" = deb ] && [ "$aot" = cache ]; then
  # The JVM uses the cache only with the very jar it was made from, checked by size and modification time, and
  # jpackage copies the image into the package without keeping file times. So the package is opened again, the
  # jar's time set back to the image's, and the package rebuilt (dpkg keeps file times when it installs; /opt is
  # not the user's to change, so the launcher's own fix, StartupCacheJar, could not do it there).
  deb_file=$(ls "$out"/${name}_*.deb)
  log "restoring the jar's time in $(basename "$deb_file")"
  unpacked=$(mktemp -d)
  dpkg-deb -R "$deb_file" "$unpacked/root"
  touch -r "$image/lib/app/$name.jar" "$unpacked/root/opt/$name/lib/app/$name.jar"
  dpkg-deb --root-owner-group -Zxz -b "$unpacked/root" "$deb_file" > /dev/null
  rm -rf "$unpacked"
fi

log "done"
du -sh "$image" >&2
ls -l "$out"/*.deb 2> /dev/null >&2 || true

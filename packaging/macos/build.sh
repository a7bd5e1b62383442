#!/usr/bin/env bash
# Builds the macOS disk image (.dmg) of "Sổ chấm điểm CCHC": the steps of packaging/linux/build.sh
# (packaging/common/build-lib.sh) with a macOS app bundle. Run on a Mac (the jar must be built there, so that it
# holds JavaFX for macOS; an Intel Mac gives an x86_64 app, an Apple silicon Mac an arm64 one).
# Needs: a JDK 25 or newer (the start-up cache), Xcode command line tools (hdiutil comes with macOS).
# Output: target/packaging/macos/{image/Sổ chấm điểm CCHC.app, *.dmg}. The app is not signed or notarised:
# on first start a user opens it with right-click > Open (see docs/packaging.md).
# Settings (environment): AOT=cache|none (default cache), RELEASE_TAG (v1.2.3: checked against pom.xml).
set -euo pipefail

cd "$(dirname "$0")/../.."
. scripts/find-jdk.sh
. packaging/common/build-lib.sh

out=target/packaging/macos
aot=${AOT:-cache}

ensure_jar
rm -rf "$out"
mkdir -p "$out/input"

log "JavaFX as jmods"
javafx_modules=$(javafx_jmods "mac$([ "$(uname -m)" = arm64 ] && echo -aarch64)" "$out")
"$JAVA_HOME/bin/java" packaging/common/Packaging.java strip-javafx "$jar" "$out/javafx-jars" "$out/input/$name.jar" >&2

log "computing the JDK modules (jdeps)"
modules="$(jdk_modules),$javafx_modules"
log "modules: $modules"
log "jlink: trimmed runtime"
make_runtime "$modules" "$out/jmods" "$out/runtime"

launcher_options=("${java_options[@]}")
[ "$aot" = cache ] && launcher_options+=("${aot_launcher_options[@]}")
jpackage_java_options=()
for option in "${launcher_options[@]}"; do jpackage_java_options+=(--java-options "$option"); done
# The bundle's short name (CFBundleName) may hold at most 15 characters, hence "CCHC Workbook" there; Finder and
# the Dock show the bundle's file name, which is the Vietnamese name.
common=(--name "$title" --app-version "$version" --vendor "CCHC Workbook" --copyright "CCHC Workbook"
        --description "$description")

log "jpackage: app bundle"
"$JAVA_HOME/bin/jpackage" --type app-image "${common[@]}" \
  --input "$out/input" --main-jar "$name.jar" --main-class "$main_class" \
  --runtime-image "$out/runtime" \
  --icon packaging/icon/$name.icns \
  --mac-package-identifier vn.cchc.workbook \
  --mac-package-name "CCHC Workbook" \
  --file-associations packaging/common/cchc-file.properties \
  "${jpackage_java_options[@]}" \
  --dest "$out/image"
app="$out/image/$title.app"

if [ "$aot" = cache ]; then
  # In a bundle the jar sits in Contents/app ($APPDIR) and the runtime in Contents/runtime/Contents/Home.
  make_aot_cache "$app/Contents/runtime/Contents/Home/bin/java" "$app/Contents/app/$name.jar" \
    "$app/Contents/app/$name.aot"
fi

log "jpackage: .dmg"
"$JAVA_HOME/bin/jpackage" --type dmg "${common[@]}" \
  --app-image "$app" \
  --mac-package-identifier vn.cchc.workbook \
  --dest "$out"

log "done"
ls -l "$out"/*.dmg >&2

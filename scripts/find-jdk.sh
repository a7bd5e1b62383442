# Sourced by run.sh, test.sh and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# The machines this project runs on ship an older default java, so the newest suitable JDK is picked.
java_major() {
  # The JDK's release file names its version without starting a JVM (≈ 0.1 s saved on every run.sh start).
  local version
  version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -n "$version" ]; then echo "$version"; return; fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best=""; best_major=0
  for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir")
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$dir"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found. Install one (e.g. Temurin 21) and set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
pick_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"

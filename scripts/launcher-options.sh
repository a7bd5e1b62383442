# Sourced by run.sh, packaging/common/build-lib.sh and scripts/bench-startup.sh: the JVM options of a window start
# (measured in README.startup.md). Keep packaging/windows/build.ps1 in step.
launcher_java_options=(
  -XX:+UseSerialGC
)

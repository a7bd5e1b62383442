# Sourced by run.sh, packaging/common/build-lib.sh and scripts/bench-startup.sh: the JVM options of a start, chosen
# for a short start of a desktop program on a small machine (2 cores); measured in docs/performance.md.
#   -XX:TieredStopAtLevel=1  C1 only. At start the C2 compiler spent more processor time than the window's own
#                            work (5,7 s -> 3,4 s processor time to the first frame); the scoring work after start is
#                            a few milliseconds per edit either way.
#   -XX:+UseSerialGC         one collector thread, no concurrent work: less memory and processor time than G1 for a
#                            heap of a few tens of MB (the JVM picks it itself on 1 core or < 1,8 GB of memory).
#   -Xms32m                  start with a small heap (grows up to -Xmx when needed): the default initial heap is
#                            1/64 of the memory (384 MB on a 24 GB machine) and a young generation that size is all
#                            touched before the first collection (peak RSS 317 MB -> 233 MB).
# Keep packaging/windows/build.ps1 in step.
launcher_java_options=(
  -XX:TieredStopAtLevel=1
  -XX:+UseSerialGC
  -Xms32m
)

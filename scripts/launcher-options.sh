# The JVM options of every start, in one place. Sourced by run.sh, packaging/common/build-lib.sh and the benchmark
# scripts; read by packaging/common/Packaging.java (`java-options`), which makes the installers' list from it for
# Linux, macOS and Windows (packaging/windows/build.ps1). Arrays, one option a line, `#` comments only on lines of
# their own. Why each option is here, with the figures: docs/performance.md ("Start-up time", "Memory at start").

# Every start: run.sh (window and commands), the installed launchers, the benchmarks.
#   -XX:TieredStopAtLevel=1  C1 only. At start the C2 compiler spent more processor time than the window's own
#                            work (5,7 s -> 3,4 s processor time to the first frame); the scoring work after start is
#                            a few milliseconds per edit either way.
#   -XX:+UseSerialGC         one collector thread, no concurrent work: less memory and processor time than G1 for a
#                            heap of a few tens of MB (the JVM picks it itself on 1 core or < 1,8 GB of memory).
#   -Xms16m                  start with a small heap (it grows up to -Xmx when needed): the default initial heap is
#                            1/64 of the memory (384 MB on a 24 GB machine) and a young generation that size is all
#                            touched before the first collection. 16 MB gives a 5 MB young generation: the window's
#                            start then touches 29 MB of heap instead of 34 MB (32 MB initial heap) or 80 MB.
#   -XX:MetaspaceSize=64m    no full collection when class metadata passes the default 21 MB during the start.
#   -Dprism.disableRegionCaching=true
#                            JavaFX draws rounded, layered control backgrounds directly instead of through a
#                            2048 x 1024 texture atlas. Where JavaFX renders in software (no usable graphics card:
#                            virtual machines, remote desktops, old blacklisted chips) that atlas is an 8 MB array on
#                            the Java heap, cleared before the first frame.
launcher_java_options=(
  -XX:TieredStopAtLevel=1
  -XX:+UseSerialGC
  -Xms16m
  -XX:MetaspaceSize=64m
  -Dprism.disableRegionCaching=true
)

# The installed program only (its own runtime, JavaFX as modules), added before the options above.
#   --sun-misc-unsafe-memory-access=allow  JavaFX 21 allocates through sun.misc.Unsafe, which JDK 24 and newer warn
#                            about on the console at every start (JEP 498); left out for a JDK older than 23.
#   -XX:TrimNativeHeapInterval=100  gives memory that the C heap freed back to the system every 100 ms (the GTK,
#                            Mesa and JVM threads free much of what they allocate while the window starts): peak RSS
#                            about 2-3 MB lower. Only here, because the installed runtime is known to have it (JDK 22+);
#                            run.sh may start an older JDK, which would refuse an unknown option.
packaged_java_options=(
  -Xmx512m
  -Dfile.encoding=UTF-8
  --enable-native-access=ALL-UNNAMED,javafx.graphics
  --sun-misc-unsafe-memory-access=allow
  -XX:TrimNativeHeapInterval=100
)

# Windows only, added last: the command line's output in UTF-8 also when it goes to a file or a pipe (a console is
# switched to UTF-8 by vn.cchc.workbook.platform.Utf8Console); Java would otherwise use the ANSI or OEM code page.
windows_java_options=(
  -Dstdout.encoding=UTF-8
  -Dstderr.encoding=UTF-8
)

/* Preloaded into a JVM by scripts/bench-edit-disk.sh: every fsync/fdatasync first sleeps SLOW_SYNC_MS
 * milliseconds (default 20, an old 5400 rpm disk's flush), then does the real call. Benchmarks only. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>

static void pause_like_a_slow_disk(void) {
    const char *ms = getenv("SLOW_SYNC_MS");
    long delay = ms ? atol(ms) : 20;
    struct timespec t = { delay / 1000, (delay % 1000) * 1000000L };
    nanosleep(&t, NULL);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int)) dlsym(RTLD_NEXT, "fsync");
    pause_like_a_slow_disk();
    return real(fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int)) dlsym(RTLD_NEXT, "fdatasync");
    pause_like_a_slow_disk();
    return real(fd);
}

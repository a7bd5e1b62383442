package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;

/**
 * A program asked to end by the system (SIGTERM: a log-off, a shutdown, {@code kill}) while it writes: its shutdown
 * hooks run while its other threads go on writing. The store closes itself after the write in progress, with the
 * backup a close makes, and the next start opens it with every acknowledged workbook. (H2 closed the database itself
 * at exit, under the program's next write, which failed with "Database is already closed".)
 */
class StoreTerminateTest {

    private static final long SEED = 20261207L;

    @TempDir
    Path root;

    private final Random random = new Random(SEED);

    @Test
    void terminatedWhileAddingWorkbooksOpensWithEveryAcknowledgedOne() throws Exception {
        for (int run = 0; run < 12; run++) {
            Path dir = root.resolve("add-" + run);
            int stopAt = 2 + random.nextInt(6);
            int acknowledged;
            try (ChildJvm child = ChildJvm.start(root.resolve("child.log"), "add", dir.toString(), "t")) {
                acknowledged = child.readUntil("ADDED ", stopAt);
                child.terminate();
                assertThat(child.process().isAlive()).as("run %d: the child ended", run).isFalse();
            }
            List<String> expected = Stream.iterate(1, n -> n + 1).limit(acknowledged).map(n -> "t-" + n).toList();
            // The store closed itself, as at the end of a session: the backup a close makes holds every workbook
            // acknowledged (H2's own closing at exit made none, and the write after it failed).
            assertThat(StoreRecovery.backups(dir)).as("run %d: backups", run).isNotEmpty();
            assertThat(StoreRecovery.backups(dir).get(0).assessments()).as("run %d: the closing backup", run)
                    .isGreaterThanOrEqualTo(acknowledged);
            Throwable refused = catchThrowable(() -> H2WorkbookStore.open(dir).close());
            assertThat(refused).as("run %d: the store opens after a SIGTERM", run).isNull();
            try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                assertThat(store.listAssessments()).extracting(WorkbookStore.AssessmentSummary::id)
                        .as("run %d", run).containsAll(expected);
            }
        }
    }

    /** The window's path: edits through the session's background writer, which goes on while the hooks run. */
    @Test
    void terminatedWhileTheWriterWritesOpensWithEveryEditReportedWritten() throws Exception {
        Path dir = root.resolve("session");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
        }
        int first = 1;
        for (int run = 0; run < 12; run++) {
            int stopAt = first + 5 + random.nextInt(40);
            int reported;
            try (ChildJvm child = ChildJvm.start(root.resolve("child.log"), "session", dir.toString(), "a-1",
                    Integer.toString(first))) {
                reported = child.readUntil("WRITTEN ", stopAt);
                child.terminate();
                assertThat(child.process().isAlive()).as("run %d: the child ended", run).isFalse();
            }
            Throwable refused = catchThrowable(() -> H2WorkbookStore.open(dir).close());
            assertThat(refused).as("run %d: the store opens after a SIGTERM", run).isNull();
            try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                String explanation = store.loadAssessment("a-1").orElseThrow().entry(StoreChild.CODE)
                        .selfExplanation();
                int lastStored = Integer.parseInt(explanation.substring("Lần sửa số ".length()));
                assertThat(lastStored).as("run %d", run).isGreaterThanOrEqualTo(reported);
                first = lastStored + 1;
            }
        }
    }
}

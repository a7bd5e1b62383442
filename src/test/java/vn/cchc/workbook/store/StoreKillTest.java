package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.WorkbookStore;

/**
 * A program killed (SIGKILL: no shutdown, no closing) at random moments while it creates the store, migrates it,
 * backs it up or adds workbooks: the next start opens the store with every acknowledged workbook, or says it is
 * damaged and a backup brings every acknowledged workbook back.
 */
class StoreKillTest {

    private static final long SEED = 20261206L;

    @TempDir
    Path root;

    private final Random random = new Random(SEED);

    @Test
    void killedFirstCreationNeverLeavesAStoreThatWillNotOpen() throws Exception {
        long full = timeToOpen(root.resolve("measure"));
        for (int run = 0; run < 30; run++) {
            Path dir = root.resolve("create-" + run);
            long delay = (long) (random.nextDouble() * full * 1.2);
            try (ChildJvm child = ChildJvm.start(root.resolve("child.log"), "open", dir.toString())) {
                child.process().waitFor(delay, TimeUnit.MILLISECONDS);
                child.kill();
            }
            try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                assertThat(store.listAssessments()).as("run %d, killed after %d ms", run, delay).isEmpty();
                store.createAssessment(StoreFixtures.richAssessment("after-kill"));
            }
            assertThat(dir.resolve("workbook-new.mv.db")).doesNotExist();
        }
    }

    @Test
    void killedMigrationLeavesTheOldStoreOrARestorableBackup() throws Exception {
        long full = timeToOpen(frozenStore(root.resolve("measure")));
        for (int run = 0; run < 8; run++) {
            Path dir = frozenStore(root.resolve("migrate-" + run));
            long delay = (long) (random.nextDouble() * full * 1.2);
            try (ChildJvm child = ChildJvm.start(root.resolve("child.log"), "open", dir.toString())) {
                child.process().waitFor(delay, TimeUnit.MILLISECONDS);
                child.kill();
            }
            assertOpensWith(dir, List.of(FrozenStoreTest.SAMPLE_ID, FrozenStoreTest.RICH_ID), "migration run " + run);
        }
    }

    @Test
    void killedBackupLeavesTheStoreAndEveryListedBackupWhole() throws Exception {
        for (int run = 0; run < 6; run++) {
            Path dir = root.resolve("backup-" + run);
            try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                for (int n = 1; n <= 3; n++) {
                    store.createAssessment(StoreFixtures.richAssessment("b-" + n));
                }
            }
            try (ChildJvm child = ChildJvm.start(root.resolve("child.log"), "backup", dir.toString())) {
                assertThat(child.readLine()).startsWith("BACKUP ");
                child.process().waitFor(random.nextInt(300), TimeUnit.MILLISECONDS);
                child.kill();
            }
            try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                assertThat(store.listAssessments()).hasSize(3);
            }
            assertThat(leftovers(dir.resolve("backups"))).isEmpty();
            for (StoreBackups.Backup backup : StoreRecovery.backups(dir)) {
                // Each holds what its name says (the one made at the first change holds one workbook).
                assertThat(StoreBackups.verify(backup.file(), StoreFiles.in(dir))).isEqualTo(backup.assessments());
            }
        }
    }

    @Test
    void killedWhileAddingWorkbooksKeepsEveryAcknowledgedOne() throws Exception {
        for (int run = 0; run < 5; run++) {
            Path dir = root.resolve("add-" + run);
            int stopAt = 1 + random.nextInt(8);
            int acknowledged;
            try (ChildJvm child = ChildJvm.start(root.resolve("child.log"), "add", dir.toString(), "k")) {
                acknowledged = child.readUntil("ADDED ", stopAt);
                child.kill();
            }
            List<String> expected = Stream.iterate(1, n -> n + 1).limit(acknowledged).map(n -> "k-" + n).toList();
            assertOpensWithAtLeast(dir, expected, "add run " + run);
        }
    }

    /** Opens the store, or restores the newest backup after a reported damage, and expects exactly {@code ids}. */
    private static void assertOpensWith(Path dir, List<String> ids, String what) {
        List<String> found = openOrRestore(dir, what);
        assertThat(found).as(what).containsExactlyInAnyOrderElementsOf(ids);
    }

    private static void assertOpensWithAtLeast(Path dir, List<String> ids, String what) {
        List<String> found = openOrRestore(dir, what);
        assertThat(found).as(what).containsAll(ids);
    }

    private static List<String> openOrRestore(Path dir, String what) {
        Throwable refused = catchThrowable(() -> H2WorkbookStore.open(dir).close());
        if (refused != null) {
            assertThat(refused).as(what).isInstanceOf(StoreDamagedException.class);
            assertThat(StoreRecovery.backups(dir)).as(what + ": a backup to restore").isNotEmpty();
            StoreRecovery.restore(dir, StoreRecovery.backups(dir).get(0).name());
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            return store.listAssessments().stream().map(WorkbookStore.AssessmentSummary::id).toList();
        }
    }

    /** How long a child takes from its start until it has opened the store in {@code dir}. */
    private long timeToOpen(Path dir) throws Exception {
        long start = System.nanoTime();
        try (ChildJvm child = ChildJvm.start(root.resolve("child.log"), "open", dir.toString())) {
            assertThat(child.readLine()).startsWith("OPEN ");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static Path frozenStore(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = Objects.requireNonNull(
                StoreKillTest.class.getResourceAsStream("/vn/cchc/workbook/store/frozen/v2/workbook.mv.db"))) {
            Files.copy(in, dir.resolve("workbook.mv.db"));
        }
        return dir;
    }

    private static List<Path> leftovers(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}

package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.cchc.workbook.app.StoreDamagedException;
import vn.cchc.workbook.app.WorkbookStore;

/**
 * A damaged store file is noticed before anything is written to it, reported in Vietnamese, and recovered from a
 * backup; a loss is never silent.
 */
class StoreCorruptionTest {

    private static final int WORKBOOKS = 12;
    private static final int BLOCK = 4096;
    private static final String DAMAGED = "Dữ liệu trong máy có dấu hiệu bị hỏng: ";

    @TempDir
    Path dir;

    private List<String> ids;

    @BeforeEach
    void storeWithWorkbooksAndABackupOfThem() {
        ids = IntStream.rangeClosed(1, WORKBOOKS).mapToObj(n -> "a-" + n).toList();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            for (String id : ids) {
                store.createAssessment(StoreFixtures.richAssessment(id));
            }
        }
        // Closing after changes made a verified backup (the first change may have made one too: there was none).
        assertThat(StoreRecovery.backups(dir)).isNotEmpty().first()
                .extracting(StoreBackups.Backup::assessments).isEqualTo((long) WORKBOOKS);
    }

    enum Damage {
        ZERO_HEADER, CUT_TAIL_IN_HALF, RANDOM_BYTES_OVER_THE_FIRST_64_KB, EMPTY_FILE
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void damageIsReportedAndABackupBringsEveryWorkbookBack(Damage damage) throws IOException {
        Path file = dir.resolve("workbook.mv.db");
        apply(damage, file);
        byte[] damagedBytes = Files.readAllBytes(file);

        Throwable refused = catchThrowable(() -> H2WorkbookStore.open(dir).close());

        assertThat(refused).isInstanceOf(StoreDamagedException.class);
        assertThat(refused.getMessage()).startsWith(DAMAGED).contains("Khôi phục").doesNotContain("Exception");
        // Not a byte written to the damaged store.
        assertThat(Files.readAllBytes(file)).isEqualTo(damagedBytes);
        StoreRecovery.Report report = StoreRecovery.check(dir);
        assertThat(report.sound()).isFalse();
        assertThat(report.message()).startsWith(DAMAGED);

        StoreRecovery.Restored restored = StoreRecovery.restore(dir, StoreRecovery.backups(dir).get(0).name());

        assertThat(restored.backup().assessments()).isEqualTo(WORKBOOKS);
        assertThat(restored.setAside()).isPresent();
        assertThat(Files.readAllBytes(restored.setAside().get())).isEqualTo(damagedBytes);
        assertStoreHoldsEveryWorkbook();
        assertThat(StoreRecovery.check(dir).sound()).isTrue();
    }

    /**
     * A zeroed block can take rows out of Flyway's schema history while the tables they created stay: the store then
     * looks older than it is, and upgrading it fails. That is damage (the recovery offers the backup), never a plain
     * error and never a migration run over the data.
     */
    @Test
    void aStoreWhoseUpgradeHistoryLostRowsIsReportedDamaged() throws Exception {
        try (java.sql.Connection c = H2Connections.dataSource(dir, StoreFiles.DATABASE_NAME,
                H2Connections.Mode.WRITE).getConnection(); java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" > 6"))
                    .isPositive();
        }
        Throwable refused = catchThrowable(() -> H2WorkbookStore.open(dir).close());
        assertThat(refused).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("không khớp với dữ liệu");
    }

    /**
     * H2 falls back to an older state of its file when the newest part is lost (here: the file as it was three
     * workbooks ago, as a killed compaction left it once). The message says how many acknowledged changes are gone,
     * not only the counts of workbooks, which may be equal.
     */
    @Test
    void aStoreThatFellBackToAnOlderStateSaysHowManyChangesAreGone() throws IOException {
        Path file = dir.resolve("workbook.mv.db");
        Path older = dir.resolveSibling(dir.getFileName() + "-older.mv.db");
        Files.copy(file, older);
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            for (String id : List.of("b-1", "b-2", "b-3")) {
                store.createAssessment(StoreFixtures.richAssessment(id));
            }
        }
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);

        Throwable refused = catchThrowable(() -> H2WorkbookStore.open(dir).close());

        assertThat(refused).isInstanceOf(StoreDamagedException.class);
        assertThat(refused.getMessage()).startsWith(DAMAGED + "tệp dữ liệu đã quay về một trạng thái cũ hơn, 3 thay "
                + "đổi sau cùng không còn trong tệp (lần ghi cuối có 15 bản chấm điểm, nay còn 12).");
    }

    /**
     * One 4 KB block zeroed at a time, at 32 places over the file up to its last block: each is noticed (when the
     * store opens, or at the latest when the lost page is read) or harmless (every workbook comes back equal), never
     * a silent loss.
     */
    @Test
    void aZeroedBlockAnywhereIsNoticedOrHarmless() throws IOException {
        Path file = dir.resolve("workbook.mv.db");
        Path pristine = dir.resolveSibling(dir.getFileName() + "-pristine.mv.db");
        Files.copy(file, pristine);
        long blocks = Files.size(file) / BLOCK;
        int noticed = 0;
        int harmless = 0;
        for (int i = 0; i < 32; i++) {
            long block = 2 + (blocks - 3) * i / 31;
            Files.copy(pristine, file, StandardCopyOption.REPLACE_EXISTING);
            zero(file, block * BLOCK, BLOCK);
            Throwable refused = catchThrowable(() -> {
                try (WorkbookStore store = H2WorkbookStore.open(dir)) {
                    assertThat(store.listAssessments()).extracting(WorkbookStore.AssessmentSummary::id)
                            .containsExactlyInAnyOrderElementsOf(ids);
                    for (String id : ids) {
                        assertThat(store.loadAssessment(id)).contains(StoreFixtures.richAssessment(id));
                    }
                }
            });
            if (refused == null) {
                harmless++;
            } else {
                // Noticed when the store opened, or at the first read of a lost page (then no more writing).
                assertThat(refused).as("block %d", block).isInstanceOf(StoreDamagedException.class);
                noticed++;
            }
            // An opened store may have written to its file; start the next round from the pristine copy.
        }
        assertThat(noticed + harmless).isEqualTo(32);
        System.out.println("Zeroed blocks: " + noticed + " noticed, " + harmless + " harmless, of " + blocks);
    }

    private void assertStoreHoldsEveryWorkbook() {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.listAssessments()).extracting(WorkbookStore.AssessmentSummary::id)
                    .containsExactlyInAnyOrderElementsOf(ids);
            assertThat(store.loadAssessment("a-7")).contains(StoreFixtures.richAssessment("a-7"));
        }
    }

    private static void apply(Damage damage, Path file) throws IOException {
        long size = Files.size(file);
        switch (damage) {
            case ZERO_HEADER -> zero(file, 0, 2 * BLOCK);
            case CUT_TAIL_IN_HALF -> {
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(size / 2);
                }
            }
            case RANDOM_BYTES_OVER_THE_FIRST_64_KB -> {
                byte[] noise = new byte[(int) Math.min(64 * 1024, size)];
                new Random(42).nextBytes(noise);
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.write(noise);
                }
            }
            case EMPTY_FILE -> Files.write(file, new byte[0]);
        }
    }

    private static void zero(Path file, long at, int length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(new byte[length]);
        }
    }
}

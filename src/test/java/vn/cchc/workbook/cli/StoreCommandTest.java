package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.store.StoreBackups;
import vn.cchc.workbook.store.StoreRecovery;
import vn.cchc.workbook.app.WorkbookStore;

/** {@code store check | backups | restore | export}, run in-process against a real store. */
class StoreCommandTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    private void storeWith(String... ids) {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            for (String id : ids) {
                store.createAssessment(BundledData.sampleAssessment().withId(id));
            }
        }
    }

    @Test
    void checkExitsZeroOnASoundStoreAndOneOnADamagedOne() throws Exception {
        storeWith("a-1", "a-2");

        CliRun sound = run("store", "check");
        assertThat(sound.exitCode()).as(sound.err()).isZero();
        assertThat(sound.out()).contains("còn nguyên vẹn: 2 bản chấm điểm");

        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("workbook.mv.db").toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        CliRun damaged = run("store", "check");
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.err()).startsWith("Dữ liệu trong máy có dấu hiệu bị hỏng: ");

        CliRun list = run("list");
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.err()).contains("có dấu hiệu bị hỏng").contains("store restore")
                .doesNotContain("Exception");
    }

    @Test
    void backupsAreListedOneLinePerBackupAndRestoreStatesWhatComesBack() throws Exception {
        storeWith("a-1");
        storeWith("a-2");
        List<StoreBackups.Backup> backups = StoreRecovery.backups(dir);

        CliRun listed = run("store", "backups");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines()).hasSize(backups.size())
                .allMatch(line -> line.startsWith("workbook-") && line.contains(" bản chấm điểm"));
        assertThat(listed.out().lines().findFirst().orElseThrow()).contains(backups.get(0).name())
                .endsWith("2 bản chấm điểm");

        StoreBackups.Backup older = backups.stream().filter(b -> b.assessments() == 1).findFirst().orElseThrow();
        CliRun restored = run("store", "restore", older.name());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("gồm 1 bản chấm điểm").contains("Các thay đổi sau thời điểm đó")
                .contains("damaged");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.listAssessments()).extracting(WorkbookStore.AssessmentSummary::id)
                    .containsExactly("a-1");
        }
        try (var kept = Files.list(dir.resolve("damaged"))) {
            assertThat(kept.toList()).hasSize(1);
        }
    }

    @Test
    void restoreOfAnUnknownBackupChangesNothing() throws Exception {
        storeWith("a-1");
        byte[] before = Files.readAllBytes(dir.resolve("workbook.mv.db"));

        CliRun refused = run("store", "restore", "../../etc/passwd");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Không có bản sao lưu “../../etc/passwd”");
        assertThat(Files.readAllBytes(dir.resolve("workbook.mv.db"))).isEqualTo(before);
    }

    @Test
    void exportWritesEveryWorkbookAsACchcFile() {
        storeWith("a-1", "a-2");

        CliRun exported = run("store", "export", out.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Đã ghi 2/2 bản chấm điểm");
        try (var files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(2);
            assertThat(written).extracting(file -> CchcFile.read(file).id()).containsExactlyInAnyOrder("a-1", "a-2");
            Assessment first = CchcFile.read(written.get(0));
            assertThat(first.withId("x")).isEqualTo(BundledData.sampleAssessment().withId("x"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFolderWithASemicolonInItsPathHoldsAStore() {
        dir = dir.resolve("CCHC;2025;FILE_LOCK=NO");
        storeWith("a-1");

        CliRun sound = run("store", "check");

        assertThat(sound.exitCode()).as(sound.err()).isZero();
        assertThat(dir.resolve("workbook.mv.db")).exists();
        assertThat(dir.getParent().resolve("CCHC.mv.db")).doesNotExist();
    }
}

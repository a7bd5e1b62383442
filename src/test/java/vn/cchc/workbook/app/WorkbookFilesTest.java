package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.interchange.BadCchcFile;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFileException;
import vn.cchc.workbook.interchange.CchcFixtures;
import vn.cchc.workbook.interchange.ReadOnlyFolder;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;

class WorkbookFilesTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path documents;

    private H2WorkbookStore store;
    private WorkbookFiles files;

    @BeforeEach
    void openStore() {
        store = H2WorkbookStore.open(dataDir);
        files = new WorkbookFiles(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void openingAFileImportsItsAssessmentAndMarksItSavedToThatFile() throws Exception {
        Assessment assessment = CchcFixtures.rich();
        Path file = documents.resolve("Sổ chấm điểm 2023.cchc");
        Files.write(file, CchcFixtures.valid(assessment));

        String id = files.open(file, OnConflict.ASK);

        assertThat(id).isEqualTo(assessment.id());
        assertThat(store.loadAssessment(id)).contains(assessment);
        assertThat(store.savedFile(id)).contains(file.toAbsolutePath());
        assertThat(store.hasUnsavedChanges(id)).isFalse();
    }

    @Test
    void openingAnAssessmentAlreadyInTheStoreAsksAndChangesNothing() throws Exception {
        Assessment local = CchcFixtures.variant(CchcFixtures.rich(), "Bản trong máy");
        store.createAssessment(local);
        Path file = documents.resolve("từ email.cchc");
        Files.write(file, CchcFixtures.valid(CchcFixtures.rich()));
        List<Object> before = snapshot();

        AssessmentExistsException asked = assertThrows(AssessmentExistsException.class,
                () -> files.open(file, OnConflict.ASK));

        assertThat(asked.local().id()).isEqualTo(local.id());
        assertThat(asked.getMessage()).isEqualTo("Sổ chấm điểm “Bản trong máy” (6 tháng đầu năm 2023) đã có "
                + "trong máy. Hãy chọn thay thế bản trong máy bằng bản trong tệp, hoặc giữ cả hai.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void replaceOverwritesTheLocalCopyWithTheFilesAssessment() throws Exception {
        Assessment fromFile = CchcFixtures.rich();
        store.createAssessment(CchcFixtures.variant(fromFile, "Bản trong máy"));
        Path file = documents.resolve("từ email.cchc");
        Files.write(file, CchcFixtures.valid(fromFile));

        String id = files.open(file, OnConflict.REPLACE);

        assertThat(id).isEqualTo(fromFile.id());
        assertThat(store.listAssessments()).hasSize(1);
        assertThat(store.loadAssessment(id)).contains(fromFile);
    }

    @Test
    void keepBothImportsTheFileUnderANewIdNextToTheLocalCopy() throws Exception {
        Assessment fromFile = CchcFixtures.rich();
        Assessment local = CchcFixtures.variant(fromFile, "Bản trong máy");
        store.createAssessment(local);
        Path file = documents.resolve("từ email.cchc");
        Files.write(file, CchcFixtures.valid(fromFile));

        String id = files.open(file, OnConflict.KEEP_BOTH);

        assertThat(id).isNotEqualTo(fromFile.id());
        assertThat(store.listAssessments()).hasSize(2);
        assertThat(store.loadAssessment(local.id())).contains(local);
        assertThat(store.loadAssessment(id)).contains(fromFile.withId(id));
        assertThat(store.savedFile(id)).contains(file.toAbsolutePath());
    }

    @ParameterizedTest
    @EnumSource(BadCchcFile.class)
    void badFileIsRefusedWithItsMessageAndTheStoreIsUnchanged(BadCchcFile bad) {
        Assessment local = CchcFixtures.rich();
        store.createAssessment(local);
        Path file = bad.create(documents);
        List<Object> before = snapshot();

        for (OnConflict choice : OnConflict.values()) {
            CchcFileException refused = assertThrows(CchcFileException.class, () -> files.open(file, choice));
            assertThat(refused.messageKey()).isEqualTo(bad.messageKey());
            assertThat(refused.getMessage()).contains(file.getFileName().toString()).contains(bad.messageFragment());
        }

        assertThat(snapshot()).isEqualTo(before);
        assertThat(store.loadAssessment(local.id())).contains(local);
    }

    @Test
    void saveWritesTheStoredAssessmentAndClearsUnsavedChanges() {
        Assessment assessment = CchcFixtures.rich();
        store.createAssessment(assessment);
        store.saveDescription(assessment.id(), new AssessedUnit("Xã Vĩnh Lâm", assessment.unit().level(), "", ""),
                Period.FULL_YEAR, 2024);
        Path file = documents.resolve("Cán bộ Tài liệu").resolve("Sổ chấm điểm 2024.cchc");
        file.getParent().toFile().mkdirs();

        files.save(assessment.id(), file);

        Assessment saved = CchcFile.read(file);
        assertThat(saved).isEqualTo(store.loadAssessment(assessment.id()).orElseThrow());
        assertThat(saved.unit().name()).isEqualTo("Xã Vĩnh Lâm");
        assertThat(store.savedFile(assessment.id())).contains(file.toAbsolutePath());
        assertThat(store.hasUnsavedChanges(assessment.id())).isFalse();
    }

    @Test
    void openThenSaveGivesTheSameAssessmentContent() throws Exception {
        Path file = documents.resolve("sổ.cchc");
        Files.write(file, CchcFixtures.valid(CchcFixtures.rich()));
        byte[] contentBefore = CchcFixtures.entriesOf(file).get("assessment.json");

        String id = files.open(file, OnConflict.ASK);
        files.save(id, file);

        assertThat(CchcFixtures.entriesOf(file).get("assessment.json")).isEqualTo(contentBefore);
    }

    @Test
    void saveIntoAReadOnlyFolderGivesAMessageAndKeepsTheOldFileAndTheUnsavedMark() throws Exception {
        Assessment assessment = CchcFixtures.rich();
        store.createAssessment(assessment);
        Path folder = Files.createDirectories(documents.resolve("Chỉ đọc"));
        Path file = folder.resolve("sổ.cchc");
        files.save(assessment.id(), file);
        byte[] old = Files.readAllBytes(file);
        store.saveDescription(assessment.id(), new AssessedUnit("Đổi tên", assessment.unit().level(), "", ""),
                assessment.period(), assessment.year());

        try (ReadOnlyFolder ignored = ReadOnlyFolder.of(folder)) {
            assertThatThrownBy(() -> files.save(assessment.id(), file))
                    .isInstanceOf(vn.cchc.workbook.files.SafeWriteException.class)
                    .hasMessageContaining("thư mục chỉ đọc");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(store.hasUnsavedChanges(assessment.id())).isTrue();
    }

    @Test
    void suggestedFileNameIsReadableAndKeepsVietnameseLetters() {
        assertThat(WorkbookFiles.suggestedFileName(CchcFixtures.rich()))
                .hasToString("Sổ chấm điểm CCHC - Hiền Thành - 6 tháng đầu năm 2023.cchc");
    }

    @Test
    void suggestedFileNameStripsWhatWindowsForbids() {
        Assessment assessment = CchcFixtures.rich().withDescription(
                new AssessedUnit("UBND xã A/B: \"Bắc\" <mới>?* | \\ .", CchcFixtures.rich().unit().level(), "", ""),
                Period.other("Quý 3/2023\t(tạm)"), 2023);

        assertThat(WorkbookFiles.suggestedFileName(assessment))
                .hasToString("Sổ chấm điểm CCHC - UBND xã A B Bắc mới - Quý 3 2023 (tạm) 2023.cchc");
    }

    @Test
    void suggestedFileNameComposesDecomposedLetters() {
        String decomposed = java.text.Normalizer.normalize("Hiền Thành", java.text.Normalizer.Form.NFD);
        Assessment assessment = CchcFixtures.variant(CchcFixtures.rich(), decomposed);

        assertThat(WorkbookFiles.suggestedFileName(assessment).toString()).contains("Hiền Thành");
    }

    private List<Object> snapshot() {
        List<Object> state = new ArrayList<>();
        for (WorkbookStore.AssessmentSummary summary : store.listAssessments()) {
            state.add(summary);
            state.add(store.loadAssessment(summary.id()).orElseThrow());
            state.add(store.hasUnsavedChanges(summary.id()));
        }
        return state;
    }
}

package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.store.StoreFixtures.MOT_CUA;
import static vn.cchc.workbook.store.StoreFixtures.TU_PHAP;
import static vn.cchc.workbook.store.StoreFixtures.VAN_PHONG;
import static vn.cchc.workbook.store.StoreFixtures.d;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.StoreException;
import vn.cchc.workbook.app.WorkbookStore.AssessmentSummary;
import vn.cchc.workbook.app.WorkbookStore.EntryEdit;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

class H2WorkbookStoreTest {

    @TempDir
    Path dir;

    private Assessment reopenAndLoad(String id) {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            return store.loadAssessment(id).orElseThrow();
        }
    }

    @Test
    void richAssessmentLoadsBackEqualAfterReopening() {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
            assertThat(store.loadAssessment("a-1")).contains(rich);
        }
        Assessment loaded = reopenAndLoad("a-1");

        assertThat(loaded).isEqualTo(rich);
        // Record equality of BigDecimal includes the scale: 0.50 stays 0.50 and 164.0 stays 164.0.
        assertThat(loaded.entry("1.1.2").self()).isEqualTo(RuleInput.points("1.50"));
        assertThat(((RuleInput.RatioInput) loaded.entry("3.11.1").firstAppraisal()).achieved().toString())
                .isEqualTo("164.0");
        assertThat(loaded.criteria().roots()).hasSize(5);
        assertThat(loaded.criteria().node("1.1.1").rule()).isInstanceOf(ScoringRule.Levels.class);
        assertThat(List.copyOf(loaded.entries().keySet())).containsExactlyElementsOf(rich.entries().keySet());
    }

    @Test
    void unknownAssessmentIsEmptyAndDuplicateIsRefused() {
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("none")).isEmpty();
            assertThat(store.containsAssessment("none")).isFalse();
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
            assertThat(store.containsAssessment("a-1")).isTrue();
            assertThatThrownBy(() -> store.createAssessment(StoreFixtures.richAssessment("a-1")))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Đã có bản chấm điểm của “UBND xã Hiền Thành” với cùng mã (a-1) trong máy.");
            assertThatThrownBy(() -> store.saveLocked("none", true))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("Không tìm thấy bản chấm điểm có mã none trong máy.");
        }
    }

    @Test
    void savedEntryPersistsAndIsRecordedInTheHistoryExactly() {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        Entry before = rich.entry("1.1.2");
        Entry after = before.withSelf(RuleInput.points("2"))
                .withEvidence(List.of(new EvidenceDocument("12/BC-UBND", LocalDate.of(2023, 6, 20),
                        "Báo cáo | có ký tự: lạ ~ 3:x", "")))
                .withResponsibilities(List.of(new Responsibility(TU_PHAP.id(), d("0.50"))));
        Entry created = Entry.empty("3.13.3").withSelf(RuleInput.RatioInput.of(637, 408));
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
            store.saveEntry("a-1", before, after);
            store.saveEntry("a-1", Entry.empty("3.13.3"), created);
        }

        Assessment expected = rich.withEntry(after).withEntry(created);
        assertThat(reopenAndLoad("a-1")).isEqualTo(expected);

        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            List<EntryEdit> history = store.history("a-1", 10);
            assertThat(history).hasSize(2);
            assertThat(history.get(0).code()).isEqualTo("3.13.3");
            assertThat(history.get(0).before()).isEqualTo(Entry.empty("3.13.3"));
            assertThat(history.get(0).after()).isEqualTo(created);
            assertThat(history.get(1).code()).isEqualTo("1.1.2");
            assertThat(history.get(1).before()).isEqualTo(before);
            assertThat(history.get(1).after()).isEqualTo(after);
            assertThat(history.get(0).id()).isGreaterThan(history.get(1).id());
            assertThat(history.get(0).at()).isAfterOrEqualTo(history.get(1).at());
            assertThat(history).allMatch(edit -> edit.assessmentId().equals("a-1"));
            assertThat(store.history("a-1", 1)).containsExactly(history.get(0));
            assertThat(store.history("other", 10)).isEmpty();
        }
    }

    @Test
    void entryEmptiedIsRemovedAndItsHistoryKeepsTheOldValue() {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        Entry before = rich.entry("9.1");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
            store.saveEntry("a-1", before, Entry.empty("9.1"));
            assertThat(store.history("a-1", 5).get(0).before()).isEqualTo(before);
        }
        Assessment loaded = reopenAndLoad("a-1");
        assertThat(loaded.entries()).doesNotContainKey("9.1");
        assertThat(loaded).isEqualTo(rich.withEntry(Entry.empty("9.1")));
    }

    @Test
    void departmentsDescriptionAndLockPersist() {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        List<Department> departments = List.of(MOT_CUA, VAN_PHONG.withName("Văn phòng - Thống kê"), TU_PHAP,
                Department.named("Công an xã"));
        AssessedUnit unit = new AssessedUnit("UBND xã Vĩnh Long", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh",
                "Vĩnh Long");
        Period period = Period.other("9 tháng đầu năm");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
            store.saveDepartments("a-1", departments);
            store.saveDescription("a-1", unit, period, 2024);
            store.saveLocked("a-1", true);
        }
        Assessment expected = rich.withDepartments(departments).withDescription(unit, period, 2024).withLocked(true);
        assertThat(reopenAndLoad("a-1")).isEqualTo(expected);
    }

    @Test
    void replaceAndDeletePersist() {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        Assessment other = StoreFixtures.richAssessment("a-2");
        Assessment replacement = rich.withEntry(Entry.empty("1.1.1")).withLocked(true);
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
            store.createAssessment(other);
            store.saveEntry("a-1", rich.entry("1.2"), rich.entry("1.2").withSelf(new RuleInput.ViolationCount(1)));
            store.replaceAssessment(replacement);
            store.deleteAssessment("a-2");
            assertThatThrownBy(() -> store.replaceAssessment(other)).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> store.deleteAssessment("a-2")).isInstanceOf(StoreException.class);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadAssessment("a-1")).contains(replacement);
            assertThat(store.containsAssessment("a-2")).isFalse();
            assertThat(store.listAssessments()).extracting(AssessmentSummary::id).containsExactly("a-1");
            // The snapshot trees of replaced and deleted assessments do not linger.
            assertThat(store.listCriteriaSets()).isEmpty();
        }
    }

    @Test
    void listShowsMostRecentlyEditedFirst() {
        Assessment first = StoreFixtures.richAssessment("a-1");
        Assessment second = StoreFixtures.richAssessment("a-2")
                .withDescription(new AssessedUnit("UBND xã Vĩnh Long", UnitLevel.COMMUNE, "", ""),
                        Period.FULL_YEAR, 2022);
        Assessment third = StoreFixtures.richAssessment("a-3");
        Path file = dir.resolve("Sổ chấm điểm 2023.cchc");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(first);
            store.createAssessment(second);
            store.createAssessment(third);
            store.saveEntry("a-2", second.entry("3.14"), second.entry("3.14").withSelf(RuleInput.points("1")));
            store.saveLocked("a-1", true);
            store.markSavedToFile("a-3", file, Instant.parse("2023-09-06T08:00:00Z"));
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            List<AssessmentSummary> list = store.listAssessments();
            assertThat(list).extracting(AssessmentSummary::id).containsExactly("a-1", "a-2", "a-3");
            AssessmentSummary vinhLong = list.get(1);
            assertThat(vinhLong.unitName()).isEqualTo("UBND xã Vĩnh Long");
            assertThat(vinhLong.period()).isEqualTo(Period.FULL_YEAR);
            assertThat(vinhLong.year()).isEqualTo(2022);
            assertThat(vinhLong.savedFile()).isEmpty();
            assertThat(list.get(2).savedFile()).contains(file);
            assertThat(list.get(0).lastEdited()).isAfterOrEqualTo(list.get(1).lastEdited());
        }
    }

    @Test
    void unsavedChangesFollowEditsAndSaves() {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        Path file = dir.resolve("Tài liệu").resolve("Hiền Thành 2023.cchc");
        Instant savedAt = Instant.parse("2023-09-06T08:00:00.123456789Z");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
            // Just created, never in a file: nothing a file would keep that the store does not.
            assertThat(store.hasUnsavedChanges("a-1")).isFalse();
            assertThat(store.savedFile("a-1")).isEmpty();
            store.saveEntry("a-1", rich.entry("1.1.2"), rich.entry("1.1.2").withSelf(RuleInput.points("1")));
            assertThat(store.hasUnsavedChanges("a-1")).isTrue();
            store.markSavedToFile("a-1", file, savedAt);
            assertThat(store.hasUnsavedChanges("a-1")).isFalse();
            assertThat(store.savedFile("a-1")).contains(file);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.hasUnsavedChanges("a-1")).isFalse();
            store.saveEntry("a-1", rich.entry("3.14"), rich.entry("3.14").withSelf(RuleInput.points("1")));
            assertThat(store.hasUnsavedChanges("a-1")).isTrue();
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.hasUnsavedChanges("a-1")).isTrue();
            assertThat(store.savedFile("a-1")).contains(file);
            store.markSavedToFile("a-1", file, savedAt.plusSeconds(60));
            assertThat(store.hasUnsavedChanges("a-1")).isFalse();
            store.saveLocked("a-1", true);
            assertThat(store.hasUnsavedChanges("a-1")).isTrue();
            store.markSavedToFile("a-1", file, savedAt.plusSeconds(120));
            store.replaceAssessment(rich);
            assertThat(store.hasUnsavedChanges("a-1")).isTrue();
            assertThat(store.savedFile("a-1")).contains(file);
            assertThatThrownBy(() -> store.hasUnsavedChanges("none")).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> store.markSavedToFile("none", file, savedAt))
                    .isInstanceOf(StoreException.class);
        }
    }

    @Test
    void criteriaSetLibraryKeepsSetsAndProtectsThoseInUse() {
        CriteriaSet xa = StoreFixtures.richSet("mau-xa-2023");
        CriteriaSet huyen = new CriteriaSet("mau-huyen-2023", "Bộ tiêu chí mẫu cấp huyện", null, UnitLevel.DISTRICT,
                2024, "", List.of(CriterionNode.leaf("1", "Công tác chỉ đạo", d("100"), ScoringRule.Manual.FREE)));
        CriteriaSet huyenEdited = huyen.withIdentity("mau-huyen-2023", "Bộ tiêu chí cấp huyện (sửa)", "2");
        CriteriaSet xaEdited = xa.withIdentity("mau-xa-2023", "Bộ tiêu chí cấp xã (sửa)", "2");
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.saveCriteriaSet(xa);
            store.saveCriteriaSet(huyen);
            store.saveCriteriaSet(huyenEdited);
            store.createAssessment(StoreFixtures.richAssessment("a-1"));
            store.saveCriteriaSet(xa);
            assertThatThrownBy(() -> store.saveCriteriaSet(xaEdited))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("đã có bản chấm điểm được tạo từ bộ này");
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.listCriteriaSets()).containsExactly(huyenEdited, xa);
            assertThat(store.loadCriteriaSet("mau-xa-2023")).contains(xa);
            assertThat(store.loadCriteriaSet("none")).isEmpty();
            store.deleteAssessment("a-1");
            store.saveCriteriaSet(xaEdited);
            assertThat(store.loadCriteriaSet("mau-xa-2023")).contains(xaEdited);
        }
    }

    @Test
    void storeInAFolderWithVietnameseLettersAndSpacesWorks() {
        Path folder = dir.resolve("Cán bộ").resolve("Dữ liệu CCHC");
        Assessment rich = StoreFixtures.richAssessment("a-1");
        try (WorkbookStore store = H2WorkbookStore.open(folder)) {
            store.createAssessment(rich);
            assertThat(store.databaseFile()).isEqualTo(folder.resolve("workbook.mv.db").toAbsolutePath());
            assertThat(store.databaseFile()).exists();
            assertThat(store.isReadOnly()).isFalse();
        }
        try (WorkbookStore store = H2WorkbookStore.open(folder)) {
            assertThat(store.loadAssessment("a-1")).contains(rich);
        }
    }

    @Test
    void closedStoreRefusesWork() {
        WorkbookStore store = H2WorkbookStore.open(dir);
        store.close();
        store.close();
        assertThatThrownBy(store::listAssessments).isInstanceOf(StoreException.class)
                .hasMessage("Kho dữ liệu đã đóng.");
    }

    @Test
    void remedyOnlyEntryRoundTrips() {
        Assessment rich = StoreFixtures.richAssessment("a-1");
        Entry remedyOnly = Entry.empty("3.13.3")
                .withRemedy(new Remedy("", LocalDate.of(2024, 2, 1), Remedy.Status.NOT_STARTED));
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(rich);
            store.saveEntry("a-1", null, remedyOnly);
        }
        assertThat(reopenAndLoad("a-1")).isEqualTo(rich.withEntry(remedyOnly));
    }
}

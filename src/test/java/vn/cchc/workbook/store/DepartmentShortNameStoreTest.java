package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;

/** A department's short name (schema V8) is stored, survives a reopen, and renaming keeps it. */
class DepartmentShortNameStoreTest {

    @TempDir
    Path dir;

    @Test
    void shortNamesAreStoredAndComeBackAfterReopening() {
        Assessment a = StoreFixtures.richAssessment("a");
        List<Department> departments = new ArrayList<>(a.departments());
        departments.set(0, departments.get(0).withShortName("VP-TK"));
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(a);
            assertThat(store.loadAssessment("a").orElseThrow().departments())
                    .allSatisfy(d -> assertThat(d.shortName()).isEmpty());
            store.saveDepartments("a", departments);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            List<Department> loaded = store.loadAssessment("a").orElseThrow().departments();
            assertThat(loaded).isEqualTo(departments);
            assertThat(loaded.get(0).shortName()).isEqualTo("VP-TK");
            assertThat(loaded.get(0).shownName()).isEqualTo("VP-TK");
            assertThat(loaded.get(0).withName("Công chức Văn phòng").shortName()).isEqualTo("VP-TK");
            store.saveDepartments("a", List.of(loaded.get(0).withShortName("")));
            // Without a short name: the name, without its word of rank.
            Department cleared = store.loadAssessment("a").orElseThrow().departments().get(0);
            assertThat(cleared.shortName()).isEmpty();
            assertThat(cleared.shownName()).isEqualTo(Department.compact(loaded.get(0).name()));
        }
    }
}

package vn.cchc.workbook.ui.departments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;

class DepartmentsViewModelTest {

    @TempDir
    Path dataDir;
    private H2WorkbookStore store;
    private EditSession session;
    private DepartmentsViewModel model;

    @BeforeEach
    void openSample() {
        store = H2WorkbookStore.open(dataDir);
        Assessment sample = BundledData.sampleAssessment();
        store.createAssessment(sample);
        session = new EditSession(store, sample);
        model = new DepartmentsViewModel(session);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Department assigned() {
        String id = session.assessment().entries().values().stream().flatMap(e -> e.responsibilities().stream())
                .map(Responsibility::departmentId).findFirst().orElseThrow();
        return session.assessment().department(id).orElseThrow();
    }

    @Test
    void refusesToRemoveADepartmentStillAssignedAndKeepsIt() {
        Department department = assigned();
        int index = model.departments().indexOf(department);

        assertThat(model.remove(index)).isFalse();

        assertThat(model.messageProperty().get()).startsWith("Không thể xóa “" + department.name() + "”");
        assertThat(model.departments()).contains(department);
    }

    @Test
    void addRenameReorderAndRemoveAnUnassignedOneThenApplyToTheStore() {
        int before = model.departments().size();
        assertThat(model.add("Tổ công nghệ số")).isTrue();
        int added = model.departments().size() - 1;
        assertThat(model.rename(added, "Tổ chuyển đổi số")).isTrue();
        assertThat(model.moveUp(added)).isTrue();
        assertThat(model.departments().get(added - 1).name()).isEqualTo("Tổ chuyển đổi số");
        assertThat(model.add("Tạm")).isTrue();
        assertThat(model.remove(model.departments().size() - 1)).isTrue();

        assertThat(model.apply()).isTrue();

        session.requireWritten();
        List<Department> stored = store.loadAssessment(session.assessment().id()).orElseThrow().departments();
        assertThat(stored).hasSize(before + 1);
        assertThat(stored.get(added - 1).name()).isEqualTo("Tổ chuyển đổi số");
    }

    @Test
    void refusesADuplicateName() {
        String existing = model.departments().get(0).name();
        assertThat(model.add(existing.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(model.messageProperty().get()).contains("đã có trong danh sách");
    }
}

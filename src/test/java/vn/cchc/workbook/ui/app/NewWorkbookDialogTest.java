package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.UnitLevel;

class NewWorkbookDialogTest extends AppWindowTest {

    @Test
    void createsAWorkbookFromTheBundledCommuneSetAndOpensIt(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startNew");
        waitUntil(() -> robot.lookup("#newUnitName").tryQuery().isPresent());
        ListView<?> departments = robot.lookup("#newDepartments").queryAs(ListView.class);
        assertThat(departments.getItems()).isNotEmpty();

        robot.clickOn("#newUnitName").write("UBND xã Hiền Thành");
        robot.clickOn("#newParentAuthority").write("UBND huyện Vĩnh Linh");
        robot.clickOn("#newCreate");
        waitForWorkbook();

        Assessment created = session().assessment();
        assertThat(created.unit().name()).isEqualTo("UBND xã Hiền Thành");
        assertThat(created.unit().parentAuthority()).isEqualTo("UBND huyện Vĩnh Linh");
        assertThat(created.criteria().level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(created.criteria().id()).isEqualTo(services.bundledCriteriaSets().stream()
                .filter(s -> s.level() == UnitLevel.COMMUNE).findFirst().orElseThrow().id());
        assertThat(created.departments()).extracting(d -> d.name())
                .containsAll(departments.getItems().stream().map(Object::toString).toList());
        assertThat(services.store().listAssessments()).extracting(s -> s.id()).containsExactly(created.id());
        assertTitleContains(stage, "UBND xã Hiền Thành");
    }

    @Test
    void refusesToCreateWithoutAUnitNameAndSaysWhy(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startNew");
        waitUntil(() -> robot.lookup("#newUnitName").tryQuery().isPresent());
        robot.doubleClickOn("#newYear").write("20x4");
        robot.clickOn("#newCreate");

        Label unitError = robot.lookup("#newUnitNameError").queryAs(Label.class);
        Label yearError = robot.lookup("#newYearError").queryAs(Label.class);
        assertThat(unitError.isVisible()).isTrue();
        assertThat(unitError.getText()).isEqualTo("Hãy nhập tên đơn vị được đánh giá.");
        assertThat(yearError.getText()).contains("„20x4“ không hợp lệ");
        assertThat(robot.lookup("#newCreate").tryQuery()).isPresent();
        assertThat(services.store().listAssessments()).isEmpty();
        assertThat(window.model().session()).isNull();
    }
}

package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.ui.common.ValidationMarks;

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
        waitUntil(() -> !robot.lookup("#newCreate").query().isDisabled());
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
    void aWrongYearIsMarkedWhileTypingAndCreateWaitsUntilItIsRight(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startNew");
        waitUntil(() -> robot.lookup("#newUnitName").tryQuery().isPresent());
        TextField unitName = robot.lookup("#newUnitName").queryAs(TextField.class);
        TextField year = robot.lookup("#newYear").queryAs(TextField.class);
        Node create = robot.lookup("#newCreate").query();
        waitUntil(() -> hasFocus(unitName));
        // An empty unit name: Tạo sổ waits, and the line under the form says why.
        assertThat(create.isDisabled()).isTrue();
        assertThat(text(robot, "#newMessage")).isEqualTo("Hãy nhập tên đơn vị được đánh giá.");

        // Keyboard only: the dialog opened with the keyboard in the unit name.
        Keyboard.writeInto(robot, unitName, "UBND xã Hiền Thành");
        waitUntil(() -> !create.isDisabled());
        robot.push(KeyCode.TAB); // level
        robot.push(KeyCode.TAB); // kind (xã, phường, đặc khu)
        robot.push(KeyCode.TAB); // parent authority
        robot.push(KeyCode.TAB); // place
        robot.push(KeyCode.TAB); // period kind
        robot.push(KeyCode.TAB); // year (the period text is hidden)
        assertThat(hasFocus(year)).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("20x");
        waitUntil(() -> ValidationMarks.isMarkedWrong(year));

        assertThat(ValidationMarks.markOn(year)).hasValueSatisfying(tip -> assertThat(tip).contains("“20x”"));
        assertThat(create.isDisabled()).isTrue();
        assertThat(text(robot, "#newMessage")).contains("“20x” không hợp lệ");
        assertThat(hasFocus(year)).as("the mark must not take the focus").isTrue();
        robot.push(KeyCode.BACK_SPACE).write("24");
        assertThat(year.getText()).isEqualTo("2024");
        waitUntil(() -> !create.isDisabled());
        assertThat(ValidationMarks.isMarkedWrong(year)).isFalse();
        assertThat(robot.lookup("#newMessage").queryAs(Label.class).isVisible()).isFalse();
        assertThat(hasFocus(year)).isTrue();

        robot.push(KeyCode.ENTER);
        waitForWorkbook();
        assertThat(session().assessment().year()).isEqualTo(2024);
        assertThat(session().assessment().unit().name()).isEqualTo("UBND xã Hiền Thành");
    }

    /**
     * "Sở Tư pháp" typed on the form as it opens (cấp xã): the level, the set and the departments follow the name.
     * The first time, the kind list, refilled for the new level, emptied its choice for a moment and the form failed
     * with "Đã xảy ra lỗi ngoài dự kiến" after "Sở".
     */
    @Test
    void aNameBeginningWithSoTurnsTheFormToADepartmentWithoutAnError(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startNew");
        waitUntil(() -> robot.lookup("#newUnitName").tryQuery().isPresent());
        TextField unitName = robot.lookup("#newUnitName").queryAs(TextField.class);
        int windows = robot.listWindows().size();

        Keyboard.writeInto(robot, unitName, "Sở Tư pháp");
        waitUntil(() -> !robot.lookup("#newCreate").query().isDisabled());

        assertThat(unitName.getText()).isEqualTo("Sở Tư pháp");
        assertThat(robot.lookup("#newLevel").queryAs(javafx.scene.control.ComboBox.class).getValue())
                .isEqualTo(UnitLevel.DEPARTMENT);
        assertThat(robot.listWindows()).as("no error message over the form").hasSize(windows);
        robot.push(KeyCode.ENTER);
        waitForWorkbook();
        Assessment created = session().assessment();
        assertThat(created.unit().name()).isEqualTo("Sở Tư pháp");
        assertThat(created.unit().level()).isEqualTo(UnitLevel.DEPARTMENT);
        assertThat(created.criteria().level()).isEqualTo(UnitLevel.DEPARTMENT);
        assertThat(created.departments()).extracting(d -> d.name()).noneMatch(name -> name.endsWith(" xã"));
    }

    @Test
    void aDepartmentNameIsRequiredInTheQuestionThatAddsIt(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startNew");
        waitUntil(() -> robot.lookup("#newUnitName").tryQuery().isPresent());
        ListView<?> departments = robot.lookup("#newDepartments").queryAs(ListView.class);
        int before = departments.getItems().size();
        robot.clickOn("Thêm…");
        waitUntil(() -> robot.lookup(".text-input-dialog .text-field").tryQuery().isPresent());
        TextField name = robot.lookup(".text-input-dialog .text-field").queryAs(TextField.class);
        Node ok = robot.lookup(".text-input-dialog .button").match((Node n) -> n instanceof javafx.scene.control.Button b
                && b.isDefaultButton()).query();
        Keyboard.writeInto(robot, name, "   ");
        waitUntil(() -> ValidationMarks.isMarkedWrong(name));
        assertThat(ValidationMarks.markOn(name)).hasValueSatisfying(tip -> assertThat(tip).contains("cần nhập"));
        assertThat(ok.isDisabled()).isTrue();
        assertThat(hasFocus(name)).isTrue();
        robot.write("Tổ công nghệ số");
        waitUntil(() -> !ok.isDisabled());
        robot.push(KeyCode.ENTER);
        waitUntil(() -> departments.getItems().size() == before + 1);
        assertThat(departments.getItems().get(before)).hasToString("Tổ công nghệ số");
    }

    /** The field keys go to: the focus owner of the focused window. */
    private static boolean hasFocus(Node field) {
        return field.getScene() != null && field.getScene().getFocusOwner() == field
                && field.getScene().getWindow().isFocused();
    }
}

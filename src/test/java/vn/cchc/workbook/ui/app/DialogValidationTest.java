package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.ui.common.ValidationMarks;

/**
 * Every dialog checks its fields the same way (FormValidation): a wrong value typed by keyboard is marked at once
 * (ControlsFX icon with the message as tooltip, red border), OK is disabled, the keyboard stays in the field and typing
 * goes on; the corrected value enables OK. One flow per dialog, on the real window with the sample workbook.
 */
class DialogValidationTest extends AppWindowTest {

    private void openSample(FxRobot robot) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
    }

    /** A menu command, fired as the menu would; the dialog it opens runs its own loop, so this does not wait. */
    private void menu(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
    }

    private static boolean hasFocus(Node field) {
        return field.getScene() != null && field.getScene().getFocusOwner() == field;
    }

    /** Types {@code wrong} into {@code field}, checks the mark, then corrects it with {@code fix} after backspaces. */
    private void wrongThenRight(FxRobot robot, TextField field, Node ok, String wrong, String expectedInMessage,
                                int backspaces, String fix) {
        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write(wrong);
        waitUntil(() -> ValidationMarks.isMarkedWrong(field));
        assertThat(ValidationMarks.markOn(field)).hasValueSatisfying(tip -> assertThat(tip).contains(expectedInMessage));
        assertThat(ok.isDisabled()).as("OK while %s is wrong", field.getId()).isTrue();
        assertThat(hasFocus(field)).as("the mark must leave the keyboard in %s", field.getId()).isTrue();
        assertThat(field.getText()).isEqualTo(wrong);
        for (int i = 0; i < backspaces; i++) {
            robot.push(KeyCode.BACK_SPACE);
        }
        robot.write(fix);
        waitUntil(() -> !ok.isDisabled());
        assertThat(ValidationMarks.isMarkedWrong(field)).isFalse();
        assertThat(hasFocus(field)).isTrue();
    }

    @Test
    void theInformationDialogMarksAFigureThatIsNotANumber(FxRobot robot) {
        openSample(robot);
        menu(robot, "menuInfo");
        waitUntil(() -> robot.lookup("#infoPublishedTotal").tryQuery().isPresent());
        TextField total = robot.lookup("#infoPublishedTotal").queryAs(TextField.class);
        Node apply = robot.lookup("#infoApply").query();
        // Each published figure says where it comes from and how it is written.
        assertThat(robot.lookup("#infoPublishedIndex").queryAs(TextField.class).getPromptText())
                .isEqualTo("theo quyết định công bố của tỉnh, ví dụ 87,10");

        wrongThenRight(robot, total, apply, "69,8x", "“69,8x”", 1, "2");
        TextField year = robot.lookup("#infoYear").queryAs(TextField.class);
        wrongThenRight(robot, year, apply, "20x3", "“20x3”", 2, "23");

        robot.clickOn(total).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#infoPublishedTotal").tryQuery().isEmpty());
        assertThat(session().assessment().published().total()).isEqualByComparingTo(new BigDecimal("69.82"));
        assertThat(services.store().loadAssessment(session().assessment().id()).orElseThrow().published().total())
                .isEqualByComparingTo(new BigDecimal("69.82"));
    }

    @Test
    void theExportDialogKeepsAHalfTypedDateAndMarksIt(FxRobot robot) {
        openSample(robot);
        robot.clickOn("#toolExport");
        waitUntil(() -> robot.lookup("#exportDate").tryQuery().isPresent());
        TextField date = robot.lookup("#exportDate").queryAs(TextField.class);
        Node export = robot.lookup("#exportGo").query();

        wrongThenRight(robot, date, export, "31/02/2024", "“31/02/2024” không có thật: tháng 2 năm 2024 có 29 ngày.", 10,
                "28/02/2024");
        // Half typed, then the keyboard leaves the field: the text stays as typed, marked.
        robot.push(KeyCode.CONTROL, KeyCode.A).write("06/09/20").push(KeyCode.TAB);
        waitUntil(() -> ValidationMarks.isMarkedWrong(date));
        assertThat(date.getText()).isEqualTo("06/09/20");
        assertThat(export.isDisabled()).isTrue();
        robot.clickOn(date).push(KeyCode.END).write("23");
        waitUntil(() -> !export.isDisabled());
        assertThat(date.getText()).isEqualTo("06/09/2023");
        TextField place = robot.lookup("#exportPlace").queryAs(TextField.class);
        wrongThenRight(robot, place, export, "X".repeat(Limits.SHORT_LENGTH + 1), "200", 1, "");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void theEvidenceFormNeverDropsAHalfTypedDate(FxRobot robot) {
        openSample(robot);
        TreeTableView<?> table = robot.lookup(".tree-table-view").queryAs(TreeTableView.class);
        waitUntil(() -> hasFocus(table));
        String code = session().assessment().criteria().leaves().get(0).code();
        int before = session().assessment().entry(code).evidence().size();
        // The button may be scrolled out of the detail pane: reach it by keyboard focus, press it with Space.
        Node add = robot.lookup("#evidence-add").query();
        fx(add::requestFocus);
        robot.push(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#evidence-dialog-date").tryQuery().isPresent());
        TextField number = robot.lookup("#evidence-dialog-number").queryAs(TextField.class);
        TextField date = robot.lookup("#evidence-dialog-date").queryAs(TextField.class);
        Node save = robot.lookup("#evidence-dialog-save").query();
        Keyboard.writeInto(robot, number, "12/KH-UBND");

        // Tab out of a half-typed date: kept as typed and marked (a DatePicker blanked it).
        robot.clickOn(date).write("6/9/20").push(KeyCode.TAB);
        waitUntil(() -> ValidationMarks.isMarkedWrong(date));
        assertThat(date.getText()).isEqualTo("6/9/20");
        assertThat(save.isDisabled()).isTrue();
        wrongThenRight(robot, date, save, "6/9/2x", "“6/9/2x”", 1, "023");
        assertThat(date.getText()).isEqualTo("6/9/2023");

        robot.push(KeyCode.ENTER);
        waitUntil(() -> session().assessment().entry(code).evidence().size() == before + 1);
        EvidenceDocument added = session().assessment().entry(code).evidence().get(before);
        assertThat(added.number()).isEqualTo("12/KH-UBND");
        assertThat(added.date()).isEqualTo(LocalDate.of(2023, 9, 6));
    }

    @Test
    void aDepartmentsShortNameIsCheckedAndShownInTheGridWithTheFullNameInItsTooltip(FxRobot robot) {
        openSample(robot);
        Department first = session().assessment().departments().get(0);
        robot.clickOn("#toolDepartments");
        waitUntil(() -> robot.lookup("#departmentsList").tryQuery().isPresent());
        fx(() -> robot.lookup("#departmentsList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(0));
        robot.clickOn("#departmentRename");
        waitUntil(() -> robot.lookup("#departmentShortName").tryQuery().isPresent());
        TextField shortName = robot.lookup("#departmentShortName").queryAs(TextField.class);
        TextField name = robot.lookup("#departmentName").queryAs(TextField.class);
        Node ok = robot.lookup("#departmentFormOk").query();
        assertThat(name.getText()).isEqualTo(first.name());

        wrongThenRight(robot, shortName, ok, "V".repeat(Limits.SHORT_NAME_LENGTH + 1), "40", 41, "VP-TK");
        wrongThenRight(robot, name, ok, " ", "cần nhập", 1, first.name());
        robot.clickOn(ok);
        robot.clickOn("Áp dụng");
        waitUntil(() -> session().assessment().departments().get(0).shortName().equals("VP-TK"));
        assertThat(session().assessment().departments().get(0).name()).isEqualTo(first.name());

        List<TreeTableCell<?, ?>> cells = departmentCells(robot, "VP-TK");
        assertThat(cells).as("grid cells showing the short name").isNotEmpty();
        assertThat(cells).allSatisfy(cell -> {
            assertThat(cell.getTooltip()).isNotNull();
            assertThat(cell.getTooltip().getText()).contains(first.name());
        });
    }

    @Test
    void withShortNamesTheDepartmentColumnIsReadOnOneLineAt1366x768(FxRobot robot) {
        fx(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        openSample(robot);
        List<Department> shortened = new ArrayList<>();
        for (Department d : session().assessment().departments()) {
            shortened.add(d.withShortName(initials(d.name())));
        }
        fx(() -> session().setDepartments(shortened));
        WaitForAsyncUtils.waitForFxEvents();

        List<TreeTableCell<?, ?>> cells = new ArrayList<>();
        for (Department d : shortened) {
            cells.addAll(departmentCells(robot, d.shortName()));
        }
        assertThat(cells).as("cells with a short name on screen").isNotEmpty();
        for (TreeTableCell<?, ?> cell : cells) {
            Text text = (Text) cell.getGraphic();
            double oneLine = new Text("X").getLayoutBounds().getHeight();
            assertThat(text.getLayoutBounds().getHeight()).as("lines of “%s”", text.getText())
                    .isLessThan(oneLine * 1.5 * (1 + text.getText().chars().filter(c -> c == ';').count()));
            assertThat(text.getLayoutBounds().getWidth()).isLessThanOrEqualTo(cell.getWidth());
        }
        assertThat(vn.cchc.workbook.ui.look.Truncation.find(stage.getScene().getRoot())).isEmpty();
    }

    /** "Công chức Văn phòng - Thống kê" → "CCVP-TK"-like initials, at most 12 letters. */
    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && out.length() < 12) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    private static List<TreeTableCell<?, ?>> departmentCells(FxRobot robot, String shown) {
        List<TreeTableCell<?, ?>> found = new ArrayList<>();
        for (Node node : robot.lookup(".score-text-cell").queryAll()) {
            if (node instanceof TreeTableCell<?, ?> cell && cell.isVisible() && cell.getGraphic() instanceof Text text
                    && text.getText().startsWith(shown) && "column-departments".equals(cell.getTableColumn().getId())) {
                found.add(cell);
            }
        }
        return found;
    }
}

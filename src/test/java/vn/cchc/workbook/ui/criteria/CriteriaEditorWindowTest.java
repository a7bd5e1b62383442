package vn.cchc.workbook.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableCell;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;
import vn.cchc.workbook.domain.criteria.editing.DraftNode;
import vn.cchc.workbook.interchange.BundledData;

/** The editor window on the commune sample set, with an assessment already started from that set in the store. */
class CriteriaEditorWindowTest extends CriteriaWindowTest {

    private CriteriaSet stored;
    private Assessment started;
    private CriteriaEditorView view;
    private final List<CriteriaSet> savedSets = new ArrayList<>();

    private void openEditorOnStoredSetInUse() {
        stored = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        store.saveCriteriaSet(stored);
        started = Assessment.start(new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh", "Hiền Thành"),
                Period.FIRST_HALF, 2023, stored, List.of(new Department("vp", "Công chức Văn phòng - Thống kê")));
        store.createAssessment(started);
        fx(() -> view = CriteriaEditorView.open(null, CriteriaDraft.editing(stored), library, dialogs, savedSets::add));
    }

    private TreeTableCell<?, ?> codeCell(FxRobot robot, String code) {
        return robot.lookup(".tree-table-cell").match((TreeTableCell<?, ?> cell) ->
                code.equals(cell.getText()) && cell.getTableColumn().getText().equals("Mã")).query();
    }

    /** The "Mã in" cell of the row coded {@code code}. */
    private TreeTableCell<?, ?> printedCell(FxRobot robot, String code) {
        return robot.lookup(".tree-table-cell").match((TreeTableCell<?, ?> cell) ->
                cell.getTableColumn().getText().equals("Mã in") && cell.getTableRow() != null
                        && cell.getTableRow().getItem() != null
                        && view.model().node((Long) cell.getTableRow().getItem()).map(DraftNode::code)
                        .filter(code::equals).isPresent()).query();
    }

    /** Selects a node that may be scrolled out of view, as a click in the problems list would. */
    private void selectByCode(String code) {
        long id = view.model().draft().nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow().id();
        fx(() -> view.model().selectedProperty().set(id));
    }

    private DraftNode selected() {
        return view.model().node(view.model().selectedProperty().get()).orElseThrow();
    }

    private List<String> problemTexts(FxRobot robot) {
        ListView<CriteriaEditorViewModel.ProblemRow> list = robot.lookup("#editorProblems").queryListView();
        return list.getItems().stream().map(CriteriaEditorViewModel.ProblemRow::text).toList();
    }

    @Test
    void addIndentChangePointsSeeTheProblemComeAndGoThenSaveAsANewVersion(FxRobot robot) throws Exception {
        openEditorOnStoredSetInUse();
        assertThat(problemTexts(robot)).isEmpty();

        robot.clickOn(codeCell(robot, "1.2"));
        assertThat(selected().code()).isEqualTo("1.2");
        robot.clickOn("#editorAddSibling");
        DraftNode added = selected();
        assertThat(added.parent().orElseThrow().code()).isEqualTo("1");
        assertThat(problemTexts(robot)).anyMatch(text -> text.contains("Thiếu nội dung tiêu chí"));

        robot.clickOn("#editorIndent");
        assertThat(selected().parent().orElseThrow().code()).isEqualTo("1.2");
        // 1.2 is worth 1 point and its only child 0: the problem shows in the list and next to 1.2 in the tree.
        assertThat(problemTexts(robot)).anyMatch(text -> text.contains("(1.2)")
                && text.contains("Tổng điểm tối đa của các tiêu chí con là 0,00, khác điểm tối đa 1,00"));
        assertThat(codeCell(robot, "1.2").getGraphic()).isNotNull();
        assertThat(codeCell(robot, "1.2").getTooltip().getText()).contains("khác điểm tối đa");

        TextInputControl title = robot.lookup("#formTitle").query();
        fx(() -> title.setText("Báo cáo CCHC hằng quý đúng hạn"));
        robot.clickOn("#formPoints").eraseText(1).write("0,5");
        assertThat(added.maxPoints()).isEqualByComparingTo("0.5");
        assertThat(problemTexts(robot)).anyMatch(text -> text.contains("là 0,50, khác điểm tối đa 1,00"));

        robot.eraseText(3).write("1");
        assertThat(view.model().node(added.id()).orElseThrow().maxPoints()).isEqualByComparingTo("1");
        assertThat(codeCell(robot, "1.2").getGraphic()).isNull();
        // Only the new node's code, taken before it was indented, is left; renumbering fixes it.
        assertThat(problemTexts(robot)).singleElement().asString().startsWith("Cảnh báo (1.8)");

        robot.clickOn("#editorRenumber");
        assertThat(view.model().node(added.id()).orElseThrow().code()).isEqualTo("1.2.1");
        assertThat(problemTexts(robot)).isEmpty();

        robot.clickOn("#editorSave");
        TextField name = robot.lookup("#saveName").query();
        fx(() -> name.setText("Bộ tiêu chí cấp xã tỉnh Quảng Trị"));
        robot.clickOn("#saveDecision").write("1675/QD-UBND");
        robot.clickOn("Lưu");
        waitUntil(() -> !dialogs.infos.isEmpty() || !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).isEmpty();
        assertThat(savedSets).hasSize(1);
        CriteriaSet newVersion = savedSets.get(0);
        assertThat(newVersion.id()).isNotEqualTo(stored.id());
        assertThat(newVersion.version()).isNotEqualTo(stored.version());
        assertThat(store.listCriteriaSets()).extracting(CriteriaSet::id).containsExactlyInAnyOrder(stored.id(), newVersion.id());

        CriteriaSet reloaded = store.loadCriteriaSet(newVersion.id()).orElseThrow();
        CriterionNode node = reloaded.node("1.2.1");
        assertThat(node.title()).isEqualTo("Báo cáo CCHC hằng quý đúng hạn");
        assertThat(node.maxPoints()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(reloaded.name()).isEqualTo("Bộ tiêu chí cấp xã tỉnh Quảng Trị");
        assertThat(reloaded.decision().number()).isEqualTo("1675/QD-UBND");

        // The set the assessment was started from, and the assessment's own snapshot, are untouched.
        assertThat(store.loadCriteriaSet(stored.id()).orElseThrow()).isEqualTo(stored);
        assertThat(store.loadAssessment(started.id()).orElseThrow().criteria()).isEqualTo(stored);
        assertThat(store.loadAssessment(started.id()).orElseThrow().criteria().find("1.2.1")).isEmpty();
        assertThat(view.stage().getTitle()).doesNotContain("*");
    }

    @Test
    void saveIsRefusedWhileTheSetHasErrors(FxRobot robot) {
        openEditorOnStoredSetInUse();
        robot.clickOn(codeCell(robot, "1.2"));
        robot.clickOn("#formPoints").eraseText(1).write("3");
        assertThat(problemTexts(robot)).isNotEmpty();

        robot.clickOn("#editorSave");
        robot.clickOn("Lưu");
        waitUntil(() -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0)).contains("còn lỗi");
        assertThat(store.listCriteriaSets()).extracting(CriteriaSet::id).containsExactly(stored.id());
    }

    @Test
    void clickingAProblemSelectsItsNode(FxRobot robot) {
        openEditorOnStoredSetInUse();
        selectByCode("2.3");
        robot.clickOn("#formPoints").eraseText(1).write("2");
        selectByCode("1.1");
        assertThat(selected().code()).isEqualTo("1.1");

        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                cell.getText() != null && cell.getText().contains("(2)")).queryAs(javafx.scene.Node.class));
        assertThat(selected().code()).isEqualTo("2");
    }

    @Test
    void keyboardShortcutsMoveAndUndo(FxRobot robot) {
        openEditorOnStoredSetInUse();
        robot.clickOn(codeCell(robot, "1.3"));
        robot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.UP)
                .release(javafx.scene.input.KeyCode.UP, javafx.scene.input.KeyCode.ALT);
        List<String> order = view.model().draft().nodes().stream().map(DraftNode::code).toList();
        assertThat(order.indexOf("1.3")).isLessThan(order.indexOf("1.2"));

        Button undo = robot.lookup("#editorUndo").queryButton();
        assertThat(undo.isDisabled()).isFalse();
        robot.clickOn(undo);
        List<String> restored = view.model().draft().nodes().stream().map(DraftNode::code).toList();
        assertThat(restored.indexOf("1.2")).isLessThan(restored.indexOf("1.3"));
    }

    @Test
    void snapshotOfTheEditor(FxRobot robot) throws Exception {
        openEditorOnStoredSetInUse();
        robot.clickOn(codeCell(robot, "1.1.3"));
        robot.clickOn("#formPoints").eraseText(1).write("3");
        assertThat(selected().rule()).isInstanceOf(vn.cchc.workbook.domain.criteria.ScoringRule.Ratio.class);
        assertThat(robot.lookup("#formThreshold").tryQuery()).isPresent();
        assertThat(snapshot(view.root(), "criteria-editor")).exists();
    }

    /** Seen with a province's set: "Tên bộ tiê…", "Số quyết đ…", "Ngày ban …" beside the fields. */
    @Test
    void theSaveDialogsLabelsAreWhole(FxRobot robot) {
        openEditorOnStoredSetInUse();
        robot.clickOn("#editorSave");
        waitUntil(() -> robot.lookup("#saveYear").tryQuery().isPresent());
        javafx.scene.Node year = robot.lookup("#saveYear").query();
        java.util.concurrent.atomic.AtomicReference<List<String>> cut = new java.util.concurrent.atomic.AtomicReference<>();
        fx(() -> {
            // The form given less than it asks for, as it was on screen (there the header and the note set the
            // dialog's width): the fields give up room, not the labels.
            javafx.scene.layout.GridPane form = (javafx.scene.layout.GridPane) year.getParent();
            form.applyCss();
            form.resize(form.prefWidth(-1) - 150, form.prefHeight(-1));
            form.layout();
            cut.set(vn.cchc.workbook.ui.look.Truncation.find(form));
        });
        assertThat(cut.get()).isEmpty();
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#saveYear").tryQuery().isEmpty());
    }

    @Test
    void theSaveDialogRefusesATwinOfASetInTheLibrary(FxRobot robot) {
        // Importing the same province file twice gave two library rows alike in every column.
        openEditorOnStoredSetInUse();
        robot.clickOn("#editorSave");
        waitUntil(() -> robot.lookup("#saveYear").tryQuery().isPresent());
        TextField name = robot.lookup("#saveName").query();
        TextField year = robot.lookup("#saveYear").query();
        TextField version = robot.lookup("#saveVersion").query();
        javafx.scene.Node save = robot.lookup("#saveConfirm").query();
        waitUntil(() -> !save.isDisabled());
        assertThat(name.getText() + "|" + year.getText() + "|" + version.getText())
                .isNotEqualTo(stored.name() + "|" + stored.year() + "|" + stored.version());

        fx(() -> {
            name.setText(stored.name());
            year.setText(Integer.toString(stored.year()));
        });
        robot.clickOn(version).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .write(stored.version());
        waitUntil(() -> vn.cchc.workbook.ui.common.ValidationMarks.isMarkedWrong(version));
        assertThat(vn.cchc.workbook.ui.common.ValidationMarks.markOn(version))
                .hasValueSatisfying(tip -> assertThat(tip).startsWith("Thư viện đã có bộ tiêu chí cùng tên"));
        assertThat(save.isDisabled()).isTrue();
        robot.write("b");
        waitUntil(() -> !save.isDisabled());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#saveYear").tryQuery().isEmpty());
        assertThat(savedSets).isEmpty();
    }

    @Test
    void theSaveDialogMarksAWrongYearAndAHalfTypedDateAndWaitsForThem(FxRobot robot) {
        openEditorOnStoredSetInUse();
        robot.clickOn("#editorSave");
        waitUntil(() -> robot.lookup("#saveYear").tryQuery().isPresent());
        TextField year = robot.lookup("#saveYear").query();
        TextField date = robot.lookup("#saveDecisionDate").query();
        javafx.scene.Node save = robot.lookup("#saveConfirm").query();
        waitUntil(() -> !save.isDisabled());

        robot.clickOn(year).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("20x5");
        waitUntil(() -> vn.cchc.workbook.ui.common.ValidationMarks.isMarkedWrong(year));
        assertThat(vn.cchc.workbook.ui.common.ValidationMarks.markOn(year))
                .hasValueSatisfying(tip -> assertThat(tip).contains("“20x5”"));
        assertThat(save.isDisabled()).isTrue();
        assertThat(year.getScene().getFocusOwner()).isSameAs(year);
        robot.push(javafx.scene.input.KeyCode.BACK_SPACE).push(javafx.scene.input.KeyCode.BACK_SPACE).write("25");
        waitUntil(() -> !save.isDisabled());
        assertThat(year.getText()).isEqualTo("2025");

        robot.clickOn(date).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("16/11/20")
                .push(javafx.scene.input.KeyCode.TAB);
        waitUntil(() -> vn.cchc.workbook.ui.common.ValidationMarks.isMarkedWrong(date));
        assertThat(date.getText()).isEqualTo("16/11/20");
        assertThat(save.isDisabled()).isTrue();
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#saveYear").tryQuery().isEmpty());
        assertThat(savedSets).isEmpty();
    }

    @Test
    void thePrintedCodeIsShownBesideTheCodeAndEditedWithItsProblemNamed(FxRobot robot) {
        stored = vn.cchc.workbook.domain.TestSets.restartingSet();
        store.saveCriteriaSet(stored);
        fx(() -> view = CriteriaEditorView.open(null, CriteriaDraft.editing(stored), library, dialogs, savedSets::add));

        assertThat(printedCell(robot, "II.1.1").getText()).isEqualTo("1.1");
        assertThat(printedCell(robot, "II").getText()).isEmpty();
        robot.clickOn(codeCell(robot, "II.1.1"));
        TextField printed = robot.lookup("#formPrintedCode").query();
        assertThat(printed.getText()).isEqualTo("1.1");

        robot.clickOn(printed).eraseText(3).write("1.1)");
        assertThat(problemTexts(robot)).containsExactly(
                "Lỗi (II.1.1): Mã in “1.1)” không đúng dạng (ví dụ đúng: 1, 1.1, 1.1.2, a).");
        assertThat(codeCell(robot, "II.1.1").getGraphic()).isNotNull();
        assertThat(printedCell(robot, "II.1.1").getText()).isEqualTo("1.1)");

        robot.eraseText(4).write("1.3");
        assertThat(problemTexts(robot)).isEmpty();
        assertThat(view.model().draft().toCriteriaSet().node("II.1.1").shownCode()).isEqualTo("1.3");

        robot.eraseText(3);
        assertThat(codeCell(robot, "II.1.1").getGraphic()).isNull();
        assertThat(printedCell(robot, "II.1.1").getText()).isEmpty();
        assertThat(view.model().draft().toCriteriaSet().node("II.1.1").shownCode()).isEqualTo("II.1.1");
    }

    @Test
    void escWithUnsavedChangesAsksFirstAndKeepsTheEditorWhenTheUserSaysSo(FxRobot robot) {
        openEditorOnStoredSetInUse();
        selectByCode("1.1");
        TextInputControl title = robot.lookup("#formTitle").query();
        fx(title::requestFocus);
        robot.type(javafx.scene.input.KeyCode.END, javafx.scene.input.KeyCode.X);
        javafx.stage.Stage editor = view.stage();
        waitUntil(() -> view.model().changedProperty().get());

        dialogs.confirmAnswer = false;
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> dialogs.confirmations.size() == 1);
        assertThat(editor.isShowing()).as("kept open: the user chose not to discard").isTrue();

        dialogs.confirmAnswer = true;
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !editor.isShowing());
        assertThat(dialogs.confirmations).hasSize(2);
    }
}

package vn.cchc.workbook.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.editing.CriteriaDraft;

/** The preview of a province's Excel appendix, read by the real reader from a real .xlsx written with POI. */
class CriteriaImportPreviewTest extends CriteriaWindowTest {

    private final List<CriteriaDraft> openedInEditor = new ArrayList<>();
    private final List<CriteriaSet> saved = new ArrayList<>();

    /**
     * A district's appendix: header block and title above the table, a two-row merged header, and field 1 worth 10
     * while its criteria add up to 9 (row 8). A second sheet holds notes.
     */
    private Path appendix() throws Exception {
        Path file = dataDir.resolve("phu-luc-tinh.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            text(sheet, 0, "UBND TỈNH QUẢNG TRỊ", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text(sheet, 2, "BỘ TIÊU CHÍ ĐÁNH GIÁ CHỈ SỐ CCHC CẤP XÃ NĂM 2024");
            text(sheet, 4, "STT", "Nội dung tiêu chí", "Điểm tối đa", "Hướng dẫn chấm điểm", "Tài liệu kiểm chứng");
            text(sheet, 5, "", "", "", "", "");
            for (int column = 0; column < 5; column++) {
                sheet.addMergedRegion(new CellRangeAddress(4, 5, column, column));
            }
            text(sheet, 6, "1", "Công tác chỉ đạo, điều hành CCHC", "10", "", "");
            text(sheet, 7, "1.1", "Ban hành kế hoạch CCHC năm", "6", "Đúng hạn: 6 điểm; chậm: 3 điểm", "Kế hoạch");
            text(sheet, 8, "1.2", "Tỷ lệ nhiệm vụ hoàn thành", "3", "Tỷ lệ b/a; dưới 70% không điểm", "Báo cáo");
            text(sheet, 9, "2", "Cải cách thủ tục hành chính", "90", "", "");
            text(sheet, 10, "2.1", "Giải quyết hồ sơ đúng hạn", "90", "Mỗi hồ sơ trễ hạn trừ 0,5 điểm", "Sổ theo dõi");
            text(sheet, 11, "", "Tổng cộng", "100", "", "");
            Sheet notes = workbook.createSheet("Ghi chú");
            text(notes, 0, "Ghi chú: bảng trên kèm theo Quyết định số 12/QĐ-UBND.");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void text(Sheet sheet, int rowIndex, String... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private CriteriaImportPreview openPreview(Path file) {
        CriteriaImportPreview[] preview = new CriteriaImportPreview[1];
        fx(() -> preview[0] = CriteriaImportPreview.show(null,
                new CriteriaImportPreviewModel(file, CriteriaExcel.read(file, null)), library, dialogs,
                openedInEditor::add, saved::add));
        return preview[0];
    }

    private TreeTableCell<?, ?> codeCell(FxRobot robot, String code) {
        return robot.lookup("#previewTree .tree-table-cell").match((TreeTableCell<?, ?> cell) ->
                code.equals(cell.getText()) && cell.getTableColumn().getText().equals("Mã")).query();
    }

    private String selectedCode(CriteriaImportPreview preview) {
        return preview.model().draft().node(preview.model().selectedProperty().get()).code();
    }

    @Test
    void showsTheTreeTheRowsTheGuessesAndTheProblemWithItsRow(FxRobot robot) throws Exception {
        CriteriaImportPreview preview = openPreview(appendix());

        assertThat(preview.model().draft().nodes()).extracting(n -> n.code())
                .containsExactly("1", "1.1", "1.2", "2", "2.1");
        assertThat(codeCell(robot, "2.1")).isNotNull();
        long ratioNode = preview.model().draft().nodes().get(2).id();
        assertThat(preview.model().rowOf(ratioNode).orElseThrow().row()).isEqualTo(9);
        assertThat(preview.model().ruleText(ratioNode)).startsWith("tỷ lệ b/a, dưới 70% không điểm");

        ListView<CriteriaImportPreviewModel.ProblemRow> problems = robot.lookup("#previewProblems").queryListView();
        assertThat(problems.getItems()).extracting(CriteriaImportPreviewModel.ProblemRow::text)
                .anyMatch(text -> text.contains("dòng 7") && text.contains("Phụ lục"));
        ComboBox<String> sheets = robot.lookup("#previewSheet").queryComboBox();
        assertThat(sheets.getItems()).containsExactly("Phụ lục", "Ghi chú");
        assertThat(sheets.isVisible()).isTrue();

        robot.clickOn(codeCell(robot, "2.1"));
        assertThat(selectedCode(preview)).isEqualTo("2.1");
        robot.clickOn(robot.lookup("#previewProblems .list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                cell.getText() != null && cell.getText().contains("dòng 7")).queryAs(javafx.scene.Node.class));
        assertThat(selectedCode(preview)).isEqualTo("1");
        assertThat(codeCell(robot, "1").getGraphic()).isNotNull();

        snapshot(preview.root(), "criteria-import-preview");
    }

    @Test
    void cancellingLeavesNothingInTheStore(FxRobot robot) throws Exception {
        CriteriaImportPreview preview = openPreview(appendix());
        robot.clickOn("#previewCancel");

        assertThat(preview.stage().isShowing()).isFalse();
        assertThat(store.listCriteriaSets()).isEmpty();
        assertThat(openedInEditor).isEmpty();
        assertThat(saved).isEmpty();
    }

    @Test
    void theGuessedRuleCanBeChangedAndTheFixedSetSavedToTheLibrary(FxRobot robot) throws Exception {
        CriteriaImportPreview preview = openPreview(appendix());
        robot.clickOn(codeCell(robot, "1.2"));
        ComboBox<RuleKind> rule = robot.lookup("#previewRule").queryComboBox();
        assertThat(rule.getValue()).isEqualTo(RuleKind.RATIO);
        fx(() -> rule.setValue(RuleKind.MANUAL));
        assertThat(preview.model().draft().nodes().get(2).rule()).isEqualTo(ScoringRule.Manual.FREE);

        // Field 1 is worth 10 but its criteria 9: the set cannot be saved as it is.
        robot.clickOn("#previewSave");
        assertThat(dialogs.errors).singleElement().asString().contains("Sửa trong trình soạn thảo");
        assertThat(store.listCriteriaSets()).isEmpty();

        fx(() -> preview.model().draft().setMaxPoints(preview.model().draft().nodes().get(1).id(),
                new java.math.BigDecimal("7")));
        fx(() -> preview.model().draft().setMaxPointsFromChildren(preview.model().draft().nodes().get(0).id()));
        robot.clickOn("#previewSave");
        TextField name = robot.lookup("#saveName").query();
        fx(() -> name.setText("Bộ tiêu chí cấp xã tỉnh Quảng Trị 2024"));
        robot.clickOn("Lưu");
        waitUntil(() -> !saved.isEmpty() || dialogs.errors.size() > 1);

        assertThat(saved).hasSize(1);
        CriteriaSet stored = store.loadCriteriaSet(saved.get(0).id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Bộ tiêu chí cấp xã tỉnh Quảng Trị 2024");
        assertThat(stored.node("1.2").rule()).isEqualTo(ScoringRule.Manual.FREE);
        assertThat(stored.node("2.1").rule()).isInstanceOf(ScoringRule.Deductions.class);
    }

    @Test
    void aSetWhoseSumsDoNotAddUpIsSavedAsPublishedWithItsDifferencesShownInLibraryAndEditor(FxRobot robot)
            throws Exception {
        CriteriaImportPreview preview = openPreview(appendix());
        assertThat(preview.model().canSave()).isFalse();

        robot.clickOn("#previewAsPublished");
        waitUntil(() -> preview.model().reading().set().asPublished());
        assertThat(preview.model().canSave()).isTrue();
        ListView<CriteriaImportPreviewModel.ProblemRow> problems = robot.lookup("#previewProblems").queryListView();
        assertThat(problems.getItems()).extracting(CriteriaImportPreviewModel.ProblemRow::text)
                .anyMatch(text -> text.contains("dòng 7") && text.contains("Giữ như bản đã ban hành"))
                .noneMatch(text -> text.startsWith("Lỗi"));

        robot.clickOn("#previewSave");
        TextField name = robot.lookup("#saveName").query();
        fx(() -> name.setText("Bộ tiêu chí giữ như bản ban hành"));
        robot.clickOn("Lưu");
        waitUntil(() -> !saved.isEmpty() || !dialogs.errors.isEmpty());
        CriteriaSet stored = store.loadCriteriaSet(saved.get(0).id()).orElseThrow();
        assertThat(stored.asPublished()).isTrue();
        assertThat(stored.node("1").maxPoints()).isEqualByComparingTo("10");
        // The library shows the differences with the set; the editor keeps them as warnings of the node.
        assertThat(CriteriaLibraryWindow.publishedWarnings(stored))
                .startsWith("Giữ như bản đã ban hành: 1 chỗ tổng điểm không khớp")
                .contains("Cảnh báo (1): Theo bộ tiêu chí đã ban hành");
        CriteriaEditorViewModel editor = new CriteriaEditorViewModel(CriteriaDraft.editing(stored));
        assertThat(editor.draft().validate().hasErrors()).isFalse();
        // The province's words stay beside the guessed rule in the editor.
        long ratio = editor.draft().nodes().get(2).id();
        fx(() -> editor.selectedProperty().set(ratio));
        assertThat(editor.ruleWordingProperty().get()).isEqualTo("Tỷ lệ b/a; dưới 70% không điểm");
    }

    @Test
    void editInTheEditorHandsOverTheImportedDraftWithoutStoringIt(FxRobot robot) throws Exception {
        CriteriaImportPreview preview = openPreview(appendix());
        robot.clickOn("#previewEdit");

        assertThat(openedInEditor).singleElement().isSameAs(preview.model().draft());
        assertThat(openedInEditor.get(0).origin()).isEmpty();
        assertThat(store.listCriteriaSets()).isEmpty();
    }

    @Test
    void backChoosesAnotherFile(FxRobot robot) throws Exception {
        CriteriaImportPreview first = openPreview(appendix());
        Path template = dataDir.resolve("mau.xlsx");
        CriteriaExcel.writeTemplate(template);
        dialogs.filesToOpen.add(template);
        robot.clickOn("#previewBack");
        waitUntil(() -> !first.stage().isShowing());

        Stage next = (Stage) Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().contains("mau.xlsx"))
                .findFirst().orElseThrow();
        assertThat(next.getTitle()).contains("mau.xlsx");
        assertThat(store.listCriteriaSets()).isEmpty();
    }

    @Test
    void numberingThatRestartsInEachFieldShowsTheProvincesCodesBesideTheKeys(FxRobot robot) throws Exception {
        Path file = dataDir.resolve("phu-luc-danh-so-lai.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Phụ lục");
            text(sheet, 0, "BỘ CHỈ SỐ CCHC CẤP XÃ NĂM 2024");
            text(sheet, 2, "STT", "Nội dung tiêu chí", "Điểm tối đa");
            text(sheet, 3, "I", "Công tác chỉ đạo, điều hành CCHC", "50");
            text(sheet, 4, "1", "Kế hoạch CCHC", "50");
            text(sheet, 5, "1.1", "Ban hành kế hoạch CCHC năm", "50");
            text(sheet, 6, "II", "Cải cách thể chế", "50");
            text(sheet, 7, "1", "Văn bản QPPL", "50");
            text(sheet, 8, "1.1", "Ban hành văn bản QPPL đúng quy trình", "50");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        openPreview(file);

        TreeTableCell<?, ?> printed = robot.lookup("#previewTree .tree-table-cell").match((TreeTableCell<?, ?> cell) ->
                cell.getTableColumn().getText().equals("Mã in") && "1.1".equals(cell.getText())).query();
        assertThat(printed.getTableColumn().isVisible()).isTrue();
        assertThat(codeCell(robot, "II.1.1")).isNotNull();
        // Its header whole: it was cut to "Mã…" in the real window at 1366 pixels, where the columns shrink to their
        // minimum widths.
        assertThat(printed.getTableColumn().getMinWidth())
                .isGreaterThanOrEqualTo(vn.cchc.workbook.ui.common.ColumnHeaders.width("Mã in"));
        javafx.scene.Node header = robot.lookup("#previewTree .column-header").match((javafx.scene.Node n) ->
                n.lookup(".label") instanceof javafx.scene.control.Label l && "Mã in".equals(l.getText())).query();
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) header.lookup(".label").lookup(".text");
        assertThat(drawn.getText()).isEqualTo("Mã in");
    }

    @Test
    void numberingThatDoesNotRestartHidesThePrintedCodeColumn(FxRobot robot) throws Exception {
        openPreview(appendix());

        TreeTableView<?> tree = robot.lookup("#previewTree").queryAs(TreeTableView.class);
        assertThat(tree.getColumns()).filteredOn(column -> column.getText().equals("Mã in")).singleElement()
                .satisfies(column -> assertThat(column.isVisible()).isFalse());
    }
}

package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.app.ReturnedFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.CchcFile;

/**
 * A returned file in the real window: opening it shows what the other side changed (before anything is taken),
 * with working filters and a printable list; accepting it keeps the sent copy as an earlier round, which opens
 * read-only again from "Các vòng trước".
 */
class ReturnedFileWindowTest extends AppWindowTest {

    @TempDir
    Path folder;

    /** Opens the sample and saves it as {@code name} in the test folder: the copy "sent" for the round. */
    private void openTheSampleSavedAs(FxRobot robot, String name) {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        Path sentFile = folder.resolve(name);
        files.answers.add(sentFile);
        fx(window.actions()::save);
        waitUntil(() -> Files.exists(sentFile) && !window.model().unsavedProperty().get());
    }

    @Test
    void openReturnedFileFilterPrintAcceptAndLookAtTheEarlierRound(FxRobot robot) throws Exception {
        openTheSampleSavedAs(robot, "gui-tham-dinh.cchc");
        Assessment sent = session().assessment();
        List<CriterionNode> leaves = sent.criteria().leaves();
        String first = leaves.stream().filter(n -> sent.entry(n.code()).self() instanceof RuleInput.PointsInput)
                .findFirst().orElseThrow().code();
        String second = leaves.stream().map(CriterionNode::code).filter(c -> !c.equals(first)).findFirst()
                .orElseThrow();
        // The appraiser writes an opinion and an appraised score on the first criterion, an explanation is cleared
        // or written on the second.
        Assessment returned = sent
                .withEntry(sent.entry(first).withAppraisalOpinion("Thiếu văn bản kiểm chứng.")
                        .withFirstAppraisal(new RuleInput.PointsInput(java.math.BigDecimal.ZERO)))
                .withEntry(sent.entry(second).withSelfExplanation("Đã bổ sung kế hoạch số 12/KH-UBND."));
        List<Change> expected = AssessmentChanges.between(sent, returned);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        Path back = folder.resolve("tra-lai.cchc");
        Files.write(back, CchcFile.toBytes(returned, Instant.now()));

        files.answers.add(back);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Change> table = robot.lookup("#changesTable").queryAs(TableView.class);
        assertThat(table.getItems()).containsExactlyElementsOf(expected);
        assertThat(text(robot, "#returnedHeading")).contains("tra-lai.cchc", "thay đổi " + expected.size() + " mục");
        Change opinion = table.getItems().stream().filter(c -> c.field() == Field.OPINION).findFirst().orElseThrow();
        assertThat(opinion.code()).isEqualTo(first);
        assertThat(opinion.before()).isEqualTo(sent.entry(first).appraisalOpinion());
        assertThat(opinion.after()).isEqualTo("Thiếu văn bản kiểm chứng.");
        // Nothing is taken before the user accepts.
        assertThat(services.store().loadAssessment(sent.id()).orElseThrow()).isEqualTo(sent);

        // Filters: only opinions; then only the second criterion by its code.
        @SuppressWarnings("unchecked")
        CheckComboBox<Field> fields = robot.lookup("#changesFields").queryAs(CheckComboBox.class);
        fx(() -> {
            fields.getCheckModel().clearChecks();
            fields.getCheckModel().check(Field.OPINION);
        });
        assertThat(table.getItems()).containsExactly(opinion);
        assertThat(text(robot, "#changesCount")).isEqualTo("Hiện 1/" + expected.size() + " thay đổi");
        fx(() -> fields.getCheckModel().checkAll());
        robot.clickOn("#changesSearch").write(second);
        waitUntil(() -> table.getItems().stream().allMatch(c -> c.code().startsWith(second)));
        assertThat(table.getItems()).isNotEmpty().allSatisfy(c -> assertThat(c.code()).startsWith(second));
        fx(() -> robot.lookup("#changesSearch").queryAs(TextField.class).clear());
        assertThat(table.getItems()).hasSize(expected.size());

        // The printable list: what is shown, read back from the .xlsx.
        Path list = folder.resolve("thay-doi.xlsx");
        files.answers.add(list);
        robot.clickOn("#changesPrint");
        waitUntil(() -> robot.lookup("Mở thư mục").tryQuery().isPresent() && Files.exists(list));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Đóng".equals(b.getText()))
                .queryButton());
        List<String> printed = new ArrayList<>();
        try (InputStream in = Files.newInputStream(list); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(format.formatCellValue(cell)).append('|'));
                printed.add(line.toString());
            }
        }
        assertThat(printed).anySatisfy(line -> assertThat(line).contains("|" + first + "|", "Ý kiến thẩm định",
                "Thiếu văn bản kiểm chứng."));
        assertThat(printed).anySatisfy(line -> assertThat(line).contains("DANH SÁCH THAY ĐỔI"));
        assertThat(printed.stream().filter(line -> line.matches("(?s)^\\d+\\|.*")))
                .as(String.join("\n", printed)).hasSize(expected.size());

        robot.clickOn("Nhận tệp này");
        waitUntil(() -> services.store().loadAssessment(sent.id()).orElseThrow().equals(returned)
                && session().assessment().equals(returned));
        ReturnedFiles returnedFiles = services.returnedFiles();
        List<ReturnedFiles.Round> rounds = returnedFiles.rounds(sent.id());
        assertThat(rounds).singleElement().satisfies(r -> assertThat(r.label()).contains("tra-lai.cchc"));
        assertThat(returnedFiles.round(rounds.get(0))).isEqualTo(sent);

        // "Các vòng trước" → "Xem (chỉ đọc)": the sent copy, read-only.
        fx(window.exchange()::earlierRounds);
        waitUntil(() -> robot.lookup("#earlierRounds").tryQuery().isPresent());
        robot.clickOn("Xem (chỉ đọc)");
        waitUntil(() -> window.model().isEarlierRound() && !window.model().busyProperty().get());
        assertThat(session().assessment().entry(first).appraisalOpinion())
                .isEqualTo(sent.entry(first).appraisalOpinion());
        assertThat(window.model().editableProperty().get()).isFalse();
        assertThat(stage.getTitle()).contains("Vòng trước", "chỉ xem");
        assertThat(window.model().fileActionsAllowedProperty().get()).isFalse();
    }

    @Test
    void theStepsTheProvinceRecordedAreRowsTheFilterHidesAndShowsAndTheListPrints(FxRobot robot) throws Exception {
        openTheSampleSavedAs(robot, "gui.cchc");
        Assessment sent = session().assessment();
        String code = sent.criteria().leaves().get(0).code();
        // The province's copy: the unit's step as received, the result sent on 15/10 by Sở Nội vụ, the explanation
        // due on 25/10, and one opinion.
        RoundStep unitStep = new RoundStep(Stage.SENT_FOR_APPRAISAL, LocalDate.of(2026, 10, 1), "Lê Thị Hoa",
                "UBND xã Hiền Thành");
        RoundStep result = new RoundStep(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 15), "", "Sở Nội vụ");
        Assessment returned = sent.withEntry(sent.entry(code).withAppraisalOpinion("Thiếu kế hoạch."))
                .withRounds(new Rounds(Side.APPRAISER, List.of(unitStep, result),
                        Map.of(Stage.EXPLANATION, LocalDate.of(2026, 10, 25))));
        Path back = folder.resolve("ket-qua-tham-dinh.cchc");
        Files.write(back, CchcFile.toBytes(returned, Instant.now()));

        files.answers.add(back);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Change> table = robot.lookup("#changesTable").queryAs(TableView.class);
        List<String> rounds = List.of(
                "Gửi thẩm định, ngày 01/10/2026, Lê Thị Hoa (UBND xã Hiền Thành)",
                "Gửi kết quả thẩm định, ngày 15/10/2026, Sở Nội vụ",
                "Gửi giải trình: hạn 25/10/2026");
        assertThat(table.getItems()).extracting(Change::field, Change::after).containsExactly(
                tuple(Field.ROUND_STEP, rounds.get(0)),
                tuple(Field.ROUND_STEP, rounds.get(1)),
                tuple(Field.ROUND_DEADLINE, rounds.get(2)),
                tuple(Field.OPINION, "Thiếu kế hoạch."));
        assertThat(text(robot, "#returnedHeading")).contains("thay đổi 4 mục");
        // The step rows read as the user sees them: the field's name and the kind in words.
        assertThat(cellTexts(robot, rounds.get(1))).containsExactly("Toàn sổ", "", "Bước của vòng thẩm định", "Thêm",
                "", rounds.get(1));

        // The field filter lists the rounds' rows and hides them, then shows them again.
        @SuppressWarnings("unchecked")
        CheckComboBox<Field> fields = robot.lookup("#changesFields").queryAs(CheckComboBox.class);
        assertThat(fields.getItems()).containsExactly(Field.OPINION, Field.ROUND_STEP, Field.ROUND_DEADLINE);
        fx(() -> {
            fields.getCheckModel().clearCheck(Field.ROUND_STEP);
            fields.getCheckModel().clearCheck(Field.ROUND_DEADLINE);
        });
        assertThat(table.getItems()).extracting(Change::field).containsExactly(Field.OPINION);
        assertThat(text(robot, "#changesCount")).isEqualTo("Hiện 1/4 thay đổi");
        fx(() -> fields.getCheckModel().check(Field.ROUND_STEP));
        assertThat(table.getItems()).extracting(Change::field)
                .containsExactly(Field.ROUND_STEP, Field.ROUND_STEP, Field.OPINION);
        fx(() -> fields.getCheckModel().check(Field.ROUND_DEADLINE));
        assertThat(table.getItems()).hasSize(4);

        // The printed list carries the rounds' rows, for the workbook as a whole.
        Path list = folder.resolve("thay-doi-vong.xlsx");
        files.answers.add(list);
        robot.clickOn("#changesPrint");
        waitUntil(() -> robot.lookup("Mở thư mục").tryQuery().isPresent() && Files.exists(list));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Đóng".equals(b.getText()))
                .queryButton());
        List<String> printed = printedRows(list);
        assertThat(printed).containsSubsequence(
                "1|Toàn sổ||Bước của vòng thẩm định|Thêm||" + rounds.get(0) + "|",
                "2|Toàn sổ||Bước của vòng thẩm định|Thêm||" + rounds.get(1) + "|",
                "3|Toàn sổ||Hạn của vòng thẩm định|Thêm||" + rounds.get(2) + "|");
        assertThat(printed).anySatisfy(line -> assertThat(line).startsWith("4|" + code + "|")
                .contains("Ý kiến thẩm định", "Thiếu kế hoạch."));

        // Accepting takes the steps: this copy becomes the unit's, at "Thẩm định lần 1".
        robot.clickOn("Nhận tệp này");
        waitUntil(() -> services.store().loadAssessment(sent.id()).orElseThrow().rounds().steps().size() == 2
                && session().assessment().rounds().steps().size() == 2);
        assertThat(session().assessment().rounds().steps()).containsExactly(unitStep, result);
        assertThat(session().assessment().rounds().side()).isEqualTo(Side.UNIT);
        assertThat(session().assessment().stage()).isEqualTo(Stage.FIRST_APPRAISAL);
    }

    @Test
    void aFileThatOnlyRecordsAStepSaysSoInsteadOfNoChanges(FxRobot robot) throws Exception {
        openTheSampleSavedAs(robot, "gui.cchc");
        Assessment sent = session().assessment();
        Assessment returned = sent.withRounds(new Rounds(Side.APPRAISER, List.of(
                new RoundStep(Stage.SENT_FOR_APPRAISAL, LocalDate.of(2026, 10, 1), "", "UBND xã Hiền Thành"),
                new RoundStep(Stage.FIRST_APPRAISAL, LocalDate.of(2026, 10, 15), "", "Sở Nội vụ")), Map.of()));
        Path back = folder.resolve("chi-buoc.cchc");
        Files.write(back, CchcFile.toBytes(returned, Instant.now()));

        files.answers.add(back);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Change> table = robot.lookup("#changesTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Change::field, Change::after).containsExactly(
                tuple(Field.ROUND_STEP, "Gửi thẩm định, ngày 01/10/2026, UBND xã Hiền Thành"),
                tuple(Field.ROUND_STEP, "Gửi kết quả thẩm định, ngày 15/10/2026, Sở Nội vụ"));
        assertThat(text(robot, "#returnedHeading")).isEqualTo(
                "Tệp “chi-buoc.cchc” thay đổi 2 mục so với bản trong máy. Xem lại trước khi nhận:");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> "Hủy".equals(b.getText()))
                .queryButton());
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().isEmpty());
        assertThat(services.store().loadAssessment(sent.id()).orElseThrow()).isEqualTo(sent);
    }

    /** The texts of the table cells in the row whose "Sau" is {@code after}, as drawn. */
    private static List<String> cellTexts(FxRobot robot, String after) {
        List<String> texts = new ArrayList<>();
        javafx.scene.control.TableRow<?> row = robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() instanceof Change c
                        && c.after().equals(after)).query();
        for (javafx.scene.Node cell : row.lookupAll(".table-cell")) {
            if (cell instanceof javafx.scene.control.TableCell<?, ?> c) {
                // Long values are drawn wrapped, as a Text graphic.
                String shown = c.getGraphic() instanceof javafx.scene.text.Text t ? t.getText() : c.getText();
                if (shown != null) {
                    texts.add(shown);
                }
            }
        }
        return texts;
    }

    /** The printed list's rows, cells joined by "|". */
    private static List<String> printedRows(Path list) throws Exception {
        List<String> printed = new ArrayList<>();
        try (InputStream in = Files.newInputStream(list); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < 7; c++) {
                    line.append(format.formatCellValue(row.getCell(c))).append('|');
                }
                printed.add(line.toString());
            }
        }
        return printed;
    }

    @Test
    void cancellingAReturnedFileChangesNothing(FxRobot robot) throws Exception {
        openTheSampleSavedAs(robot, "gui.cchc");
        Assessment here = session().assessment();
        String code = here.criteria().leaves().get(0).code();
        Path back = folder.resolve("tra-lai.cchc");
        Files.write(back, CchcFile.toBytes(here.withEntry(here.entry(code).withAppraisalOpinion("Khác.")),
                Instant.now()));
        files.answers.add(back);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().isPresent());
        // The list of changes has the keyboard (not "Nhận tệp này"); Esc from it is "Hủy".
        TableView<?> table = robot.lookup("#changesTable").queryAs(TableView.class);
        waitUntil(() -> Keyboard.has(table));
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#changesTable").tryQuery().isEmpty());
        assertThat(services.store().loadAssessment(here.id()).orElseThrow()).isEqualTo(here);
        assertThat(services.returnedFiles().rounds(here.id())).isEmpty();
        assertThat(robot.lookup(".label").match((Label l) -> l.getText() != null
                && l.getText().contains("Khác.")).tryQuery()).isEmpty();
    }
}

package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    @Test
    void openReturnedFileFilterPrintAcceptAndLookAtTheEarlierRound(FxRobot robot) throws Exception {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        Path sentFile = folder.resolve("gui-tham-dinh.cchc");
        files.answers.add(sentFile);
        fx(window.actions()::save);
        waitUntil(() -> Files.exists(sentFile) && !window.model().unsavedProperty().get());
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
    void cancellingAReturnedFileChangesNothing(FxRobot robot) throws Exception {
        waitForStore();
        robot.clickOn("#startSample");
        waitForWorkbook();
        Path sentFile = folder.resolve("gui.cchc");
        files.answers.add(sentFile);
        fx(window.actions()::save);
        waitUntil(() -> Files.exists(sentFile) && !window.model().unsavedProperty().get());
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

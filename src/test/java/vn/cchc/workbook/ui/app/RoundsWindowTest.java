package vn.cchc.workbook.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.RoundFileName;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.SmallCommune;
import vn.cchc.workbook.ui.scoring.ScoringRow;

/**
 * The rounds in the real window, by keyboard: the status line shows the stage and the deadline; the window sends the
 * workbook for appraisal with Ctrl+Shift+G (the step recorded, the step's file written); the unit's copy then refuses the appraisal
 * column with a visible message; the appraiser's copy refuses the self column, typed or pasted; "Còn thiếu…" lists
 * what the step misses and Enter goes to the criterion.
 */
class RoundsWindowTest extends AppWindowTest {

    @TempDir
    Path folder;

    private static RuleInput points(String value) {
        return new RuleInput.PointsInput(new BigDecimal(value));
    }

    /** The small commune self-scored, every criterion explained, with a deadline to send it in 5 days. */
    private static Assessment selfScored(LocalDate today) {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2026, SmallCommune.standardSet());
        for (String code : new String[] {"1.1", "1.2", "2.1", "2.2"}) {
            a = a.withEntry(a.entry(code).withSelf(points(code.startsWith("1") ? "4" : "30"))
                    .withSelfExplanation("Đang hoàn thiện hồ sơ."));
        }
        return a.withRounds(Rounds.NONE.withDeadline(Stage.SENT_FOR_APPRAISAL, today.plusDays(5))
                .withDeadline(Stage.FIRST_APPRAISAL, today.plusDays(15)));
    }

    /** The self-scored workbook as the unit sends it today: opened here, it is the appraiser's copy. */
    private static Assessment sentForAppraisal() {
        LocalDate today = LocalDate.now();
        return selfScored(today).withStep(new RoundStep(Stage.SENT_FOR_APPRAISAL, today, "Lê Thị Hoa",
                "UBND xã Hiền Thành"));
    }

    private void openFile(FxRobot robot, Assessment assessment) throws Exception {
        Path file = folder.resolve("nhan.cchc");
        Files.write(file, CchcFile.toBytes(assessment, Instant.now()));
        waitForStore();
        files.answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitForWorkbook();
    }

    @Test
    void ctrlShiftGSendsForAppraisalAndTheUnitsCopyThenRefusesTheAppraisalColumn(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        openFile(robot, selfScored(today));
        assertThat(text(robot, "#statusRound")).isEqualTo("Tự đánh giá · Chưa vào vòng thẩm định · Gửi thẩm định: hạn "
                + VietnameseDates.format(today.plusDays(5)) + ", còn 5 ngày");

        Path sent = folder.resolve("gui.cchc");
        files.answers.add(sent);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sendName").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        assertThat(robot.lookup("#sendOrganisation").queryTextInputControl().getText())
                .isEqualTo("UBND xã Hiền Thành");
        Keyboard.writeInto(robot, robot.lookup("#sendName").query(), "Lê Thị Hoa");
        // A day that does not exist is refused where it was typed, saying why; nothing is written.
        TextField date = robot.lookup("#sendDate").queryAs(TextField.class);
        robot.type(KeyCode.TAB, KeyCode.TAB).push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.writeInto(robot, date, "31/02/2026");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#sendMessage").equals("Ngày: “31/02/2026” không có thật: tháng 2 năm 2026 có 28 ngày."));
        assertThat(sent).doesNotExist();
        robot.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.writeInto(robot, date, VietnameseDates.format(today));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Files.exists(sent) && !window.model().busyProperty().get());

        assertThat(files.lastSuggestedName).isEqualTo(RoundFileName.of(session().assessment(),
                Stage.SENT_FOR_APPRAISAL, today));
        Assessment written = CchcFile.read(sent);
        assertThat(written.stage()).isEqualTo(Stage.SENT_FOR_APPRAISAL);
        assertThat(written.rounds().steps()).containsExactly(new RoundStep(Stage.SENT_FOR_APPRAISAL, today,
                "Lê Thị Hoa", "UBND xã Hiền Thành"));
        assertThat(services.store().loadAssessment(written.id()).orElseThrow().rounds()).isEqualTo(written.rounds());
        waitUntil(() -> text(robot, "#statusRound").startsWith("Đã gửi thẩm định · Bản của đơn vị · "
                + "Gửi kết quả thẩm định: hạn " + VietnameseDates.format(today.plusDays(15)) + ", còn 15 ngày"));
        assertThat(robot.lookup("#menuStep-gui-tham-dinh").tryQuery()).isEmpty();

        clickCell(robot, "2.1", "column-appraised");
        robot.write("25");
        waitUntil(() -> robot.lookup(".cell-message").tryQuery().map(n -> ((Label) n).isVisible()).orElse(false));
        assertThat(robot.lookup(".cell-message").queryAs(Label.class).getText())
                .isEqualTo("Đây là bản của đơn vị: điểm thẩm định và ý kiến thẩm định chỉ để xem.");
        assertThat(robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .isEqualTo("Đây là bản của đơn vị: điểm thẩm định và ý kiến thẩm định chỉ để xem.");
        assertThat(services.store().loadAssessment(written.id()).orElseThrow().entry("2.1").firstAppraisal())
                .isNull();
    }

    @Test
    void theAppraisersCopyRefusesTheSelfColumnTypedOrPasted(FxRobot robot) throws Exception {
        Assessment sent = sentForAppraisal();
        openFile(robot, sent);
        assertThat(session().assessment().rounds().side()).isEqualTo(Side.APPRAISER);
        assertThat(text(robot, "#statusRound")).startsWith("Đã gửi thẩm định · Bản của cơ quan thẩm định · ");

        clickCell(robot, "1.1", "column-self");
        robot.write("1");
        waitUntil(() -> robot.lookup(".cell-message").tryQuery().map(n -> ((Label) n).isVisible()).orElse(false));
        assertThat(robot.lookup(".cell-message").queryAs(Label.class).getText()).startsWith(
                "Đây là bản của cơ quan thẩm định: điểm tự đánh giá");
        robot.type(KeyCode.ESCAPE);

        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\n2\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        clickCell(robot, "1.1", "column-self");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText()
                .contains("bản của cơ quan thẩm định"));
        Assessment stored = services.store().loadAssessment(sent.id()).orElseThrow();
        assertThat(stored.entry("1.1").self()).isEqualTo(points("4"));
        assertThat(stored.entry("1.2").self()).isEqualTo(points("4"));

        // The appraisal column takes a score in this copy.
        clickCell(robot, "1.1", "column-appraised");
        robot.write("3").type(KeyCode.ENTER);
        waitUntil(() -> points("3").equals(services.store().loadAssessment(sent.id()).orElseThrow().entry("1.1")
                .firstAppraisal()));
    }

    @Test
    void theAppraisersCopyOpensAndGoesToCriteriaInTheAppraisalColumn(FxRobot robot) throws Exception {
        Assessment sent = sentForAppraisal();
        openFile(robot, sent);
        TreeTableView<ScoringRow> table = table(robot);
        waitUntil(() -> table.getScene().getFocusOwner() == table && !focusedCell(table).isEmpty());
        assertThat(focusedCell(table)).isEqualTo("1.1 column-appraised");

        // Typed at once, the number is the appraisal of the first criterion; the self score stays as sent.
        robot.write("3").type(KeyCode.ENTER);
        waitUntil(() -> points("3").equals(services.store().loadAssessment(sent.id()).orElseThrow().entry("1.1")
                .firstAppraisal()));

        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        robot.write("2.2").type(KeyCode.ENTER);
        waitUntil(() -> "2.2 column-appraised".equals(focusedCell(table)));
        robot.write("25").type(KeyCode.ENTER);
        waitUntil(() -> points("25").equals(services.store().loadAssessment(sent.id()).orElseThrow().entry("2.2")
                .firstAppraisal()));
        Assessment stored = services.store().loadAssessment(sent.id()).orElseThrow();
        assertThat(stored.entry("1.1").self()).isEqualTo(points("4"));
        assertThat(stored.entry("2.2").self()).isEqualTo(points("30"));
    }

    /** "code column-id" of the table's focused cell. */
    private static String focusedCell(TreeTableView<ScoringRow> table) {
        var cell = table.getFocusModel().getFocusedCell();
        return cell == null || cell.getTreeItem() == null || cell.getTableColumn() == null ? ""
                : cell.getTreeItem().getValue().code() + " " + cell.getTableColumn().getId();
    }

    /**
     * A result fixed by a recorded "chốt" cannot be unlocked. "Mở khóa" stood enabled, asked "Sổ đã được chốt điểm.
     * Mở khóa để sửa lại điểm?" and, confirmed, refused; it is now greyed in the menu and on the toolbar.
     */
    @Test
    void aResultFixedInTheRoundsOffersNoUnlock(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        Assessment appraiser = sentForAppraisal();
        appraiser = appraiser.withRounds(appraiser.rounds().receivedBy(null));
        for (String code : new String[] {"1.1", "1.2", "2.1", "2.2"}) {
            appraiser = appraiser.withEntry(appraiser.entry(code).withFirstAppraisal(appraiser.entry(code).self()));
        }
        appraiser = appraiser.withStep(new RoundStep(Stage.FIRST_APPRAISAL, today, "Trần Văn Nam", "Sở Nội vụ"));
        Assessment closed = appraiser.withStep(new RoundStep(Stage.CLOSED, today, "Trần Văn Nam", "Sở Nội vụ"));
        openFile(robot, closed);

        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem lock = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuLock".equals(i.getId())).findFirst().orElseThrow();
        waitUntil(() -> window.model().lockedProperty().get());
        assertThat(lock.getText()).isEqualTo("Mở khóa…");
        assertThat(lock.isDisable()).isTrue();
        assertThat(robot.lookup("#toolLock").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theMissingListNamesWhatTheStepLacksAndEnterGoesToTheCriterion(FxRobot robot) throws Exception {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2026, SmallCommune.standardSet());
        a = a.withEntry(a.entry("1.1").withSelf(points("4")));
        a = a.withEntry(a.entry("1.2").withSelf(points("6")).withSelfExplanation("Đang trình ký."));
        a = a.withEntry(a.entry("2.1").withSelf(points("45")).withSelfExplanation("Đang tổng hợp."));
        openFile(robot, a);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        // The list is the dialog's focus owner, its first line chosen; from here on, keys only.
        waitUntil(() -> robot.lookup("#missingList").tryQuery()
                .map(node -> node.getScene().getFocusOwner() == node).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<Object> list = robot.lookup("#missingList").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(list.getItems()).hasSize(2);
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Trước bước “Gửi thẩm định” còn thiếu 2 mục. Chọn một dòng rồi nhấn Enter (hoặc nhấp đúp) "
                        + "để tới tiêu chí đó.");
        assertThat(robot.from(list).lookup(".list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .isEqualTo("1.1  Tiêu chí 1.1: Chấm điểm nhưng chưa có minh chứng: cần giải trình");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#missingList").tryQuery().isEmpty());
        waitUntil(() -> {
            TreeTableView<ScoringRow> table = table(robot);
            return table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().getValue().code().equals("2.2");
        });
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<ScoringRow> table(FxRobot robot) {
        return robot.lookup(".score-table").queryAs(TreeTableView.class);
    }

    /** Clicks the cell of row {@code code} in the column {@code columnId}, scrolling it into view first. */
    private static void clickCell(FxRobot robot, String code, String columnId) {
        TreeTableView<ScoringRow> table = table(robot);
        robot.interact(() -> {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                if (table.getTreeItem(i).getValue().code().equals(code)) {
                    table.scrollTo(Math.max(0, i - 2));
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        TreeTableCell<?, ?> cell = robot.lookup(".score-table .tree-table-cell")
                .match((TreeTableCell<?, ?> c) -> c.getTableRow() != null && c.getTableRow().getItem() != null
                        && ((ScoringRow) c.getTableRow().getItem()).code().equals(code)
                        && columnId.equals(c.getTableColumn().getId()))
                .query();
        robot.clickOn(cell);
    }
}

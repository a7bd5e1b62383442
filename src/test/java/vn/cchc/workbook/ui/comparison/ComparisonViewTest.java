package vn.cchc.workbook.ui.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;
import vn.cchc.workbook.ui.analysis.ScriptedDialogs;

/** The comparison view on a real store: link last half-year from its .cchc file and read the changes. */
@ExtendWith(ApplicationExtension.class)
class ComparisonViewTest {

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path folder;

    private WorkbookStore store;
    private EditSession session;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path earlierFile;
    private Parent root;

    /** Half year: 2.1 = 40 of 50 and 2.2 = 30 of 40. Full year: 2.1 = 45 (+5) and 2.2 = 35: 1.1, 2.1 and 2.2 lose points in both. */
    @Start
    void start(Stage stage) {
        Assessment earlier = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        earlier = SmallCommune.scored(earlier, "1.1", "3");
        earlier = SmallCommune.scored(earlier, "1.2", "6");
        earlier = SmallCommune.scored(earlier, "2.1", "40");
        earlier = SmallCommune.scored(earlier, "2.2", "30");
        earlierFile = folder.resolve("hien-thanh-6t-2023.cchc");
        CchcFile.write(earlier, earlierFile);

        Assessment later = SmallCommune.start("UBND xã Hiền Thành", Period.FULL_YEAR, 2023,
                SmallCommune.standardSet());
        later = SmallCommune.scored(later, "1.1", "3");
        later = SmallCommune.scored(later, "1.2", "6");
        later = SmallCommune.scored(later, "2.1", "45");
        later = SmallCommune.scored(later, "2.2", "35");
        store = H2WorkbookStore.open(folder.resolve("store-" + System.nanoTime()));
        store.createAssessment(later);
        session = new EditSession(store, later);
        ComparisonView view = new ComparisonView(new ComparisonViewModel(session), dialogs);
        root = view.getRoot();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(view.getRoot(), 1366, 720));
        stage.titleProperty().unbind();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void linkingTheEarlierFileShowsTheChangeAndTheRepeatedDeduction(FxRobot robot) throws Exception {
        robot.clickOn((javafx.scene.Node) robot.from(root).lookup("#compare-earlier-rank").query()).write("xếp thứ 4/18");
        dialogs.files.add(earlierFile);
        robot.clickOn((javafx.scene.Node) robot.from(root).lookup("#compare-link-file").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment().earlier().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        TableView<ChangeRow> nodes = robot.from(root).lookup("#compare-nodes").queryTableView();
        ChangeRow criterion = nodes.getItems().stream().filter(r -> r.code().equals("2.1")).findFirst().orElseThrow();
        assertThat(criterion.earlier()).isEqualTo("40,00");
        assertThat(criterion.now()).isEqualTo("45,00");
        assertThat(criterion.change()).isEqualTo("+5,00");
        assertThat(criterion.direction()).isPositive();
        assertThat(robot.from(root).lookup(".change-up").queryAll()).isNotEmpty();

        TableView<RepeatedRow> repeated = robot.from(root).lookup("#compare-repeated").queryTableView();
        assertThat(repeated.getItems()).extracting(RepeatedRow::code).containsExactly("1.1", "2.1", "2.2");
        assertThat(repeated.getItems().get(2).earlierDeduction()).isEqualTo("10,00");
        assertThat(repeated.getItems().get(2).laterDeduction()).isEqualTo("5,00");
        assertThat(robot.from(root).lookup("#compare-repeated .table-row-cell").queryAll().stream()
                .filter(cell -> ((javafx.scene.control.TableRow<?>) cell).getItem() != null)).hasSize(3);

        assertThat(robot.from(root).lookup("#compare-total-change").queryLabeled().getText()).isEqualTo("+10,00");
        assertThat(robot.from(root).lookup("#compare-earlier").queryLabeled().getText())
                .isEqualTo("6 tháng đầu năm 2023: 79,00 điểm (kết quả tính) — xếp thứ 4/18");
        session.requireWritten();
        Assessment stored = store.loadAssessment(session.assessment().id()).orElseThrow();
        assertThat(stored.earlier()).isPresent();
        assertThat(stored.earlier().get().rankText()).isEqualTo("xếp thứ 4/18");
    }

    /**
     * Seen at 1366×768: in the analysis window (1240 px wide) the criteria table scrolled sideways to reach "Xếp hạng
     * kỳ trước", titles ended in "…" and the note read "Chưa …". Now every column of the three tables shows at that
     * width, and no title, note or opinion is cut.
     */
    @Test
    void atTheAnalysisWindowsWidthEveryColumnShowsAndNoTextIsCut(FxRobot robot) throws Exception {
        robot.interact(() -> root.getScene().getWindow().setWidth(1240));
        linkEarlierFile(robot);
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : new String[] {"#compare-nodes", "#compare-departments", "#compare-repeated"}) {
            TableView<?> table = robot.from(root).lookup(id).queryTableView();
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            assertThat(columns).as(id + " columns within its width").isLessThanOrEqualTo(table.getWidth());
            assertThat(robot.from(table).lookup(".scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class)
                    .stream().filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                    .noneMatch(javafx.scene.Node::isVisible)).as(id + " scrolls sideways").isTrue();
        }
        var cells = robot.from(root).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class);
        // Rows grow to their wrapped texts in the layout pass after the texts are set.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cells.stream()
                    .allMatch(cell -> !(cell.getItem() instanceof String) || shown(cell).equals(cell.getItem())));
        } catch (java.util.concurrent.TimeoutException cut) {
            // the assertion below names the cell
        }
        assertThat(cells.stream().filter(cell -> cell.getItem() instanceof String text && !text.isBlank()))
                .isNotEmpty()
                .allSatisfy(cell -> assertThat(shown(cell)).as("shown").isEqualTo(cell.getItem()));
    }

    /** What a cell prints: its wrapped text when all of it lies inside the cell, else its text as laid out. */
    private static String shown(javafx.scene.control.TableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof javafx.scene.text.Text wrapped) {
            return wrapped.getBoundsInParent().getMaxY() <= cell.getHeight() + 0.5 ? wrapped.getText() : "(cut)";
        }
        return cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }

    @Test
    void withNoOtherWorkbookOfTheUnitTheEmptyListSaysWhereElseToLook(FxRobot robot) {
        // The store holds only this period: the list opened as a blank strip.
        javafx.scene.control.ComboBox<?> choices = robot.from(root).lookup("#compare-choices").queryAs(
                javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(choices.getItems()).isEmpty();
        assertThat(((javafx.scene.control.Label) choices.getPlaceholder()).getText()).isEqualTo("Trong máy chưa có sổ"
                + " kỳ khác của UBND xã Hiền Thành. Dùng “Mở tệp .cchc kỳ trước…”; đơn vị mới sau sáp nhập dùng “Chọn"
                + " tệp các đơn vị cũ…”.");
        robot.clickOn(choices);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compare-none-in-store").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theOwnRankIsKeptInTheStore(FxRobot robot) {
        robot.clickOn((javafx.scene.Node) robot.from(root).lookup("#compare-own-rank").query()).write("xếp thứ 2/18").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        session.requireWritten();
        assertThat(store.loadAssessment(session.assessment().id()).orElseThrow().rankText())
                .isEqualTo("xếp thứ 2/18");
        assertThat(robot.from(root).lookup("#compare-later").queryLabeled().getText()).endsWith("xếp thứ 2/18");
        assertThat(robot.from(root).lookup("#compare-own-rank").queryAs(TextField.class).getText()).isEqualTo("xếp thứ 2/18");
    }

    @Test
    void aWorkbookOfAnotherUnitIsRefusedWithItsReason(FxRobot robot) throws Exception {
        Assessment other = SmallCommune.start("Vĩnh Lâm", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        Path otherFile = folder.resolve("vinh-lam.cchc");
        CchcFile.write(other, otherFile);
        dialogs.files.add(otherFile);
        robot.clickOn((javafx.scene.Node) robot.from(root).lookup("#compare-link-file").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertThat(dialogs.errors.get(0)).contains("Vĩnh Lâm");
        assertThat(session.assessment().earlier()).isEmpty();
        assertThat(((Parent) robot.from(root).lookup("#comparison-view").query()).isVisible()).isTrue();
    }

    private void linkEarlierFile(FxRobot robot) throws Exception {
        dialogs.files.add(earlierFile);
        robot.clickOn((javafx.scene.Node) robot.from(root).lookup("#compare-link-file").query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.assessment().earlier().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePublishedResultIsComparedByDefaultAndTheComputedOneWhenChosen(FxRobot robot) throws Exception {
        robot.interact(() -> session.setPublished(new vn.cchc.workbook.domain.assessment.PublishedResult(
                new java.math.BigDecimal("82.5"), null, "")));
        linkEarlierFile(robot);

        assertThat(robot.from(root).lookup("#compare-later").queryLabeled().getText())
                .isEqualTo("Cả năm 2023: 82,50 điểm (kết quả công bố) — chưa có xếp hạng");
        assertThat(robot.from(root).lookup("#compare-total-change").queryLabeled().getText()).isEqualTo("+3,50");
        assertThat(robot.from(root).lookup("#compare-basis-text").queryLabeled().getText())
                .isEqualTo("kỳ trước: kết quả tính; kỳ này: kết quả công bố");

        javafx.scene.control.ComboBox<?> basis = robot.from(root).lookup("#compare-basis")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(basis);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.from(root).lookup("#compare-total-change").queryLabeled().getText()).isEqualTo("+10,00");
        assertThat(robot.from(root).lookup("#compare-later").queryLabeled().getText())
                .startsWith("Cả năm 2023: 89,00 điểm (kết quả tính)");
        assertThat(robot.from(root).lookup("#compare-basis-text").queryLabeled().getText()).isEqualTo("kết quả tính");
    }

    @Test
    void theRankOfEachEarlierFieldIsTypedKeptAndShown(FxRobot robot) throws Exception {
        linkEarlierFile(robot);
        javafx.scene.control.TitledPane pane = robot.from(root).lookup("#compare-field-ranks")
                .queryAs(javafx.scene.control.TitledPane.class);
        robot.interact(() -> pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn((javafx.scene.Node) robot.from(root).lookup("#compare-field-rank-1").query())
                .write("xếp thứ 7/10").type(KeyCode.TAB).write("xếp thứ 2/10").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        var stored = store.loadAssessment(session.assessment().id()).orElseThrow().earlierPeriod();
        assertThat(stored.node("1").orElseThrow().rankText()).isEqualTo("xếp thứ 7/10");
        assertThat(stored.node("2").orElseThrow().rankText()).isEqualTo("xếp thứ 2/10");
        TableView<ChangeRow> nodes = robot.from(root).lookup("#compare-nodes").queryTableView();
        assertThat(nodes.getItems().stream().filter(r -> r.depth() == 0)).extracting(ChangeRow::earlierRank)
                .containsExactly("xếp thứ 7/10", "xếp thứ 2/10");
        assertThat(robot.from(root).lookup("#compare-field-rank-2").queryAs(TextField.class).getText())
                .isEqualTo("xếp thứ 2/10");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void enterOrSpaceOnTheFieldRankTitleOpensItWithTheKeyboardInItsFirstField(FxRobot robot) throws Exception {
        linkEarlierFile(robot);
        javafx.scene.control.TitledPane pane = robot.from(root).lookup("#compare-field-ranks")
                .queryAs(javafx.scene.control.TitledPane.class);
        TextField first = robot.from(root).lookup("#compare-field-rank-1").queryAs(TextField.class);
        for (KeyCode key : new KeyCode[] {KeyCode.ENTER, KeyCode.SPACE}) {
            robot.interact(pane::requestFocus);
            assertThat(pane.isExpanded()).isFalse();

            robot.type(key);
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, first::isFocused);

            assertThat(pane.isExpanded()).as("opened by " + key).isTrue();
            robot.write("xếp thứ 3/10").type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(first.getText()).isEqualTo("xếp thứ 3/10");
            // Collapsing by the keyboard again: the title gets the focus back.
            robot.interact(() -> {
                first.requestFocus();
                pane.setExpanded(false);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(pane.isFocused()).isTrue();
        }
        assertThat(store.loadAssessment(session.assessment().id()).orElseThrow().earlierPeriod().node("1")
                .orElseThrow().rankText()).isEqualTo("xếp thứ 3/10");
    }

    @Test
    void aTooLongFieldRankIsRefusedWithItsMessageAndNothingIsKept(FxRobot robot) throws Exception {
        linkEarlierFile(robot);
        robot.interact(() -> ((javafx.scene.control.TitledPane) robot.from(root).lookup("#compare-field-ranks")
                .query()).setExpanded(true));
        TextField field = robot.from(root).lookup("#compare-field-rank-1").queryAs(TextField.class);
        robot.interact(() -> field.setText("x".repeat(2001)));
        robot.clickOn(field).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isNotEmpty();
        assertThat(dialogs.errors.get(0)).contains("lĩnh vực 1").contains("2000");
        assertThat(store.loadAssessment(session.assessment().id()).orElseThrow().earlierPeriod().node("1")
                .orElseThrow().rankText()).isEmpty();
    }

    @Test
    void theComparisonSheetIsExportedFromTheViewWithTheSameFigures(FxRobot robot) throws Exception {
        assertThat(robot.from(root).lookup("#compare-export").queryButton().isDisabled()).isTrue();
        linkEarlierFile(robot);
        Path out = folder.resolve("so-sanh-" + System.nanoTime() + ".xlsx");
        dialogs.files.add(out);
        robot.clickOn((javafx.scene.Node) robot.from(root).lookup("#compare-export").query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(out));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.suggestedNames).contains("SoSanhKyTruoc_CCHC_XaHienThanh_Nam2023.xlsx");
        assertThat(dialogs.errors).isEmpty();
        try (var in = java.nio.file.Files.newInputStream(out);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = book.getSheet("So sánh với kỳ trước");
            org.apache.poi.ss.usermodel.Row row = null;
            for (var r : sheet) {
                if (r.getCell(0) != null && r.getCell(0).toString().equals("2.1")) {
                    row = r;
                    break;
                }
            }
            assertThat((Object) row).isNotNull();
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(40.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(45.0);
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(5.0);
        }
    }
}

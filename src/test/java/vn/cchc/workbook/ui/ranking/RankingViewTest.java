package vn.cchc.workbook.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.cchc.workbook.app.RankingService;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.SmallCommune;
import vn.cchc.workbook.ui.analysis.ScriptedDialogs;

/**
 * The ranking window's view over a folder of real .cchc files: Xã C 80 points, Xã A and Xã B 79 each (đồng hạng),
 * Xã D 59, and a corrupt file that is listed with its problem while the others are ranked.
 */
@ExtendWith(ApplicationExtension.class)
class RankingViewTest {

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new ArrayList<>();
    private RankingView view;

    @Start
    void start(Stage stage) {
        view = new RankingView(new RankingViewModel(new RankingService()), dialogs, () -> null, f -> { },
                opened::add);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(view.getRoot(), 1366, 720));
        stage.titleProperty().unbind();
        stage.show();
    }

    private Path workbooks() throws Exception {
        Path communes = Files.createDirectory(folder.resolve("cac-xa"));
        CchcFile.write(SmallCommune.standard("Xã A"), communes.resolve("xa-a.cchc"));
        CchcFile.write(SmallCommune.standard("Xã B"), communes.resolve("xa-b.cchc"));
        CchcFile.write(SmallCommune.scored(SmallCommune.standard("Xã C"), "1.1", "4"), communes.resolve("xa-c.cchc"));
        CchcFile.write(SmallCommune.scored(SmallCommune.standard("Xã D"), "2.1", "20"), communes.resolve("xa-d.cchc"));
        Files.write(communes.resolve("xa-hong.cchc"), new byte[] {'P', 'K', 3, 4, 0, 1, 2});
        return communes;
    }

    private List<RankingRow> rankFolder(FxRobot robot) throws Exception {
        dialogs.folders.add(workbooks());
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RankingRow> table = robot.from(view.getRoot()).lookup("#ranking-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        return table.getItems();
    }

    @Test
    void aFolderIsRankedWithATieAndTheCorruptFileIsListed(FxRobot robot) throws Exception {
        List<RankingRow> rows = rankFolder(robot);

        assertThat(rows).extracting(RankingRow::unit).containsExactly("Xã C", "Xã A", "Xã B", "Xã D");
        assertThat(rows).extracting(RankingRow::rank).containsExactly("1", "2", "2", "4");
        assertThat(rows).extracting(RankingRow::index).containsExactly("80,00", "79,00", "79,00", "59,00");
        assertThat(rows.get(1).note()).isEqualTo("Đồng hạng");
        assertThat(rows.get(2).note()).isEqualTo("Đồng hạng");
        assertThat(rows.get(0).note()).isEmpty();
        assertThat(rows).extracting(RankingRow::band).containsExactly("Khá", "Trung bình", "Trung bình", "Yếu");
        assertThat(rows.get(0).fieldPoints()).containsExactly("10,00", "70,00");

        TableView<RejectedRow> bad = robot.from(view.getRoot()).lookup("#ranking-rejected").queryTableView();
        assertThat(bad.getItems()).extracting(RejectedRow::file).containsExactly("xa-hong.cchc");
        assertThat(bad.getItems().get(0).problem()).isNotBlank();
        assertThat(view.chart().getData().get(0).getData()).hasSize(4);
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * Copies of one commune's workbook left out: their long file names were cut to the same "Dong Ha - ca na…", so
     * which file was left out, and for which, could not be read. Every file name and reason now shows whole.
     */
    @Test
    void theFilesLeftOutShowTheirWholeNames(FxRobot robot) throws Exception {
        Path communes = workbooks();
        var unit = SmallCommune.standard("Xã E");
        CchcFile.write(unit, communes.resolve("Xa E - ca nam 2023 - Tham dinh lan 1 - gui ket qua - 2024-01-15.cchc"));
        CchcFile.write(unit, communes.resolve("Xa E - ca nam 2023 - Tu danh gia - gui tham dinh - 2024-01-05.cchc"));
        dialogs.folders.add(communes);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RejectedRow> bad = robot.from(view.getRoot()).lookup("#ranking-rejected").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bad.getItems().size() == 2);

        @SuppressWarnings("rawtypes")
        java.util.function.Supplier<List<javafx.scene.control.TableCell>> cells = () -> robot.from(bad)
                .lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(cell -> cell.getItem() instanceof String text && !text.isBlank()).toList();
        @SuppressWarnings("rawtypes")
        java.util.function.Predicate<javafx.scene.control.TableCell> whole = cell ->
                cell.getGraphic() instanceof javafx.scene.text.Text text && text.getText().equals(cell.getItem())
                        && text.getBoundsInParent().getMaxY() <= cell.getHeight() + 0.5
                        && text.getLayoutBounds().getWidth() <= cell.getWidth();
        // The rows are laid out, and grow to their wrapped texts, after the items arrive.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cells.get().size() == 4
                    && cells.get().stream().allMatch(whole));
        } catch (java.util.concurrent.TimeoutException cut) {
            // the assertions below say which
        }
        assertThat(cells.get()).hasSize(4).allMatch(whole);
        assertThat(cells.get().stream().filter(cell -> String.valueOf(cell.getItem()).startsWith("Xa E"))).hasSize(1);
    }

    /**
     * Eight lĩnh vực at the ranking window's width (1280 px): the note ("Còn … tiêu chí chưa thẩm định", "Đồng hạng")
     * was past the right edge, behind a sideways scroll. Every column now shows.
     */
    @Test
    void eightLinhVucAndTheNoteShowAtTheWindowsWidth(FxRobot robot) throws Exception {
        robot.interact(() -> view.getRoot().getScene().getWindow().setWidth(1280));
        Path communes = Files.createDirectory(folder.resolve("tam-linh-vuc"));
        var sample = vn.cchc.workbook.interchange.BundledData.sampleAssessment();
        CchcFile.write(sample, communes.resolve("hien-thanh.cchc"));
        CchcFile.write(sample.withId("vinh-lam").withDescription(new vn.cchc.workbook.domain.assessment.AssessedUnit(
                "Vĩnh Lâm", sample.unit().level(), sample.unit().parentAuthority(), "Vĩnh Lâm"), sample.period(),
                sample.year()), communes.resolve("vinh-lam.cchc"));
        dialogs.folders.add(communes);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RankingRow> table = robot.from(view.getRoot()).lookup("#ranking-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getVisibleLeafColumns()).hasSize(15);
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(columns).isLessThanOrEqualTo(table.getWidth());
        assertThat(robot.from(table).lookup(".scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .noneMatch(javafx.scene.Node::isVisible)).isTrue();
    }

    @Test
    void theIndexChartShowsEveryTickItMarksAndBarsOfAReadableWidth(FxRobot robot) throws Exception {
        rankFolder(robot);
        javafx.scene.chart.NumberAxis y = (javafx.scene.chart.NumberAxis) view.chart().getYAxis();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> y.getHeight() > 0 && !y.getTickMarks().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // Low, in a window of 1366 × 720: "100, 80, 70, …, 20, 0" with 90 and 10 hidden was seen.
        assertThat(y.getHeight()).isLessThan(260);
        assertThat(y.getTickMarks()).allMatch(javafx.scene.chart.Axis.TickMark::isTextVisible);
        assertThat(y.getTickMarks()).extracting(m -> m.getValue().intValue())
                .containsExactly(0, 20, 40, 60, 80, 100);
        // Four units do not stretch their bars across the chart (one unit's bar filled it).
        List<javafx.scene.Node> bars = view.chart().getData().get(0).getData().stream()
                .map(javafx.scene.chart.XYChart.Data::getNode).toList();
        assertThat(bars).hasSize(4);
        assertThat(bars).allMatch(bar -> bar.getBoundsInParent().getWidth() <= 57);
    }

    @Test
    void twoWorkbooksOfOneUnitAreTwoBarsOfTheChart(FxRobot robot) throws Exception {
        Path twice = Files.createDirectory(folder.resolve("hai-ky"));
        CchcFile.write(SmallCommune.standard("Xã A"), twice.resolve("xa-a-1.cchc"));
        CchcFile.write(SmallCommune.scored(SmallCommune.standard("Xã A"), "1.1", "4"), twice.resolve("xa-a-2.cchc"));
        dialogs.folders.add(twice);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RankingRow> table = robot.from(view.getRoot()).lookup("#ranking-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        // Under one name they were one category, the two bars drawn on one place.
        assertThat(view.chart().getData().get(0).getData()).extracting(d -> d.getXValue())
                .containsExactly("Xã A (1)", "Xã A (2)");
    }

    @Test
    void changingABandThresholdReBandsTheUnits(FxRobot robot) throws Exception {
        List<RankingRow> before = rankFolder(robot);
        assertThat(before.get(0).band()).isEqualTo("Khá");

        TextField bands = robot.from(view.getRoot()).lookup("#ranking-bands").queryAs(TextField.class);
        robot.interact(() -> bands.setText(""));
        robot.clickOn(bands).write("80; 70; 50");
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-apply-bands").query());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<RankingRow> table = robot.from(view.getRoot()).lookup("#ranking-table").queryTableView();
        assertThat(table.getItems()).extracting(RankingRow::band)
                .containsExactly("Tốt", "Khá", "Khá", "Trung bình");
        assertThat(table.getItems()).extracting(RankingRow::rank).containsExactly("1", "2", "2", "4");
        assertThat(robot.from(view.getRoot()).lookup("#ranking-bands-error").queryLabeled().getText()).isEmpty();

        robot.interact(() -> bands.setText("70; 80; 50"));
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-apply-bands").query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(view.getRoot()).lookup("#ranking-bands-error").queryLabeled().getText()).isNotBlank();
        assertThat(table.getItems().get(0).band()).isEqualTo("Tốt");
    }

    @Test
    void exportWritesTheSheetWithTheRanksAndTheTie(FxRobot robot) throws Exception {
        rankFolder(robot);
        Path out = folder.resolve("xep-hang.xlsx");
        dialogs.files.add(out);
        dialogs.afterExport = vn.cchc.workbook.ui.common.DialogService.ExportFollowUp.OPEN_FOLDER;
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-export").query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !opened.isEmpty());

        assertThat(dialogs.suggestedNames).containsExactly("Bảng xếp hạng Chỉ số CCHC năm 2023.xlsx");
        assertThat(opened).containsExactly(out.toAbsolutePath().getParent());
        List<List<String>> sheet = read(out);
        List<String> rowC = sheet.stream().filter(r -> r.contains("Xã C")).findFirst().orElseThrow();
        List<String> rowA = sheet.stream().filter(r -> r.contains("Xã A")).findFirst().orElseThrow();
        List<String> rowB = sheet.stream().filter(r -> r.contains("Xã B")).findFirst().orElseThrow();
        assertThat(rowC).contains("80.0", "1", "Khá");
        assertThat(rowA).contains("79.0", "2", "Đồng hạng");
        assertThat(rowB).contains("79.0", "2", "Đồng hạng");
        assertThat(sheet.stream().flatMap(List::stream)).noneMatch(text -> text.contains("xa-hong"));
        assertThat(sheet.stream().flatMap(List::stream)).anyMatch(text -> text.contains("UBND HUYỆN VĨNH LINH")
                || text.contains("UBND huyện Vĩnh Linh"));
    }

    /** Nothing ranked: the summary says so and where to look, not "Xếp loại: . Bộ tiêu chí chung: ." */
    @Test
    void aFolderWithNothingRankableSaysSoAndCannotBeExported(FxRobot robot) throws Exception {
        Path received = Files.createDirectory(folder.resolve("chi-co-tep-hong"));
        Files.write(received.resolve("xa-hong.cchc"), new byte[] {'P', 'K', 3, 4, 0, 1, 2});
        Files.writeString(received.resolve("thu-moi.cchc"), "Kính gửi các phòng ban");
        dialogs.folders.add(received);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RejectedRow> bad = robot.from(view.getRoot()).lookup("#ranking-rejected").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> bad.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Labeled summary = robot.from(view.getRoot()).lookup("#ranking-summary").queryLabeled();
        assertThat(summary.getText()).isEqualTo("Không xếp hạng được đơn vị nào: 2 mục không xếp hạng được, lý do ở "
                + "bảng “Tệp không xếp hạng được”.");
        assertThat(robot.from(view.getRoot()).lookup("#ranking-export").queryButton().isDisabled()).isTrue();
        assertThat(robot.from(view.getRoot()).lookup("#ranking-table").queryTableView().getItems()).isEmpty();
    }

    /** A lĩnh vực nothing of which is appraised shows a dash, as the sheet prints it, not 0,00. */
    @Test
    void aFieldNotYetAppraisedShowsADash(FxRobot robot) throws Exception {
        Path communes = Files.createDirectory(folder.resolve("dang-tham-dinh"));
        CchcFile.write(SmallCommune.standard("Xã A"), communes.resolve("xa-a.cchc"));
        CchcFile.write(SmallCommune.scored(SmallCommune.start("Xã E", vn.cchc.workbook.domain.assessment.Period
                .FULL_YEAR, 2023, SmallCommune.standardSet()), "1.1", "4"), communes.resolve("xa-e.cchc"));
        dialogs.folders.add(communes);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RankingRow> table = robot.from(view.getRoot()).lookup("#ranking-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        RankingRow halfDone = table.getItems().stream().filter(r -> r.unit().equals("Xã E")).findFirst().orElseThrow();
        assertThat(halfDone.fieldPoints()).containsExactly("4,00", "-");
        assertThat(halfDone.note()).contains("Còn 3 tiêu chí chưa chấm thẩm định");
    }

    @Test
    void thePublishedResultRanksByDefaultAndTheComputedOneWhenChosenByKeyboard(FxRobot robot) throws Exception {
        Path communes = Files.createDirectory(folder.resolve("cong-bo"));
        CchcFile.write(SmallCommune.standard("Xã A").withPublished(new vn.cchc.workbook.domain.assessment
                .PublishedResult(new java.math.BigDecimal("90"), new java.math.BigDecimal("90"), "")),
                communes.resolve("xa-a.cchc"));
        CchcFile.write(SmallCommune.scored(SmallCommune.standard("Xã C"), "1.1", "4"), communes.resolve("xa-c.cchc"));
        dialogs.folders.add(communes);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RankingRow> table = robot.from(view.getRoot()).lookup("#ranking-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(RankingRow::unit).containsExactly("Xã A", "Xã C");
        assertThat(table.getItems()).extracting(RankingRow::index).containsExactly("90,00", "80,00");
        assertThat(table.getItems().get(1).note()).contains("Kết quả tính (chưa ghi kết quả công bố)");
        assertThat(robot.from(view.getRoot()).lookup("#ranking-basis-text").queryLabeled().getText())
                .contains("theo kết quả công bố (1 đơn vị); 1 đơn vị chưa ghi");
        assertThat(robot.from(view.getRoot()).lookup("#ranking-warning").queryLabeled().isVisible()).isFalse();

        javafx.scene.control.ComboBox<?> basis = robot.from(view.getRoot()).lookup("#ranking-basis")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(basis);
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Xã C".equals(table.getItems().get(0).unit()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(RankingRow::index).containsExactly("80,00", "79,00");
        assertThat(table.getItems()).extracting(RankingRow::note).noneMatch(n -> n.contains("Kết quả tính"));
        assertThat(robot.from(view.getRoot()).lookup("#ranking-basis-text").queryLabeled().getText())
                .contains("không dùng kết quả công bố");
    }

    @Test
    void unitsOfDifferentPeriodsAreRankedWithAWarningInTheWindow(FxRobot robot) throws Exception {
        Path communes = Files.createDirectory(folder.resolve("hai-ky"));
        CchcFile.write(SmallCommune.standard("Xã A"), communes.resolve("xa-a.cchc"));
        Assessment half = SmallCommune.standard("Xã B");
        CchcFile.write(half.withDescription(half.unit(), vn.cchc.workbook.domain.assessment.Period.FIRST_HALF, 2024),
                communes.resolve("xa-b.cchc"));
        dialogs.folders.add(communes);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-add-folder").query());
        TableView<RankingRow> table = robot.from(view.getRoot()).lookup("#ranking-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Labeled warning = robot.from(view.getRoot()).lookup("#ranking-warning").queryLabeled();
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("các kỳ đánh giá khác nhau").contains("6 tháng đầu năm 2024 (1 đơn vị)");
        // Whole, on as many lines as it takes: it was cut to one line ending in "…" (seen at 1366 pixels; here
        // narrower, as the headless font is narrower than the desktop's).
        javafx.stage.Window window = view.getRoot().getScene().getWindow();
        double before = window.getWidth();
        robot.interact(() -> window.setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            for (String id : new String[] {"#ranking-warning", "#ranking-summary", "#ranking-basis-text"}) {
                javafx.scene.control.Labeled label = robot.from(view.getRoot()).lookup(id).queryLabeled();
                javafx.scene.text.Text shown = (javafx.scene.text.Text) label.lookup(".text");
                assertThat(shown.getText()).as(id).isEqualTo(label.getText());
            }
        } finally {
            // The primary stage is shared with the next test classes, which set a scene but not a size.
            robot.interact(() -> window.setWidth(before));
        }
    }

    private void typeInto(FxRobot robot, String id, String text) {
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#" + id).query()).write(text);
    }

    @Test
    void theSheetIsDatedSignedAndReferencedAsTypedInTheWindow(FxRobot robot) throws Exception {
        rankFolder(robot);
        javafx.scene.control.TitledPane pane = robot.from(view.getRoot()).lookup("#ranking-sheet-options")
                .queryAs(javafx.scene.control.TitledPane.class);
        robot.clickOn(pane.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.from(view.getRoot()).lookup("#ranking-sheet-authority").queryAs(TextField.class).getText())
                .isEqualTo("UBND huyện Vĩnh Linh");
        typeInto(robot, "ranking-sheet-issuer", "Phòng Nội vụ");
        typeInto(robot, "ranking-sheet-place", "Vĩnh Linh");
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-sheet-date").query())
                .push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("15/03/2024");
        typeInto(robot, "ranking-sheet-ref-kind", "Báo cáo");
        typeInto(robot, "ranking-sheet-ref-number", "15/BC-NV");
        typeInto(robot, "ranking-sheet-signer-line", "KT. TRƯỞNG PHÒNG");
        typeInto(robot, "ranking-sheet-signer-title", "Phó Trưởng phòng");
        typeInto(robot, "ranking-sheet-signer-name", "Trần Thị Cúc");
        typeInto(robot, "ranking-sheet-recipients", "UBND huyện (b/c);");
        robot.type(javafx.scene.input.KeyCode.ENTER).write("Lưu: VT, NV.");
        Path out = folder.resolve("xep-hang-ky.xlsx");
        dialogs.files.add(out);
        dialogs.afterExport = vn.cchc.workbook.ui.common.DialogService.ExportFollowUp.CLOSE;
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-export").query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(out));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        String all = String.join("|", read(out).stream().flatMap(List::stream).toList());
        assertThat(all).contains("UBND HUYỆN VĨNH LINH").contains("PHÒNG NỘI VỤ")
                .contains("Vĩnh Linh, ngày 15 tháng 3 năm 2024").contains("(Kèm theo Báo cáo số 15/BC-NV)")
                .contains("|KT. TRƯỞNG PHÒNG|").contains("|PHÓ TRƯỞNG PHÒNG|").contains("|Trần Thị Cúc|")
                .contains("|Nơi nhận:|").contains("|- UBND huyện (b/c);|").contains("|- Lưu: VT, NV.|")
                .contains("Tổng điểm và chỉ số theo kết quả tính");
    }

    @Test
    void aReferenceKindAloneIsRefusedInTheWindowAndNothingIsWritten(FxRobot robot) throws Exception {
        rankFolder(robot);
        robot.interact(() -> view.getRoot().lookupAll("#ranking-sheet-options")
                .forEach(n -> ((javafx.scene.control.TitledPane) n).setExpanded(true)));
        typeInto(robot, "ranking-sheet-ref-kind", "Báo cáo");
        Path out = folder.resolve("khong.xlsx");
        dialogs.files.add(out);
        robot.clickOn((javafx.scene.Node) robot.from(view.getRoot()).lookup("#ranking-export").query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.from(view.getRoot()).lookup("#ranking-sheet-message").queryLabeled().getText())
                .contains("“Kèm theo Báo cáo” cần có số, ngày hoặc cơ quan ban hành");
        assertThat(dialogs.files).containsExactly(out);
        assertThat(out).doesNotExist();
    }

    /** Every row as text: numbers as Java prints doubles ("80.0"), strings as they are. */
    private static List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                            : cell.getCellType() == CellType.FORMULA ? String.valueOf(cell.getNumericCellValue())
                            : cell.toString());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}

package vn.cchc.workbook.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
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
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.ui.analysis.ScriptedDialogs;

/** "Soạn văn bản…" driven in the real window: edit, reorder, drop, follow the scores, write the Word file. */
@ExtendWith(ApplicationExtension.class)
class DocumentsWindowTest {

    static {
        System.setProperty("headless.geometry", "1920x1200-32");
    }

    @TempDir
    static Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path data;
    private WorkbookStore store;
    private EditSession session;
    private DocumentsViewModel model;
    private DocumentsView view;

    @Start
    void start(Stage stage) {
        Assessment sample = BundledData.sampleAssessment();
        data = folder.resolve("store-" + System.nanoTime());
        store = H2WorkbookStore.open(data);
        store.createAssessment(sample);
        session = new EditSession(store, sample);
        model = new DocumentsViewModel(session);
        view = new DocumentsView(model, dialogs, () -> folder, file -> { });
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(view.getRoot(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        model.dispose();
        store.close();
    }

    private void selectSection(FxRobot robot, String id) {
        ListView<DocumentsViewModel.SectionItem> list = robot.lookup("#docSections").queryListView();
        DocumentsViewModel.SectionItem item = list.getItems().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow();
        robot.interact(() -> list.scrollTo(item));
        robot.clickOn(robot.from(list).lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && item.equals(cell.getItem())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TextArea paragraph(FxRobot robot, int index) {
        return robot.lookup("#docParagraph-" + index).queryAs(TextArea.class);
    }

    private static String keptText(Assessment assessment, String id) {
        var edit = assessment.documents().of(DocumentKind.LETTER).paragraphs().get(id);
        return edit == null ? null : edit.text();
    }

    @Test
    void nothingInTheFormIsCutAt1280Pixels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // The prompts ran past their fields: "ví dụ 103/UBND (để trống để ghi t", "ví dụ Hội đồng thẩm định chỉ số C".
        assertThat(vn.cchc.workbook.ui.look.Truncation.find(view.getRoot())).isEmpty();
    }

    @Test
    void aTooLongFieldIsNamedByItsLabel(FxRobot robot) {
        javafx.scene.control.TextField number = robot.lookup("#docNumber").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField signer = robot.lookup("#docSignerName").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            number.setText("1".repeat(2001));
            number.requestFocus();
        });
        // It was named by its prompt: "ví dụ 103/UBND (để trống để ghi tay): dài quá …".
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#docFieldMessage").queryLabeled().getText())
                .isEqualTo("Số, ký hiệu: dài quá 2000 ký tự (đang có 2001 ký tự).");
        robot.interact(() -> {
            number.setText("");
            signer.setText("A".repeat(2001));
            signer.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#docFieldMessage").queryLabeled().getText())
                .isEqualTo("Người ký: dài quá 2000 ký tự (đang có 2001 ký tự).");
        robot.interact(() -> signer.setText(""));
    }

    @Test
    void anEditedParagraphIsKeptWithTheWorkbookWhenItsBoxLosesTheFocus(FxRobot robot) {
        selectSection(robot, "yeu-cau");
        TextArea text = paragraph(robot, 0);
        robot.clickOn(text);
        robot.interact(() -> text.setText("Đề nghị các đồng chí thực hiện nghiêm các nội dung sau:"));
        robot.clickOn("#docNumber");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(keptText(session.assessment(), "yeu-cau/1"))
                .isEqualTo("Đề nghị các đồng chí thực hiện nghiêm các nội dung sau:");
        session.requireWritten();
        assertThat(keptText(store.loadAssessment(session.assessment().id()).orElseThrow(), "yeu-cau/1"))
                .isEqualTo("Đề nghị các đồng chí thực hiện nghiêm các nội dung sau:");
        assertThat(robot.lookup("#docRevert-0").tryQuery()).isPresent();
    }

    @Test
    void sectionsMoveWithinTheTextAndADroppedOneCanBePutBack(FxRobot robot) {
        selectSection(robot, "dv-cong-an");
        robot.clickOn("#docUp");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sections()).extracting(DocumentsViewModel.SectionItem::id)
                .containsSubsequence("dv-cong-an", "dv-bp-tn-tkq");

        selectSection(robot, "dv-vh-xh");
        robot.clickOn("#docDrop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sections()).extracting(DocumentsViewModel.SectionItem::id).doesNotContain("dv-vh-xh");
        assertThat(model.droppedSections()).extracting(DocumentsViewModel.SectionItem::id).containsExactly("dv-vh-xh");
        session.requireWritten();
        assertThat(store.loadAssessment(session.assessment().id()).orElseThrow().documents()
                .of(DocumentKind.LETTER).dropped()).containsExactly("dv-vh-xh");

        robot.interact(() -> robot.lookup("#docDropped").queryComboBox().getSelectionModel().select(0));
        robot.clickOn("#docRestore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sections()).extracting(DocumentsViewModel.SectionItem::id).contains("dv-vh-xh");
    }

    @Test
    void theFiguresFollowTheScoresAndAnEditedParagraphIsFlaggedWhenTheyChange(FxRobot robot) {
        selectSection(robot, "ket-qua");
        TextArea result = paragraph(robot, 0);
        assertThat(result.getText()).contains("10,77");
        robot.clickOn(result);
        robot.interact(() -> result.setText(result.getText() + " Kết quả đáng ghi nhận."));
        robot.clickOn("#docNumber");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> session.apply(session.assessment().entry("1.5.1")
                .withFirstAppraisal(new RuleInput.ViolationCount(0))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(paragraph(robot, 0).getText()).contains("10,77", "Kết quả đáng ghi nhận.");
        assertThat(robot.lookup("#docOutdated").queryAs(Label.class).getText())
                .isEqualTo("Có 1 đoạn đã sửa tay cần xem lại số liệu.");
        robot.clickOn("#docRevert-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(paragraph(robot, 0).getText()).contains("9,77").doesNotContain("Kết quả đáng ghi nhận.");
        assertThat(robot.lookup("#docOutdated").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void writingTheLetterPrintsTheEditsInAWordFile(FxRobot robot) throws Exception {
        selectSection(robot, "yeu-cau");
        TextArea text = paragraph(robot, 0);
        robot.clickOn(text);
        robot.interact(() -> text.setText("Yêu cầu thực hiện ngay."));
        robot.clickOn("#docNumber");
        robot.write("103/UBND");
        Path file = folder.resolve("CongVan-" + System.nanoTime() + ".docx");
        dialogs.files.add(file);

        robot.clickOn("#docWrite");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.suggestedNames).containsExactly("CongVan_CCHC_XaHienThanh_6T2023.docx");
        try (InputStream in = Files.newInputStream(file); XWPFDocument word = new XWPFDocument(in)) {
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText).contains("Yêu cầu thực hiện ngay.");
            assertThat(word.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số: 103/UBND");
        }
    }

    @Test
    void aTooLongNumberIsNamedAndNothingIsWritten(FxRobot robot) {
        robot.interact(() -> model.numberProperty().set("9".repeat(501)));
        Path file = folder.resolve("never.docx");
        dialogs.files.add(file);

        robot.clickOn("#docWrite");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#docMessage").queryAs(Label.class).getText())
                .isEqualTo("Số, ký hiệu dài 501 ký tự, vượt quá 500 ký tự cho phép.");
        assertThat(dialogs.suggestedNames).isEmpty();
        assertThat(file).doesNotExist();
        dialogs.files.clear();
    }

    @Test
    void aHalfTypedDateIsKeptMarkedAndWritingWaitsForIt(FxRobot robot) {
        javafx.scene.control.TextField date = robot.lookup("#docDate").queryAs(javafx.scene.control.TextField.class);
        Node write = robot.lookup("#docWrite").query();
        robot.clickOn(date).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("15/01/20")
                .push(javafx.scene.input.KeyCode.TAB);
        waitFor(() -> vn.cchc.workbook.ui.common.ValidationMarks.isMarkedWrong(date));
        assertThat(date.getText()).isEqualTo("15/01/20");
        assertThat(write.isDisabled()).isTrue();
        assertThat(vn.cchc.workbook.ui.common.ValidationMarks.markOn(date))
                .hasValueSatisfying(tip -> assertThat(tip).contains("“15/01/20”"));

        robot.clickOn(date).push(javafx.scene.input.KeyCode.END).write("24");
        waitFor(() -> !write.isDisabled());
        assertThat(date.getScene().getFocusOwner()).isSameAs(date);
        assertThat(model.dateProperty().get()).isEqualTo(java.time.LocalDate.of(2024, 1, 15));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}

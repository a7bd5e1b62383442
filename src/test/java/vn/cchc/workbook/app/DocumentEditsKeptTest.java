package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.documents.DocumentRequest;
import vn.cchc.workbook.domain.documents.DraftDocument;
import vn.cchc.workbook.domain.documents.Drafts;
import vn.cchc.workbook.domain.documents.Paragraph;
import vn.cchc.workbook.domain.documents.Section;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.InterchangeException;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;

/** Edited paragraphs, section order and dropped sections survive saving, reopening the store and a .cchc trip. */
class DocumentEditsKeptTest {

    private static final String EDITED = "Đề nghị các đồng chí nghiêm túc thực hiện các nội dung dưới đây:";

    @TempDir
    Path folder;

    /** The letter's request paragraph rewritten, the Công an section moved first and the one-stop shop dropped. */
    private static DocumentEdits edits(Assessment sample) {
        Paragraph request = Drafts.draft(DocumentKind.LETTER, sample, DocumentRequest.defaults())
                .section("yeu-cau").orElseThrow().paragraphs().get(0);
        DocumentEdit letter = DocumentEdit.NONE.withParagraph(request.id(), EDITED, request.drafted())
                .withOrder(List.of("kinh-gui", "ket-qua", "yeu-cau", "dv-cong-an", "dv-cbcc"))
                .withDropped("dv-bp-tn-tkq", true);
        DocumentEdit plan = DocumentEdit.NONE.withParagraph("to-chuc/1", "Giao Văn phòng theo dõi.", "Cũ");
        return DocumentEdits.NONE.with(DocumentKind.LETTER, letter).with(DocumentKind.PLAN, plan);
    }

    private static void assertEditedLetter(Assessment assessment) {
        DraftDocument letter = Drafts.draft(DocumentKind.LETTER, assessment, DocumentRequest.defaults());
        assertThat(letter.section("yeu-cau").orElseThrow().paragraphs().get(0).text()).isEqualTo(EDITED);
        assertThat(letter.sections(Section.Placement.BODY)).extracting(Section::id)
                .containsSubsequence("ket-qua", "yeu-cau", "dv-cong-an", "dv-cbcc", "dv-vp-tk")
                .doesNotContain("dv-bp-tn-tkq");
    }

    @Test
    void editsAreKeptInTheStoreAcrossReopening() {
        Assessment sample = BundledData.sampleAssessment();
        Path data = folder.resolve("data");
        try (WorkbookStore store = H2WorkbookStore.open(data)) {
            store.createAssessment(sample);
            EditSession session = new EditSession(store, store.loadAssessment(sample.id()).orElseThrow());
            session.setDocuments(edits(sample));
            session.requireWritten();
            assertThat(store.hasUnsavedChanges(sample.id())).isTrue();
        }
        try (WorkbookStore store = H2WorkbookStore.open(data)) {
            Assessment reopened = store.loadAssessment(sample.id()).orElseThrow();
            assertThat(reopened.documents()).isEqualTo(edits(sample));
            assertEditedLetter(reopened);
        }
    }

    @Test
    void editsTravelInTheCchcFileAndComeBackIntoAnotherStore() {
        Assessment sample = BundledData.sampleAssessment();
        Path file = folder.resolve("Sổ chấm điểm.cchc");
        try (WorkbookStore store = H2WorkbookStore.open(folder.resolve("here"))) {
            store.createAssessment(sample);
            EditSession session = new EditSession(store, sample);
            session.setDocuments(edits(sample));
            session.requireWritten();
            new WorkbookFiles(store).save(sample.id(), file);
        }
        try (WorkbookStore elsewhere = H2WorkbookStore.open(folder.resolve("there"))) {
            String id = new WorkbookFiles(elsewhere).open(file, OnConflict.ASK);
            Assessment opened = elsewhere.loadAssessment(id).orElseThrow();
            assertThat(opened.documents()).isEqualTo(edits(sample));
            assertEditedLetter(opened);
        }
        assertThat(CchcFile.read(file).documents()).isEqualTo(edits(sample));
    }

    @Test
    void theJsonOfEditsIsWrittenAgainByteForByte() {
        Assessment edited = BundledData.sampleAssessment();
        edited = edited.withDocuments(edits(edited));
        byte[] json = AssessmentJson.toBytes(edited);

        Assessment read = AssessmentJson.check(json).valueOrThrow();

        assertThat(read.documents()).isEqualTo(edited.documents());
        assertThat(AssessmentJson.toBytes(read)).isEqualTo(json);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"documents\": [", "\"kind\": \"cong-van\"");
    }

    @Test
    void aFileWithBadDocumentEditsIsRefusedNamingWhere() {
        Assessment edited = BundledData.sampleAssessment();
        String json = new String(AssessmentJson.toBytes(edited.withDocuments(edits(edited))), StandardCharsets.UTF_8)
                .replace("\"kind\": \"ke-hoach\"", "\"kind\": \"thu-moi\"");

        assertThatThrownBy(() -> AssessmentJson.check(json.getBytes(StandardCharsets.UTF_8)).valueOrThrow())
                .isInstanceOf(InterchangeException.class).hasMessageContaining("$.documents[1].kind");
    }
}

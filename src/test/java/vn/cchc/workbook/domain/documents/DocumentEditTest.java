package vn.cchc.workbook.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.assessment.ParagraphEdit;
import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.BundledData;

/** The user's edits: kept on top of the draft, flagged when the figures move, reorder and drop within placements. */
class DocumentEditTest {

    private static final DocumentRequest REQUEST = LetterDraftTest.REQUEST;

    private static Assessment edited(Assessment assessment, DocumentEdit edit) {
        return assessment.withDocuments(assessment.documents().with(DocumentKind.LETTER, edit));
    }

    @Test
    void anEditedParagraphIsPrintedAsTypedAndAnUneditedOneFollowsTheFigures() {
        Assessment sample = BundledData.sampleAssessment();
        Paragraph drafted = Drafts.draft(DocumentKind.LETTER, sample, REQUEST).section("yeu-cau").orElseThrow()
                .paragraphs().get(0);
        Assessment assessment = edited(sample, DocumentEdit.NONE.withParagraph(drafted.id(),
                "Đề nghị các đồng chí thực hiện nghiêm các nội dung sau:", drafted.drafted()));

        DraftDocument letter = Drafts.draft(DocumentKind.LETTER, assessment, REQUEST);

        Paragraph request = letter.section("yeu-cau").orElseThrow().paragraphs().get(0);
        assertThat(request.text()).isEqualTo("Đề nghị các đồng chí thực hiện nghiêm các nội dung sau:");
        assertThat(request.edited()).isTrue();
        assertThat(request.outdated()).isFalse();
        assertThat(letter.section("ket-qua").orElseThrow().paragraphs().get(0).edited()).isFalse();
    }

    @Test
    void anEditedParagraphWhoseFiguresChangedIsFlaggedNotReplaced() {
        Assessment sample = BundledData.sampleAssessment();
        Paragraph result = Drafts.draft(DocumentKind.LETTER, sample, REQUEST).section("ket-qua").orElseThrow()
                .paragraphs().get(0);
        Assessment assessment = edited(sample, DocumentEdit.NONE.withParagraph(result.id(),
                result.text() + " Đây là kết quả đáng ghi nhận.", result.drafted()));
        assertThat(Drafts.draft(DocumentKind.LETTER, assessment, REQUEST).outdatedParagraphs()).isEmpty();

        Assessment rescored = assessment.withEntry(assessment.entry("1.5.1")
                .withFirstAppraisal(new RuleInput.ViolationCount(0)));
        DraftDocument letter = Drafts.draft(DocumentKind.LETTER, rescored, REQUEST);

        Paragraph kept = letter.section("ket-qua").orElseThrow().paragraphs().get(0);
        assertThat(kept.text()).endsWith("Đây là kết quả đáng ghi nhận.").contains("10,77");
        assertThat(kept.outdated()).isTrue();
        assertThat(kept.drafted()).contains("9,77").doesNotContain("10,77");
        assertThat(letter.outdatedParagraphs()).containsExactly(kept);
    }

    @Test
    void writingBackTheDraftedTextRemovesTheEdit() {
        DocumentEdit edit = DocumentEdit.NONE.withParagraph("ket-qua/1", "Khác", "Gốc");

        assertThat(edit.withParagraph("ket-qua/1", " Gốc ", "Gốc").isEmpty()).isTrue();
    }

    @Test
    void sectionsAreReorderedWithinTheirPlacementAndDroppedOnesSetAside() {
        Assessment sample = BundledData.sampleAssessment();
        DocumentEdit edit = DocumentEdit.NONE
                .withOrder(List.of("noi-nhan", "dv-cong-an", "ket-qua", "dv-cbcc"))
                .withDropped("dv-bp-tn-tkq", true);

        DraftDocument letter = Drafts.draft(DocumentKind.LETTER, edited(sample, edit), REQUEST);

        List<String> body = letter.sections(Section.Placement.BODY).stream().map(Section::id).toList();
        assertThat(body).containsSubsequence("dv-cong-an", "ket-qua", "yeu-cau", "dv-cbcc", "dv-vp-tk");
        assertThat(body).doesNotContain("dv-bp-tn-tkq");
        assertThat(letter.dropped()).extracting(Section::id).containsExactly("dv-bp-tn-tkq");
        assertThat(letter.sections().get(0).id()).isEqualTo("kinh-gui");
        assertThat(letter.sections(Section.Placement.RECIPIENTS)).extracting(Section::id).containsExactly("noi-nhan");
        assertThat(letter.section("dv-cong-an").orElseThrow().paragraphs().get(0).text())
                .isEqualTo("1. Đối với Công an xã:");
        assertThat(letter.section("dv-cbcc").orElseThrow().paragraphs().get(0).text())
                .isEqualTo("2. Đối với Cán bộ, công chức xã:");
    }

    @Test
    void aSectionDraftedLaterKeepsItsDraftedPlace() {
        Assessment sample = BundledData.sampleAssessment();
        // Saved before Công chức Tài chính - Kế toán lost anything.
        DocumentEdit edit = DocumentEdit.NONE.withOrder(List.of("kinh-gui", "ket-qua", "yeu-cau", "dv-cbcc",
                "dv-vp-tk", "dv-tp-ht", "dv-vh-xh", "dv-bp-tn-tkq", "dv-cong-an", "thoi-han", "ket-luan", "noi-nhan"));
        Assessment rescored = sample.withEntry(sample.entry("6.5").withFirstAppraisal(new RuleInput.LevelChoice(1)));

        List<String> body = Drafts.draft(DocumentKind.LETTER, edited(rescored, edit), REQUEST)
                .sections(Section.Placement.BODY).stream().map(Section::id).toList();

        assertThat(body).containsSubsequence("dv-vh-xh", "dv-tc-kt", "dv-bp-tn-tkq");
    }

    @Test
    void oversizedEditsAreRefusedWithAMessage() {
        String huge = "x".repeat(ParagraphEdit.MAX_TEXT + 1);

        assertThatThrownBy(() -> DocumentEdit.NONE.withParagraph("ket-qua/1", huge, "a"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Đoạn văn bản dài 20001 ký tự, vượt quá 20000 ký tự cho phép.");
        assertThatThrownBy(() -> DocumentEdit.NONE.withDropped(" ", true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Mã đoạn văn bản không hợp lệ");
    }
}

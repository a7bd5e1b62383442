package vn.cchc.workbook.domain.documents;

import java.util.Objects;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Drafts the documents of a workbook: the figures come from the score engine, the wording from the Vietnamese
 * bundle, the user's saved edits ({@link Assessment#documents()}) are applied on top. Pure Java: the Word writer
 * prints the result, the document window edits it, and tests read it without Word.
 */
public final class Drafts {

    private Drafts() {
    }

    /** {@code kind} drafted from {@code assessment} with the user's saved edits applied. */
    public static DraftDocument draft(DocumentKind kind, Assessment assessment, DocumentRequest request) {
        return applyEdits(drafted(kind, assessment, request), assessment.documents().of(kind));
    }

    /** {@code kind} as the program drafts it, without the user's edits. */
    public static DraftDocument drafted(DocumentKind kind, Assessment assessment, DocumentRequest request) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assessment, "assessment");
        DraftContext context = new DraftContext(assessment, request == null ? DocumentRequest.defaults() : request);
        return switch (kind) {
            case LETTER -> new LetterDrafter(context).draft();
            case REPORT -> new ReportDrafter(context).draft();
            case PLAN -> new PlanDrafter(context).draft();
        };
    }

    /** {@code document} with {@code edit} applied (paragraph texts, section order, dropped sections). */
    public static DraftDocument applyEdits(DraftDocument document, DocumentEdit edit) {
        if (edit.isEmpty()) {
            return document;
        }
        DocumentEdit.Applied applied = edit.applyTo(document.sections());
        return new DraftDocument(document.kind(), document.letterhead(), applied.kept(), document.signer(),
                applied.dropped());
    }
}

package vn.cchc.workbook.domain.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Drafts the documents of a workbook: the figures come from the score engine, the wording from the Vietnamese
 * bundle, the user's saved edits ({@link Assessment#documents()}) are applied on top. Pure Java: the Word writer
 * prints the result, the document window edits it, and tests read it without Word.
 */
public final class Drafts {

    private Drafts() {
    }

    /**
     * {@code kind} drafted from {@code assessment} with the user's saved edits applied. The numbered department
     * sections are numbered in the order the user put them, before the edits are compared with the draft (so a
     * heading edited by hand whose number changed is flagged like any other outdated paragraph).
     */
    public static DraftDocument draft(DocumentKind kind, Assessment assessment, DocumentRequest request) {
        DocumentEdit edit = assessment.documents().of(kind);
        return applyEdits(numbered(drafted(kind, assessment, request), edit), edit);
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

    /** Department sections whose heading carries their number ("2. Đối với …", "3.2. Công an xã"). */
    private static final Pattern LETTER_NUMBER = Pattern.compile("^\\d+\\.");
    private static final Pattern PLAN_NUMBER = Pattern.compile("^3\\.\\d+\\.");

    /** The department sections' heading numbers in the order the sections will be printed. */
    static DraftDocument numbered(DraftDocument document, DocumentEdit edit) {
        String prefix = switch (document.kind()) {
            case LETTER -> "dv-";
            case PLAN -> "nv-";
            case REPORT -> null;
        };
        if (prefix == null || edit.isEmpty()) {
            return document;
        }
        Pattern number = document.kind() == DocumentKind.LETTER ? LETTER_NUMBER : PLAN_NUMBER;
        Map<String, Integer> positions = new HashMap<>();
        for (Section section : EditedSections.apply(edit, document.sections()).kept()) {
            if (section.id().startsWith(prefix)) {
                positions.put(section.id(), positions.size() + 1);
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Section section : document.sections()) {
            Integer position = positions.get(section.id());
            if (position == null) {
                sections.add(section);
                continue;
            }
            String shown = document.kind() == DocumentKind.LETTER ? position + "." : "3." + position + ".";
            List<Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p && p.id().endsWith("/tieu-de")
                        && number.matcher(p.drafted()).find()) {
                    blocks.add(Paragraph.drafted(p.id(), p.role(), number.matcher(p.drafted()).replaceFirst(shown)));
                } else {
                    blocks.add(block);
                }
            }
            sections.add(new Section(section.id(), section.title(), section.placement(), blocks));
        }
        return new DraftDocument(document.kind(), document.letterhead(), sections, document.signer(),
                document.dropped());
    }

    /** {@code document} with {@code edit} applied (paragraph texts, section order, dropped sections). */
    public static DraftDocument applyEdits(DraftDocument document, DocumentEdit edit) {
        if (edit.isEmpty()) {
            return document;
        }
        EditedSections.Applied applied = EditedSections.apply(edit, document.sections());
        return new DraftDocument(document.kind(), document.letterhead(), applied.kept(), document.signer(),
                applied.dropped());
    }
}

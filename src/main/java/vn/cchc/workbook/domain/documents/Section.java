package vn.cchc.workbook.domain.documents;

import java.util.List;
import java.util.Objects;

/**
 * A part of a drafted document that the user can reorder or drop as a whole (the result paragraph, one
 * department's remedies, the appendix).
 *
 * @param id        stable id ("ket-qua", "dv-vp-tk", "phu-luc"), used by saved edits
 * @param title     what the document window lists it as
 * @param placement where it is printed; sections are reordered within their placement only
 * @param blocks    paragraphs and tables in order
 */
public record Section(String id, String title, Placement placement, List<Block> blocks) {

    /** Where a section is printed. */
    public enum Placement {
        /** "Kính gửi:" under the header. */
        ADDRESSEES,
        /** The text, between the header and the signature. */
        BODY,
        /** "Nơi nhận:" beside the signature. */
        RECIPIENTS,
        /** After the signature, on landscape pages (the phụ lục and the score table). */
        ANNEX
    }

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(placement, "placement");
        blocks = List.copyOf(blocks);
    }

    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** Whether any paragraph of it was edited by hand and its drafted text has changed since. */
    public boolean hasOutdatedEdits() {
        return paragraphs().stream().anyMatch(Paragraph::outdated);
    }
}

package vn.cchc.workbook.domain.documents;

import vn.cchc.workbook.domain.assessment.DocumentKind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document drafted from a workbook, with the user's saved edits applied: what the Word writer prints and what the
 * document window shows. Pure data; see {@link Drafts} for how it is made.
 *
 * @param kind       which document
 * @param letterhead the header block and title
 * @param sections   every section in printed order within its placement (dropped sections are not here)
 * @param signer     the signature block
 * @param dropped    the ids and titles of the sections the user dropped, so the window can offer them back
 */
public record DraftDocument(DocumentKind kind, Letterhead letterhead, List<Section> sections, Signer signer,
                            List<Section> dropped) {

    public DraftDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(letterhead, "letterhead");
        sections = List.copyOf(sections);
        signer = signer == null ? Signer.NONE : signer;
        dropped = List.copyOf(dropped);
    }

    /** The sections printed at {@code placement}, in order. */
    public List<Section> sections(Section.Placement placement) {
        return sections.stream().filter(s -> s.placement() == placement).toList();
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every paragraph, in printed order. */
    public List<Paragraph> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    /** Paragraphs edited by hand whose drafted text changed since (their figures may be out of date). */
    public List<Paragraph> outdatedParagraphs() {
        return paragraphs().stream().filter(Paragraph::outdated).toList();
    }
}

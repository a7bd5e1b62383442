package vn.cchc.workbook.domain.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.assessment.ParagraphEdit;

/** The user's {@link DocumentEdit} laid over a freshly drafted document. */
final class EditedSections {

    private EditedSections() {
    }

    /**
     * Applies the edit to freshly drafted sections: rewritten paragraphs replace the drafted text (flagged outdated
     * when the draft has changed since), the order is the user's, dropped sections are set aside. Sections stay
     * within their placement.
     */
    static Applied apply(DocumentEdit edit, List<Section> drafted) {
        Map<String, Section> byId = new HashMap<>();
        drafted.forEach(s -> byId.putIfAbsent(s.id(), s));
        List<Section> ordered = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (String id : edit.order()) {
            Section section = byId.get(id);
            if (section != null && placed.add(id)) {
                ordered.add(section);
            }
        }
        for (int i = 0; i < drafted.size(); i++) {
            Section section = drafted.get(i);
            if (!placed.add(section.id())) {
                continue;
            }
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int index = ordered.indexOf(drafted.get(j));
                if (index >= 0) {
                    at = index + 1;
                    break;
                }
            }
            ordered.add(at, section);
        }
        ordered.sort(java.util.Comparator.comparing(Section::placement));
        List<Section> kept = new ArrayList<>();
        List<Section> left = new ArrayList<>();
        for (Section section : ordered) {
            Section edited = withParagraphEdits(edit, section);
            (edit.dropped().contains(section.id()) ? left : kept).add(edited);
        }
        return new Applied(kept, left);
    }

    private static Section withParagraphEdits(DocumentEdit edit, Section section) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph p && edit.paragraphs().containsKey(p.id())) {
                ParagraphEdit rewritten = edit.paragraphs().get(p.id());
                blocks.add(new Paragraph(p.id(), p.role(), rewritten.text(), p.drafted(), true,
                        !rewritten.drafted().strip().equals(p.drafted().strip())));
            } else {
                blocks.add(block);
            }
        }
        return new Section(section.id(), section.title(), section.placement(), blocks);
    }

    record Applied(List<Section> kept, List<Section> dropped) {
    }

}

package vn.cchc.workbook.domain.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.cchc.workbook.domain.InvalidInputException;

/**
 * The user's changes to one document, kept with the workbook for the next export: rewritten paragraphs, the order
 * of the sections and the sections dropped. Everything else is drafted again from the figures each time, so an
 * unedited paragraph always shows the current figures.
 *
 * @param order      section ids in the order the user put them (sections drafted later that are not named keep
 *                   their drafted place after their drafted predecessor)
 * @param dropped    ids of the sections left out
 * @param paragraphs rewritten paragraphs by paragraph id
 */
public record DocumentEdit(List<String> order, Set<String> dropped, Map<String, ParagraphEdit> paragraphs) {

    /** Most ids in {@link #order} or {@link #dropped}, and most rewritten paragraphs, in one document. */
    public static final int MAX_ITEMS = 5_000;
    /** Longest section or paragraph id. */
    public static final int MAX_ID = 200;

    public static final DocumentEdit NONE = new DocumentEdit(List.of(), Set.of(), Map.of());

    public DocumentEdit {
        order = List.copyOf(new LinkedHashSet<>(order));
        dropped = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(dropped));
        paragraphs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paragraphs));
        if (order.size() > MAX_ITEMS || dropped.size() > MAX_ITEMS || paragraphs.size() > MAX_ITEMS) {
            throw new InvalidInputException("documents.edit.tooMany", MAX_ITEMS);
        }
        for (String id : order) {
            checkId(id);
        }
        for (String id : dropped) {
            checkId(id);
        }
        for (Map.Entry<String, ParagraphEdit> e : paragraphs.entrySet()) {
            checkId(e.getKey());
            Objects.requireNonNull(e.getValue(), "paragraph edit");
        }
    }

    public boolean isEmpty() {
        return order.isEmpty() && dropped.isEmpty() && paragraphs.isEmpty();
    }

    /**
     * The edit with paragraph {@code id} set to {@code text}; writing back the drafted text (or an unchanged one)
     * removes the edit, so the paragraph follows the figures again.
     */
    public DocumentEdit withParagraph(String id, String text, String drafted) {
        Map<String, ParagraphEdit> copy = new LinkedHashMap<>(paragraphs);
        String typed = text == null ? "" : text.strip();
        if (typed.equals(drafted == null ? "" : drafted.strip())) {
            copy.remove(id);
        } else {
            copy.put(id, new ParagraphEdit(typed, drafted));
        }
        return new DocumentEdit(order, dropped, copy);
    }

    /** The edit without a rewrite of {@code id}: the paragraph is drafted from the figures again. */
    public DocumentEdit withoutParagraph(String id) {
        Map<String, ParagraphEdit> copy = new LinkedHashMap<>(paragraphs);
        copy.remove(id);
        return new DocumentEdit(order, dropped, copy);
    }

    public DocumentEdit withOrder(List<String> sectionIds) {
        return new DocumentEdit(sectionIds, dropped, paragraphs);
    }

    public DocumentEdit withDropped(String sectionId, boolean drop) {
        Set<String> copy = new LinkedHashSet<>(dropped);
        if (drop) {
            copy.add(sectionId);
        } else {
            copy.remove(sectionId);
        }
        return new DocumentEdit(order, copy, paragraphs);
    }

    /**
     * Applies the edit to freshly drafted sections: rewritten paragraphs replace the drafted text (flagged outdated
     * when the draft has changed since), the order is the user's, dropped sections are set aside. Sections stay
     * within their placement.
     */
    Applied applyTo(List<Section> drafted) {
        Map<String, Section> byId = new HashMap<>();
        drafted.forEach(s -> byId.putIfAbsent(s.id(), s));
        List<Section> ordered = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (String id : order) {
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
            Section edited = withParagraphEdits(section);
            (dropped.contains(section.id()) ? left : kept).add(edited);
        }
        return new Applied(kept, left);
    }

    private Section withParagraphEdits(Section section) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph p && paragraphs.containsKey(p.id())) {
                ParagraphEdit edit = paragraphs.get(p.id());
                blocks.add(new Paragraph(p.id(), p.role(), edit.text(), p.drafted(), true,
                        !edit.drafted().strip().equals(p.drafted().strip())));
            } else {
                blocks.add(block);
            }
        }
        return new Section(section.id(), section.title(), section.placement(), blocks);
    }

    record Applied(List<Section> kept, List<Section> dropped) {
    }

    private static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new InvalidInputException("documents.edit.badId", id == null ? "" : id, MAX_ID);
        }
    }
}

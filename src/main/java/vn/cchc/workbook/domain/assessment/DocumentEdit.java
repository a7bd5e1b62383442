package vn.cchc.workbook.domain.assessment;

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

    private static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new InvalidInputException("documents.edit.badId", id == null ? "" : id, MAX_ID);
        }
    }
}

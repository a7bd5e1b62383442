package vn.cchc.workbook.domain.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The user's edits to every document of a workbook, kept inside the assessment so that they are saved with it, go
 * into the .cchc file and come back on the next export. Immutable.
 */
public record DocumentEdits(Map<DocumentKind, DocumentEdit> documents) {

    public static final DocumentEdits NONE = new DocumentEdits(Map.of());

    public DocumentEdits {
        EnumMap<DocumentKind, DocumentEdit> copy = new EnumMap<>(DocumentKind.class);
        if (documents != null) {
            documents.forEach((kind, edit) -> {
                if (edit != null && !edit.isEmpty()) {
                    copy.put(kind, edit);
                }
            });
        }
        documents = Collections.unmodifiableMap(copy);
    }

    /** The edits of {@code kind}; {@link DocumentEdit#NONE} when it was never edited. */
    public DocumentEdit of(DocumentKind kind) {
        return documents.getOrDefault(kind, DocumentEdit.NONE);
    }

    public DocumentEdits with(DocumentKind kind, DocumentEdit edit) {
        EnumMap<DocumentKind, DocumentEdit> copy = new EnumMap<>(DocumentKind.class);
        copy.putAll(documents);
        copy.put(kind, edit);
        return new DocumentEdits(copy);
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }
}

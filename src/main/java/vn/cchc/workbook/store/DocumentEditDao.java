package vn.cchc.workbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.domain.assessment.ParagraphEdit;

/** The user's edits to the drafted documents (tables document_section, document_paragraph). */
final class DocumentEditDao {

    private DocumentEditDao() {
    }

    static DocumentEdits load(Connection connection, String assessmentId) throws SQLException {
        record SectionRow(String document, String id, Integer position, boolean dropped) {
        }
        record ParagraphRow(String document, String id, String text, String drafted) {
        }
        List<SectionRow> sections = Sql.list(connection, """
                SELECT document, section_id, position, dropped FROM document_section
                WHERE assessment_id = ? ORDER BY document, position NULLS LAST, section_id""",
                row -> new SectionRow(row.getString("document"), row.getString("section_id"),
                        (Integer) row.getObject("position"), row.getBoolean("dropped")), assessmentId);
        List<ParagraphRow> paragraphs = Sql.list(connection, """
                SELECT document, paragraph_id, text, drafted FROM document_paragraph
                WHERE assessment_id = ? ORDER BY document, position""",
                row -> new ParagraphRow(row.getString("document"), row.getString("paragraph_id"),
                        row.getString("text"), row.getString("drafted")), assessmentId);
        Map<DocumentKind, List<String>> orders = new EnumMap<>(DocumentKind.class);
        Map<DocumentKind, Set<String>> dropped = new EnumMap<>(DocumentKind.class);
        Map<DocumentKind, Map<String, ParagraphEdit>> texts = new EnumMap<>(DocumentKind.class);
        for (SectionRow row : sections) {
            DocumentKind kind = kind(row.document());
            if (row.position() != null) {
                orders.computeIfAbsent(kind, k -> new ArrayList<>()).add(row.id());
            }
            if (row.dropped()) {
                dropped.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(row.id());
            }
        }
        for (ParagraphRow row : paragraphs) {
            texts.computeIfAbsent(kind(row.document()), k -> new LinkedHashMap<>())
                    .put(row.id(), new ParagraphEdit(row.text(), row.drafted()));
        }
        Map<DocumentKind, DocumentEdit> edits = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            edits.put(kind, new DocumentEdit(orders.getOrDefault(kind, List.of()),
                    dropped.getOrDefault(kind, Set.of()), texts.getOrDefault(kind, Map.of())));
        }
        return new DocumentEdits(edits);
    }

    /** Replaces every document edit of {@code assessmentId}. */
    static void replace(Connection connection, String assessmentId, DocumentEdits edits) throws SQLException {
        Sql.update(connection, "DELETE FROM document_section WHERE assessment_id = ?", assessmentId);
        Sql.update(connection, "DELETE FROM document_paragraph WHERE assessment_id = ?", assessmentId);
        try (PreparedStatement sections = connection.prepareStatement("""
                INSERT INTO document_section (assessment_id, document, section_id, position, dropped)
                VALUES (?, ?, ?, ?, ?)""");
             PreparedStatement paragraphs = connection.prepareStatement("""
                INSERT INTO document_paragraph (assessment_id, document, paragraph_id, position, text, drafted)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<DocumentKind, DocumentEdit> document : edits.documents().entrySet()) {
                String kind = document.getKey().id();
                DocumentEdit edit = document.getValue();
                List<String> order = edit.order();
                for (int i = 0; i < order.size(); i++) {
                    Sql.bind(sections, assessmentId, kind, order.get(i), i, edit.dropped().contains(order.get(i)));
                    sections.addBatch();
                }
                for (String id : edit.dropped()) {
                    if (!order.contains(id)) {
                        Sql.bind(sections, assessmentId, kind, id, null, true);
                        sections.addBatch();
                    }
                }
                int position = 0;
                for (Map.Entry<String, ParagraphEdit> paragraph : edit.paragraphs().entrySet()) {
                    Sql.bind(paragraphs, assessmentId, kind, paragraph.getKey(), position++,
                            paragraph.getValue().text(), paragraph.getValue().drafted());
                    paragraphs.addBatch();
                }
            }
            sections.executeBatch();
            paragraphs.executeBatch();
        }
    }

    private static DocumentKind kind(String id) {
        return DocumentKind.fromId(id).orElseThrow(() -> new IllegalStateException("Unknown document kind: " + id));
    }
}

package vn.cchc.workbook.domain.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file accepted as evidence: documents and images that offices exchange and that a viewer shows
 * without running anything. A file's kind is decided by its content ({@link ContentSniffer}), never by its name.
 * Macro-enabled Office files, archives, shortcuts, scripts and programs are not among them.
 */
public enum EvidenceType {
    PDF("pdf", "PDF", List.of(".pdf")),
    JPEG("jpeg", "JPEG", List.of(".jpg", ".jpeg")),
    PNG("png", "PNG", List.of(".png")),
    DOC("doc", "Word 97-2003 (DOC)", List.of(".doc")),
    XLS("xls", "Excel 97-2003 (XLS)", List.of(".xls")),
    DOCX("docx", "Word (DOCX)", List.of(".docx")),
    XLSX("xlsx", "Excel (XLSX)", List.of(".xlsx")),
    ODT("odt", "OpenDocument văn bản (ODT)", List.of(".odt")),
    ODS("ods", "OpenDocument bảng tính (ODS)", List.of(".ods"));

    private final String id;
    private final String label;
    private final List<String> extensions;

    EvidenceType(String id, String label, List<String> extensions) {
        this.id = id;
        this.label = label;
        this.extensions = extensions;
    }

    /** The identifier written in files ({@code "pdf"}, {@code "docx"}, …). */
    public String id() {
        return id;
    }

    /** The name shown to the user. */
    public String label() {
        return label;
    }

    /** The usual extension, with its dot, lower case. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether {@code fileName} ends with one of this kind's extensions (any case). */
    public boolean matchesName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    public static Optional<EvidenceType> fromId(String id) {
        for (EvidenceType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Every identifier, for messages listing what is accepted. */
    public static String acceptedLabels() {
        StringBuilder out = new StringBuilder();
        for (EvidenceType type : values()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(type.extension().substring(1).toUpperCase(Locale.ROOT));
        }
        return out.toString();
    }
}

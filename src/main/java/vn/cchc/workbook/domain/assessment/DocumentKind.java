package vn.cchc.workbook.domain.assessment;

import java.util.Arrays;
import java.util.Optional;

import vn.cchc.workbook.domain.text.Messages;

/**
 * The documents drafted from a workbook. The ids are the command names' stable counterparts, used in saved edits
 * and in the .cchc file ({@code documents[].kind}).
 */
public enum DocumentKind {
    /** Công văn khắc phục: the letter of seed 003, one section per department that lost points. */
    LETTER("cong-van"),
    /** Báo cáo kết quả tự đánh giá: a short text and the self-score table. */
    REPORT("bao-cao"),
    /** Kế hoạch cải thiện chỉ số: targets per field and per department, then each department's tasks (seed 000). */
    PLAN("ke-hoach");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** "Công văn khắc phục", "Báo cáo kết quả tự đánh giá", "Kế hoạch cải thiện chỉ số". */
    public String label() {
        return Messages.get("documents.kind." + id);
    }

    public static Optional<DocumentKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}

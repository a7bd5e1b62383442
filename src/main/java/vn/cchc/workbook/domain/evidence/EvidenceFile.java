package vn.cchc.workbook.domain.evidence;

import java.util.Objects;

/**
 * A file attached to a tài liệu kiểm chứng and kept inside the workbook (in the local store and, on request, in the
 * .cchc file). It is identified by the SHA-256 of its content, so the same file attached to several criteria is
 * kept once, and a damaged or swapped file is recognised.
 *
 * @param name   the file's name as shown and as written on export; always a safe name ({@link EvidenceNames})
 * @param type   the kind decided from the content when the file was attached
 * @param size   bytes
 * @param sha256 lower-case hex SHA-256 of the content
 */
public record EvidenceFile(String name, EvidenceType type, long size, String sha256) {

    public EvidenceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sha256, "sha256");
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("Negative size: " + size);
        }
    }

    /** Whether {@code text} is 64 lower-case hex digits. */
    public static boolean isSha256(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}

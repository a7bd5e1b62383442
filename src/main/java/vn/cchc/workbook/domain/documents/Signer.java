package vn.cchc.workbook.domain.documents;

import java.util.Objects;

/**
 * The signature block under a table, as the decree lays it out: "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH", the title
 * ("CHỦ TỊCH", "PHÓ CHỦ TỊCH") in bold capitals, room to sign, then the name in bold.
 *
 * @param authorityLine the TM./KT. line, or blank
 * @param title         the signer's title, or blank
 * @param name          the signer's full name, or blank
 */
public record Signer(String authorityLine, String title, String name) {

    public static final Signer NONE = new Signer("", "", "");

    public Signer {
        authorityLine = Objects.requireNonNullElse(authorityLine, "").strip();
        title = Objects.requireNonNullElse(title, "").strip();
        name = Objects.requireNonNullElse(name, "").strip();
    }

    public boolean isEmpty() {
        return authorityLine.isEmpty() && title.isEmpty() && name.isEmpty();
    }
}

package vn.cchc.workbook.domain.documents;

import java.util.Objects;

/**
 * One paragraph of a drafted document. Its id is stable between drafts (section id, "/", a name or a number), so a
 * user's edit finds its paragraph again after the scores change.
 *
 * @param id       stable id, e.g. {@code "ket-qua/1"}, {@code "dv-vp-tk/1.5.3/y-kien"}
 * @param role     how it is printed
 * @param text     the text printed: the user's when {@code edited}, else the drafted one; lines are separated by
 *                 {@code \n} (each line of a list role is one printed paragraph); blank means left out
 * @param drafted  the text the program drafts from the current figures
 * @param edited   whether the user changed it
 * @param outdated edited, and the drafted text has changed since (the figures it contains moved): the window and
 *                 the command line warn that it was edited by hand
 */
public record Paragraph(String id, Role role, String text, String drafted, boolean edited, boolean outdated)
        implements Block {

    /** How a paragraph is printed (Nghị định 30 styles; the Word writer maps each to a paragraph style). */
    public enum Role {
        /** A numbered section heading, bold ("1. Đối với công chức Văn phòng - Thống kê:"). */
        HEADING,
        /** A heading below it, bold italic ("Tiêu chí 1.5.3 …"). */
        SUBHEADING,
        /** Body text, justified, first line indented. */
        BODY,
        /** The appraisal opinion quoted, in italics. */
        QUOTE,
        /** A remedy or task, as a "- " bullet. */
        BULLET,
        /** One line of "Kính gửi:". */
        ADDRESSEE,
        /** One line of "Nơi nhận:". */
        RECIPIENT,
        /** A centred bold title line (the appendix or table heading). */
        TITLE,
        /** A centred italic line under a title ("(Kèm theo Công văn số …)"). */
        TITLE_NOTE
    }

    public Paragraph {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
        drafted = drafted == null ? "" : drafted;
    }

    /** A paragraph as drafted, not edited. */
    public static Paragraph drafted(String id, Role role, String text) {
        return new Paragraph(id, role, text, text, false, false);
    }

    /** Whether it prints nothing (the user emptied it, or there was nothing to say). */
    public boolean isBlank() {
        return text.isBlank();
    }
}

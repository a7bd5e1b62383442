package vn.cchc.workbook.domain.documents;

import java.time.LocalDate;

/**
 * The document an appendix is attached to, printed as "(Kèm theo Công văn số 103/UBND ngày 06/9/2023 của UBND xã
 * Hiền Thành)". Every part may be blank; the line is left out when all are.
 *
 * @param kind   "Công văn", "Báo cáo", "Kế hoạch" …; "Công văn" when blank but other parts are given
 * @param number số, ký hiệu ("103/UBND")
 * @param date   ngày ban hành, or null
 * @param issuer của ("UBND xã Hiền Thành")
 */
public record DocumentReference(String kind, String number, LocalDate date, String issuer) {

    public static final DocumentReference NONE = new DocumentReference("", "", null, "");

    public DocumentReference {
        kind = kind == null ? "" : kind.strip();
        number = number == null ? "" : number.strip();
        issuer = issuer == null ? "" : issuer.strip();
    }

    /** Whether nothing was typed apart from perhaps the kind: then no "Kèm theo" line is printed. */
    public boolean isEmpty() {
        return number.isEmpty() && date == null && issuer.isEmpty();
    }
}

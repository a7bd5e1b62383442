package vn.cchc.workbook.domain.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.text.Messages;

/**
 * What the user chose for a document, in the window or on the command line; everything else is drafted from the
 * workbook. Every value has a default, so {@link #defaults()} drafts a complete document.
 *
 * @param number     số, ký hiệu ("103/UBND"); blank leaves room to write it by hand ("Số:      /UBND")
 * @param subject    trích yếu as typed; blank drafts one from the period ("V/v khắc phục …")
 * @param date       the date of the document; null means today
 * @param place      the place in the date line; blank means the unit's place name
 * @param basis      "Căn cứ Thông báo số 285/TB-HĐTĐ ngày 08/8/2023 của Hội đồng thẩm định …" as typed; none leaves
 *                   the paragraph out
 * @param signer     the signature block; empty takes "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a committee
 * @param recipients the "Nơi nhận" list; empty drafts "Như Kính gửi; … Lưu: VT."
 * @param appendix   the letter's phụ lục in the same file (landscape pages after the signature) rather than
 *                   referred to as attached
 */
public record DocumentRequest(String number, String subject, LocalDate date, String place, DocumentReference basis,
                              Signer signer, List<String> recipients, boolean appendix) {

    /** Longest text accepted in one typed field, as the window and the command line take them. */
    public static final int MAX_FIELD = 500;
    /** Most "Nơi nhận" lines. */
    public static final int MAX_RECIPIENTS = 50;

    public DocumentRequest {
        number = clean(number, "documents.field.number");
        subject = clean(subject, "documents.field.subject");
        place = clean(place, "documents.field.place");
        basis = basis == null ? DocumentReference.NONE : basis;
        signer = signer == null ? Signer.NONE : signer;
        recipients = recipients == null ? List.of()
                : recipients.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("documents.field.tooManyRecipients",
                    recipients.size(), MAX_RECIPIENTS);
        }
        recipients.forEach(r -> clean(r, "documents.field.recipient"));
        clean(basis.kind(), "documents.field.basis");
        clean(basis.number(), "documents.field.basis");
        clean(basis.issuer(), "documents.field.basis");
        clean(signer.authorityLine(), "documents.field.signer");
        clean(signer.title(), "documents.field.signer");
        clean(signer.name(), "documents.field.signer");
    }

    /** Nothing typed: a complete draft from the workbook alone, dated today, the phụ lục referred to as attached. */
    public static DocumentRequest defaults() {
        return new DocumentRequest("", "", null, "", DocumentReference.NONE, Signer.NONE, List.of(), false);
    }

    /** The date to print: {@link #date} or today. */
    public LocalDate effectiveDate() {
        return date != null ? date : LocalDate.now();
    }

    public DocumentRequest withAppendix(boolean value) {
        return new DocumentRequest(number, subject, date, place, basis, signer, recipients, value);
    }

    private static String clean(String value, String fieldKey) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_FIELD) {
            throw new InvalidInputException("documents.field.tooLong",
                    Messages.get(fieldKey), text.length(), MAX_FIELD);
        }
        return text;
    }
}

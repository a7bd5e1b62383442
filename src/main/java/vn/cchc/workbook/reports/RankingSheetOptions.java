package vn.cchc.workbook.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;

/**
 * What the ranking sheet is headed and signed with: the district (or province) office that issues it.
 *
 * @param authority   the parent authority in the header block ("UBND huyện Vĩnh Linh"), or blank
 * @param issuingUnit the issuing office ("Phòng Nội vụ"), or blank (then the authority alone heads the block)
 * @param place       the place in the date line ("Vĩnh Linh"); blank leaves the place out
 * @param date        the date in that line; null means the day of the export
 * @param periodText  what the ranking covers, appended to the title ("năm 2023"); may be blank
 * @param signer      the signature block; {@link Signer#NONE} leaves it out
 * @param recipients  the "Nơi nhận" list; empty leaves it out
 * @param reference   the "(Kèm theo …)" line; {@link DocumentReference#NONE} leaves it out
 * @param note        a note printed under the table (units of different periods ranked together); may be blank
 */
public record RankingSheetOptions(String authority, String issuingUnit, String place, LocalDate date,
                                  String periodText, Signer signer, List<String> recipients,
                                  DocumentReference reference, String note) {

    /** Without a "Kèm theo" line and without a note. */
    public RankingSheetOptions(String authority, String issuingUnit, String place, LocalDate date, String periodText,
                               Signer signer, List<String> recipients) {
        this(authority, issuingUnit, place, date, periodText, signer, recipients, DocumentReference.NONE, "");
    }

    public RankingSheetOptions {
        authority = Objects.requireNonNullElse(authority, "").strip();
        issuingUnit = Objects.requireNonNullElse(issuingUnit, "").strip();
        place = Objects.requireNonNullElse(place, "").strip();
        periodText = Objects.requireNonNullElse(periodText, "").strip();
        signer = signer == null ? Signer.NONE : signer;
        reference = reference == null ? DocumentReference.NONE : reference;
        note = Objects.requireNonNullElse(note, "").strip();
        recipients = recipients == null ? List.of()
                : recipients.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Nothing but the title: no header names, no signature, dated today. */
    public static RankingSheetOptions plain(String periodText) {
        return new RankingSheetOptions("", "", "", null, periodText, Signer.NONE, List.of());
    }

    /** The same options with the period the title names. */
    public RankingSheetOptions withPeriodText(String value) {
        return new RankingSheetOptions(authority, issuingUnit, place, date, value, signer, recipients, reference, note);
    }

    /** The same options with a note under the table. */
    public RankingSheetOptions withNote(String value) {
        return new RankingSheetOptions(authority, issuingUnit, place, date, periodText, signer, recipients, reference,
                value);
    }

    public LocalDate effectiveDate() {
        return date != null ? date : LocalDate.now();
    }
}

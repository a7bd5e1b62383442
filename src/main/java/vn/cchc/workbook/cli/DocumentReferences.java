package vn.cchc.workbook.cli;

import java.time.LocalDate;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.documents.DocumentReference;

/** The "(Kèm theo …)" line from the {@code --ref-*} options of {@code export} and {@code rank}. */
final class DocumentReferences {

    private DocumentReferences() {
    }

    /**
     * The reference typed; a kind alone ("--ref-kind Báo cáo" without number, date or issuer) is refused with a
     * message instead of being dropped silently, since the line it names could not be printed.
     */
    static DocumentReference checked(String kind, String number, LocalDate date, String issuer) {
        DocumentReference reference = new DocumentReference(kind, number, date, issuer);
        if (reference.isEmpty() && !reference.kind().isEmpty()) {
            throw new InvalidInputException("print.cli.refKindAlone", reference.kind());
        }
        return reference;
    }
}

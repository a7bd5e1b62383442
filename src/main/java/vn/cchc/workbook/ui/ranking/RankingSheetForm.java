package vn.cchc.workbook.ui.ranking;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.reports.RankingSheetOptions;

/**
 * What the ranking sheet is headed, dated and signed with, as typed in the ranking window: the same fields as the
 * export dialog of the other reports (place and date, "Kèm theo", signer, recipients) plus the issuing office. The
 * command line's {@code rank} options, in a form. Nothing typed is dropped silently: a "Kèm theo" kind without its
 * number, date or issuer, an over-long text or too many recipients are refused with a message saying which.
 */
public final class RankingSheetForm {

    /** More "Nơi nhận" lines than any letter carries. */
    static final int MAX_RECIPIENTS = 30;

    private final StringProperty authority = new SimpleStringProperty("");
    private final StringProperty issuingUnit = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty referenceKind = new SimpleStringProperty("");
    private final StringProperty referenceNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> referenceDate = new SimpleObjectProperty<>();
    private final StringProperty referenceIssuer = new SimpleStringProperty("");
    private final StringProperty signerLine = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * The sheet's options, or null with {@link #messageProperty()} saying what is wrong (nothing is written then).
     * The date left empty is the day of the export.
     */
    public RankingSheetOptions build() {
        String problem = problem();
        message.set(problem);
        if (!problem.isEmpty()) {
            return null;
        }
        DocumentReference reference = new DocumentReference(referenceKind.get(), referenceNumber.get(),
                referenceDate.get(), referenceIssuer.get());
        return new RankingSheetOptions(authority.get(), issuingUnit.get(), place.get(), date.get(), "",
                new Signer(signerLine.get(), signerTitle.get(), signerName.get()), recipientLines(), reference, "");
    }

    /** Takes the parent authority the ranked units share as the header's authority, unless one was typed. */
    void suggestAuthority(String value) {
        if (authority.get() == null || authority.get().isBlank()) {
            authority.set(value == null ? "" : value);
        }
    }

    private String problem() {
        String[][] texts = {
                {"comparison.rankingSheet.ui.authority", authority.get()}, {"comparison.rankingSheet.ui.issuer", issuingUnit.get()},
                {"ui.export.place", place.get()}, {"ui.export.reference", referenceKind.get()},
                {"ui.export.reference", referenceNumber.get()}, {"ui.export.reference.issuer", referenceIssuer.get()},
                {"ui.export.signer", signerLine.get()}, {"ui.export.signer", signerTitle.get()},
                {"ui.export.signer", signerName.get()}};
        for (String[] text : texts) {
            if (text[1] != null && text[1].strip().length() > Limits.NAME_LENGTH) {
                return Messages.get("comparison.rankingSheet.tooLong", Messages.get(text[0]), Limits.NAME_LENGTH,
                        text[1].strip().length());
            }
        }
        List<String> lines = recipientLines();
        if (lines.size() > MAX_RECIPIENTS) {
            return Messages.get("comparison.rankingSheet.tooManyRecipients", MAX_RECIPIENTS, lines.size());
        }
        for (String line : lines) {
            if (line.length() > Limits.NAME_LENGTH) {
                return Messages.get("comparison.rankingSheet.tooLong", Messages.get("ui.export.recipients"),
                        Limits.NAME_LENGTH, line.length());
            }
        }
        DocumentReference reference = new DocumentReference(referenceKind.get(), referenceNumber.get(),
                referenceDate.get(), referenceIssuer.get());
        if (reference.isEmpty() && !reference.kind().isEmpty()) {
            return Messages.get("comparison.rankingSheet.kindAlone", reference.kind());
        }
        return "";
    }

    private List<String> recipientLines() {
        String text = recipients.get() == null ? "" : recipients.get();
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The parent authority in the header block ("UBND huyện Vĩnh Linh"). */
    public StringProperty authorityProperty() {
        return authority;
    }

    /** The office that issues the sheet ("Phòng Nội vụ"); blank for the authority alone. */
    public StringProperty issuingUnitProperty() {
        return issuingUnit;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty referenceKindProperty() {
        return referenceKind;
    }

    public StringProperty referenceNumberProperty() {
        return referenceNumber;
    }

    public ObjectProperty<LocalDate> referenceDateProperty() {
        return referenceDate;
    }

    public StringProperty referenceIssuerProperty() {
        return referenceIssuer;
    }

    public StringProperty signerLineProperty() {
        return signerLine;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    /** One recipient a line. */
    public StringProperty recipientsProperty() {
        return recipients;
    }

    /** Why the options cannot be used; "" when they can. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

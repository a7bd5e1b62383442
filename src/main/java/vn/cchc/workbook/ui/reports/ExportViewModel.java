package vn.cchc.workbook.ui.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.reports.ExportOptions;
import vn.cchc.workbook.reports.ReportKind;

/** The "Xuất Excel" form: which reports, which rows, the "Kèm theo" line and the signer. */
public final class ExportViewModel {

    private final Map<ReportKind, BooleanProperty> reports = new EnumMap<>(ReportKind.class);
    private final BooleanProperty onlyDeductions = new SimpleBooleanProperty();
    private final ObjectProperty<Track> track = new SimpleObjectProperty<>(Track.APPRAISED);
    private final ObjectProperty<LocalDate> documentDate = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty referenceKind =
            new SimpleStringProperty(Messages.get("reports.doc.defaultReferenceKind"));
    private final StringProperty referenceNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> referenceDate = new SimpleObjectProperty<>();
    private final StringProperty referenceIssuer = new SimpleStringProperty("");
    private final StringProperty signerAuthority = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final boolean comparable;
    private final boolean committee;
    private final StringProperty reportsError = new SimpleStringProperty("");

    /** @param scorecard the assessment's scores (the session's own), for the figures it proposes */
    public ExportViewModel(Assessment assessment, Scorecard scorecard) {
        comparable = assessment.earlier().isPresent();
        committee = vn.cchc.workbook.domain.document.UnitNames.isPeoplesCommittee(assessment.unit().level());
        // Self scores until the appraisal has begun, as the window's totals: an unappraised workbook's appraised
        // tables would be empty.
        track.set(scorecard.workingTrack());
        for (ReportKind kind : ReportKind.values()) {
            reports.put(kind, new SimpleBooleanProperty(available(kind)));
        }
        place.set(assessment.unit().placeName());
        referenceIssuer.set(vn.cchc.workbook.domain.document.UnitNames.asIssuer(assessment.unit()));
        reports.values().forEach(box -> box.addListener(changed -> reportsError.set(chosen().isEmpty()
                ? Messages.get("ui.export.error.noReports") : "")));
    }

    /**
     * Whether a People's Committee signs ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), not an agency such as a Sở ("KT. GIÁM
     * ĐỐC / PHÓ GIÁM ĐỐC"): the signer fields' examples follow it.
     */
    public boolean signedForACommittee() {
        return committee;
    }

    private List<ReportKind> chosen() {
        List<ReportKind> chosen = new ArrayList<>();
        reports.forEach((kind, selected) -> {
            if (selected.get()) {
                chosen.add(kind);
            }
        });
        return chosen;
    }

    /** "Hãy chọn ít nhất một biểu" while no report is ticked, else "". */
    public ReadOnlyStringProperty reportsErrorProperty() {
        return reportsError;
    }

    /** The options, or empty with {@link #messageProperty()} set when no report is chosen. */
    public Optional<ExportOptions> build() {
        List<ReportKind> chosen = chosen();
        if (chosen.isEmpty()) {
            message.set(Messages.get("ui.export.error.noReports"));
            return Optional.empty();
        }
        message.set("");
        DocumentReference reference = new DocumentReference(referenceKind.get(), referenceNumber.get(),
                referenceDate.get(), referenceNumber.get().isBlank() && referenceDate.get() == null ? ""
                : referenceIssuer.get());
        return Optional.of(ExportOptions.builder()
                .reports(chosen)
                .onlyDeductions(onlyDeductions.get())
                .track(track.get())
                .documentDate(documentDate.get())
                .place(place.get())
                .reference(reference)
                .signer(new Signer(signerAuthority.get(), signerTitle.get(), signerName.get()))
                .recipients(List.of(recipients.get().split("\\R")))
                .build());
    }

    /** Whether the workbook can have this sheet: the comparison needs an earlier period linked. */
    public boolean available(ReportKind kind) {
        return kind != ReportKind.SO_SANH || comparable;
    }

    public BooleanProperty reportProperty(ReportKind kind) {
        return reports.get(kind);
    }

    public BooleanProperty onlyDeductionsProperty() {
        return onlyDeductions;
    }

    public ObjectProperty<Track> trackProperty() {
        return track;
    }

    public ObjectProperty<LocalDate> documentDateProperty() {
        return documentDate;
    }

    public StringProperty placeProperty() {
        return place;
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

    public StringProperty signerAuthorityProperty() {
        return signerAuthority;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}

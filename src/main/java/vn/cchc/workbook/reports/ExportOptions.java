package vn.cchc.workbook.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SequencedSet;

import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;

/**
 * What the user chose in the export dialog or on the command line. Immutable; build with {@link #builder()} or
 * change one value of an existing set with {@link #toBuilder()}.
 *
 * @param reports        the sheets, in the order they appear in the file (at least one)
 * @param onlyDeductions phụ lục: only the rows that lost points, with their parents (and every lĩnh vực, so the
 *                       total row adds up); the other reports are not affected
 * @param documentDate   the date in the place-and-date line; null means the day of the export
 * @param place          the place in that line; blank means the unit's place name
 * @param reference      the "(Kèm theo …)" line; {@link DocumentReference#NONE} leaves it out
 * @param signer         the signature block; {@link Signer#NONE} leaves it out
 * @param recipients     the "Nơi nhận" list, one recipient a line; empty leaves it out
 * @param track          which scores the figures come from; the appraisal that stands by default
 */
public record ExportOptions(
        SequencedSet<ReportKind> reports,
        boolean onlyDeductions,
        LocalDate documentDate,
        String place,
        DocumentReference reference,
        Signer signer,
        List<String> recipients,
        Track track) {

    public ExportOptions {
        Objects.requireNonNull(reports, "reports");
        reports = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(reports));
        place = place == null ? "" : place.strip();
        reference = reference == null ? DocumentReference.NONE : reference;
        signer = signer == null ? Signer.NONE : signer;
        recipients = recipients == null ? List.of()
                : recipients.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        track = track == null ? Track.APPRAISED : track;
    }

    /** All five reports, every row, dated on the day of the export, appraised scores. */
    public static ExportOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.reports = new LinkedHashSet<>(reports);
        builder.onlyDeductions = onlyDeductions;
        builder.documentDate = documentDate;
        builder.place = place;
        builder.reference = reference;
        builder.signer = signer;
        builder.recipients = new ArrayList<>(recipients);
        builder.track = track;
        return builder;
    }

    /** The date to print: {@link #documentDate} or today. */
    public LocalDate effectiveDate() {
        return documentDate != null ? documentDate : LocalDate.now();
    }

    public ExportOptions withReports(ReportKind... kinds) {
        return toBuilder().reports(kinds).build();
    }

    public ExportOptions withOnlyDeductions(boolean value) {
        return toBuilder().onlyDeductions(value).build();
    }

    /** Collects the options; every value has a default. */
    public static final class Builder {
        private SequencedSet<ReportKind> reports = new LinkedHashSet<>(ReportKind.standard());
        private boolean onlyDeductions;
        private LocalDate documentDate;
        private String place = "";
        private DocumentReference reference = DocumentReference.NONE;
        private Signer signer = Signer.NONE;
        private List<String> recipients = new ArrayList<>();
        private Track track = Track.APPRAISED;

        private Builder() {
        }

        public Builder reports(ReportKind... kinds) {
            return reports(Arrays.asList(kinds));
        }

        public Builder reports(Collection<ReportKind> kinds) {
            this.reports = new LinkedHashSet<>(kinds);
            return this;
        }

        public Builder onlyDeductions(boolean value) {
            this.onlyDeductions = value;
            return this;
        }

        public Builder documentDate(LocalDate value) {
            this.documentDate = value;
            return this;
        }

        public Builder place(String value) {
            this.place = value;
            return this;
        }

        public Builder reference(DocumentReference value) {
            this.reference = value;
            return this;
        }

        public Builder signer(Signer value) {
            this.signer = value;
            return this;
        }

        public Builder recipients(List<String> value) {
            this.recipients = new ArrayList<>(value);
            return this;
        }

        public Builder track(Track value) {
            this.track = value;
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(reports, onlyDeductions, documentDate, place, reference, signer, recipients,
                    track);
        }
    }
}

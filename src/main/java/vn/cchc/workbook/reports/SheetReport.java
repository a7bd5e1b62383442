package vn.cchc.workbook.reports;

import java.util.List;

/** One report: its columns, its orientation and its rows. The frame around the table is {@link DocumentSheet}'s. */
interface SheetReport {

    List<Column> columns();

    /** Landscape for wide tables, as the decree allows. */
    boolean landscape();

    /** Writes the rows under the table header, including the total row. */
    void writeTable(ReportContext context, DocumentSheet sheet);

    /**
     * The report of {@code kind} for {@code context}'s assessment.
     *
     * @throws ReportException for the comparison sheet of a workbook with no earlier period linked
     */
    static SheetReport of(ReportKind kind, ReportContext context) {
        if (kind == ReportKind.SO_SANH) {
            // The later side on the export's track: a self-score export compares the self scores.
            return new ComparisonReport(vn.cchc.workbook.domain.comparison.Comparison.compare(context.assessment(),
                            vn.cchc.workbook.domain.scoring.ResultBasis.PUBLISHED, context.track())
                    .orElseThrow(() -> new ReportException("comparison.report.notLinked",
                            context.assessment().unit().name())));
        }
        return of(kind);
    }

    /** The report of {@code kind}, for every kind but {@link ReportKind#SO_SANH} (which needs the assessment). */
    static SheetReport of(ReportKind kind) {
        return switch (kind) {
            case PHU_LUC -> new AppendixReport();
            case DON_VI -> new DepartmentReport();
            case LINH_VUC -> new FieldReport();
            case TIEN_DO -> new ProgressReport();
            case KHAC_PHUC -> new RemediationReport();
            case SO_SANH -> throw new IllegalArgumentException("The comparison sheet is made from an assessment");
        };
    }
}

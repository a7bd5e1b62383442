package vn.cchc.workbook.reports;

import java.util.List;

/** One report: its columns, its orientation and its rows. The frame around the table is {@link DocumentSheet}'s. */
interface SheetReport {

    List<Column> columns();

    /** Landscape for wide tables, as the decree allows. */
    boolean landscape();

    /** Writes the rows under the table header, including the total row. */
    void writeTable(ReportContext context, DocumentSheet sheet);

    static SheetReport of(ReportKind kind) {
        return switch (kind) {
            case PHU_LUC -> new AppendixReport();
            case DON_VI -> new DepartmentReport();
            case LINH_VUC -> new FieldReport();
            case TIEN_DO -> new ProgressReport();
            case KHAC_PHUC -> new RemediationReport();
        };
    }
}

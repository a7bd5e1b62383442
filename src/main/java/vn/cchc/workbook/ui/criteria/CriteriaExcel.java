package vn.cchc.workbook.ui.criteria;

import java.nio.file.Path;
import java.util.List;

import vn.cchc.workbook.reports.criteria.CriteriaImport;
import vn.cchc.workbook.reports.criteria.CriteriaTemplateWriter;
import vn.cchc.workbook.reports.criteria.CriteriaWorkbookReader;
import vn.cchc.workbook.reports.criteria.ImportMetadata;

/** The Excel side of the criteria windows, in one place: reading a province's appendix and writing the template. */
final class CriteriaExcel {

    private CriteriaExcel() {
    }

    static List<String> sheetNames(Path xlsx) {
        return CriteriaWorkbookReader.sheetNames(xlsx);
    }

    /** Reads {@code sheet}, or every sheet (Word table) holding the criteria table when it is null. */
    static CriteriaImport read(Path file, String sheet) {
        return read(file, sheet, false);
    }

    /** As {@link #read(Path, String)}, keeping sums that do not add up as published when {@code asPublished}. */
    static CriteriaImport read(Path file, String sheet, boolean asPublished) {
        return CriteriaWorkbookReader.read(file, sheet, ImportMetadata.NONE, asPublished);
    }

    static void writeTemplate(Path xlsx) {
        CriteriaTemplateWriter.writeTemplate(xlsx);
    }
}

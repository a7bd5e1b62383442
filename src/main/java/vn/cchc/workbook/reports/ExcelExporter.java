package vn.cchc.workbook.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Exports an assessment's tables and appendices to one .xlsx file, a sheet per report, in the format of
 * Nghị định 30/2020/NĐ-CP. Every figure comes from the {@link ScoreEngine}; totals are formulas that carry the
 * engine's figure as their cached value.
 *
 * <p>Stateless and thread-safe: build one and reuse it. Call it off the JavaFX thread.
 */
public final class ExcelExporter {

    /**
     * Writes the reports chosen in {@code options} to {@code target}. The file appears complete or not at all: it
     * is written beside the target first and then moved over it.
     *
     * @throws ReportException with a Vietnamese message when no report is chosen or the file cannot be written
     *                         (open in Excel, read-only folder, missing folder, disk full, a folder of that name)
     */
    public void export(Assessment assessment, ExportOptions options, Path target) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        if (options.reports().isEmpty()) {
            throw new ReportException("reports.error.noReports");
        }
        Scorecard scorecard = ScoreEngine.score(assessment);
        try (XSSFWorkbook workbook = build(assessment, scorecard, options)) {
            AtomicFileWriter.write(target, workbook::write);
        } catch (IOException closing) {
            // Closing a workbook that was never read from a file does no I/O; nothing to tell the user.
            throw new IllegalStateException(closing);
        }
    }

    /**
     * A file name to propose in the save dialog, such as {@code PhuLuc_CCHC_XaHienThanh_6T2023.xlsx}: ASCII only,
     * no diacritics (đ becomes d), safe on Windows.
     */
    public static String suggestedFileName(Assessment assessment, ExportOptions options) {
        return ReportFileName.suggest(assessment, options);
    }

    static XSSFWorkbook build(Assessment assessment, Scorecard scorecard, ExportOptions options) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        SheetStyles styles = new SheetStyles(workbook);
        ReportContext context = ReportContext.of(assessment, scorecard, options);
        String authority = assessment.unit().parentAuthority();
        String issuingUnit = DocumentText.issuingUnit(assessment.unit());
        String placeDate = DocumentText.placeDateLine(DocumentText.place(assessment.unit(), options.place()),
                options.effectiveDate());
        String reference = DocumentText.referenceLine(options.reference());
        int position = 0;
        int count = options.reports().size();
        for (ReportKind kind : options.reports()) {
            SheetReport report = SheetReport.of(kind);
            DocumentSheet sheet = new DocumentSheet(workbook, styles, kind.sheetName(), report.columns());
            sheet.documentHeader(authority, issuingUnit, placeDate);
            sheet.headings(DocumentText.appendixHeading(position++, count), title(kind, assessment), reference);
            sheet.tableHeader();
            report.writeTable(context, sheet);
            sheet.footer(options.signer(), options.recipients());
            sheet.pageSetup(report.landscape());
        }
        return workbook;
    }

    /** "Kết quả đánh giá CCHC xã Hiền Thành 6 tháng đầu năm 2023 và biện pháp khắc phục" (printed in capitals). */
    static String title(ReportKind kind, Assessment assessment) {
        return Messages.get("reports.title." + kind.id(), DocumentText.unitInTitle(assessment.unit()),
                DocumentText.periodText(assessment.period(), assessment.year()));
    }
}

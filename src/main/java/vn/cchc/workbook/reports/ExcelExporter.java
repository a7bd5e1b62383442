package vn.cchc.workbook.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;

/**
 * Exports an assessment's tables and appendices to one .xlsx file, a sheet per report, in the format of
 * Nghị định 30/2020/NĐ-CP. Every figure comes from the {@link ScoreEngine}; totals are formulas that carry the
 * engine's figure as their cached value.
 *
 * <p>Stateless and thread-safe: build one and reuse it. Call it off the JavaFX thread.
 */
public final class ExcelExporter {

    private static final Logger LOG = Logger.getLogger(ExcelExporter.class.getName());
    private static final AtomicBoolean WARMING = new AtomicBoolean();

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
        if (options.reports().contains(ReportKind.SO_SANH) && assessment.earlier().isEmpty()) {
            // Refused before anything is laid out or written.
            throw new ReportException("comparison.report.notLinked", assessment.unit().name());
        }
        Scorecard scorecard = ScoreEngine.score(assessment);
        SXSSFWorkbook workbook = build(assessment, scorecard, options);
        try {
            SafeFileWriter.write(target, workbook::write);
        } finally {
            close(workbook);
        }
    }

    /**
     * Starts loading the spreadsheet library (Apache POI and its XML schema classes, about 1 500 classes) on a
     * background thread and returns at once. A process that is about to export calls this first thing, so that
     * this loading, the larger part of a first export, overlaps with reading the command line and the assessment
     * on the other core. Harmless when no export follows; later calls do nothing.
     */
    public static void warmUpInBackground() {
        if (WARMING.compareAndSet(false, true)) {
            Thread thread = new Thread(ExcelExporter::warmUp, "excel-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Lays out and writes (to nowhere) a small sheet through every path a real export takes. */
    static void warmUp() {
        try {
            PoiTempFolder.install();
        } catch (ReportException noFolder) {
            LOG.log(Level.FINE, "Warm-up skipped: no temporary folder", noFolder);
            return;
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(-1);
        try {
            SheetStyles styles = new SheetStyles(workbook.getXSSFWorkbook());
            SheetReport report = SheetReport.of(ReportKind.PHU_LUC);
            DocumentSheet sheet = new DocumentSheet(workbook, styles, "1", report.columns());
            sheet.documentHeader(HeaderBlock.ofOffice("UBND", "UBND XÃ"), "Hiền Thành, ngày 06 tháng 9 năm 2023");
            sheet.headings("PHỤ LỤC", "Kết quả", "(Kèm theo)");
            sheet.tableHeader();
            int row = sheet.addRow(true, "1", "Lĩnh vực", BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, null,
                    "Ý kiến", "");
            sheet.addRow(true, "", "Tổng điểm", new Formula("SUM(C" + (row + 1) + ")", BigDecimal.TEN), null,
                    null, null, null, null);
            sheet.addGroupRow("I. Văn phòng");
            sheet.footer(new Signer("TM.", "Chủ tịch", "Tên"), List.of("Lưu: VT."));
            sheet.pageSetup(true);
            workbook.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException notWarmed) {
            // Only a head start: the export itself loads whatever this did not.
            LOG.log(Level.FINE, "Warm-up of the Excel export failed", notWarmed);
        } finally {
            close(workbook);
        }
    }

    /**
     * A file name to propose in the save dialog, such as {@code PhuLuc_CCHC_XaHienThanh_6T2023.xlsx}: ASCII only,
     * no diacritics (đ becomes d), safe on Windows.
     */
    public static String suggestedFileName(Assessment assessment, ExportOptions options) {
        return ReportFileName.suggest(assessment, options);
    }

    /** Removes the streamed cells' temporary files; closing a workbook that was never read does no other I/O. */
    static void close(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException notClosed) {
            LOG.log(Level.FINE, "Closing an exported workbook failed", notClosed);
        } finally {
            workbook.dispose();
        }
    }

    static SXSSFWorkbook build(Assessment assessment, Scorecard scorecard, ExportOptions options) {
        PoiTempFolder.install();
        // No row window: rows stay in memory until the file is written, because page breaks are planned from the
        // heights of rows written earlier.
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
        try {
            SheetStyles styles = new SheetStyles(workbook.getXSSFWorkbook());
            ReportContext context = ReportContext.of(assessment, scorecard, options);
            HeaderBlock header = HeaderBlock.of(assessment.unit());
            String placeDate = DocumentText.placeDateLine(DocumentText.place(assessment.unit(), options.place()),
                    options.effectiveDate());
            String reference = DocumentText.referenceLine(options.reference());
            int position = 0;
            int count = options.reports().size();
            for (ReportKind kind : options.reports()) {
                SheetReport report = SheetReport.of(kind, context);
                DocumentSheet sheet = new DocumentSheet(workbook, styles, kind.sheetName(), report.columns());
                sheet.documentHeader(header, placeDate);
                sheet.headings(DocumentText.appendixHeading(position++, count),
                        title(kind, assessment), selfMarker(kind, options.track()), reference);
                sheet.tableHeader();
                report.writeTable(context, sheet);
                sheet.footer(options.signer(), options.recipients());
                sheet.pageSetup(report.landscape());
            }
            ReportKind first = options.reports().getFirst();
            String marker = selfMarker(first, options.track());
            DocumentProperties.set(workbook, DocumentText.issuerName(assessment.unit()),
                    marker.isEmpty() ? title(first, assessment) : title(first, assessment) + " " + marker);
            return workbook;
        } catch (RuntimeException failed) {
            // The sheets' temporary files go with the workbook, also when laying it out failed.
            close(workbook);
            throw failed;
        }
    }

    /** "Kết quả đánh giá CCHC xã Hiền Thành 6 tháng đầu năm 2023 và biện pháp khắc phục" (printed in capitals). */
    static String title(ReportKind kind, Assessment assessment) {
        String earlier = assessment.earlier().map(e -> e.label()).orElse("");
        return Messages.get("reports.title." + kind.id(), DocumentText.unitInTitle(assessment.unit()),
                DocumentText.periodText(assessment.period(), assessment.year()), earlier);
    }

    /**
     * "(theo điểm tự đánh giá)" for a self-score export, printed on its own line under the title so that a
     * self-scored table is never taken for the appraised result; else "".
     */
    static String selfMarker(ReportKind kind, Track track) {
        // The comparison is of appraised results whatever the track chosen for the other sheets.
        return track == Track.SELF && kind != ReportKind.SO_SANH ? Messages.get("print.title.selfScores") : "";
    }
}

package vn.cchc.workbook.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;

/**
 * The printable list of what changed between two copies of a workbook (a returned round, a department's part): one
 * row per criterion and field with the value before and after, laid out as the other exports (header block, A4
 * landscape, the table header repeated on every page, row heights from the text).
 */
public final class ChangeListExport {

    static final List<Column> COLUMNS = List.of(
            Column.center("reports.col.stt", 5),
            Column.center("exchange.col.code", 7),
            Column.text("exchange.col.criterion", 24),
            Column.text("exchange.col.field", 13),
            Column.center("exchange.col.kind", 7),
            Column.text("exchange.col.before", 27),
            Column.text("exchange.col.after", 27));

    private ChangeListExport() {
    }

    /**
     * Writes the list to {@code target} (atomically).
     *
     * @param assessment the workbook the changes are in (for the header block and the title)
     * @param source     what was compared, for the line under the title ("Tệp “…” so với bản trong máy")
     * @param changes    the changes shown, in the order shown
     * @param today      the date printed beside the place
     * @throws vn.cchc.workbook.files.SafeWriteException with a Vietnamese message when the file cannot be written
     */
    public static void write(Assessment assessment, String source, List<Change> changes, LocalDate today,
                             java.nio.file.Path target) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(changes, "changes");
        PoiTempFolder.install();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
        try {
            String title = title(assessment);
            layOut(workbook, assessment, source, changes, today);
            DocumentProperties.set(workbook, DocumentText.issuerName(assessment.unit()), title);
            SafeFileWriter.write(target, workbook::write);
        } finally {
            ExcelExporter.close(workbook);
        }
    }

    private static String title(Assessment assessment) {
        return Messages.get("exchange.export.title", DocumentText.unitInTitle(assessment.unit()),
                DocumentText.periodText(assessment.period(), assessment.year()));
    }

    /** The list's sheet in {@code workbook}, laid out for print (for {@link #write} and the layout tests). */
    static DocumentSheet layOut(SXSSFWorkbook workbook, Assessment assessment, String source, List<Change> changes,
                                LocalDate today) {
        SheetStyles styles = new SheetStyles(workbook.getXSSFWorkbook());
        DocumentSheet sheet = new DocumentSheet(workbook, styles, Messages.get("exchange.export.sheet"), COLUMNS);
        sheet.documentHeader(HeaderBlock.of(assessment.unit()),
                DocumentText.placeDateLine(DocumentText.place(assessment.unit(), ""), today));
        sheet.headings(Messages.get("exchange.export.heading"), title(assessment),
                Messages.get("exchange.export.source", source, changes.size()));
        sheet.tableHeader();
        int number = 0;
        for (Change change : changes) {
            number++;
            sheet.addRow(false, Integer.toString(number),
                    change.where(),
                    change.title(),
                    Messages.get(change.field().messageKey()),
                    Messages.get(change.kind().messageKey()),
                    change.before(),
                    change.after());
        }
        if (changes.isEmpty()) {
            sheet.addNoteRow(Messages.get("exchange.export.none"));
        }
        sheet.footer(new Signer("", "", ""), List.of());
        sheet.pageSetup(true);
        return sheet;
    }
}

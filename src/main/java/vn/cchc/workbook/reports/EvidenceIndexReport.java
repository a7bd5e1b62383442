package vn.cchc.workbook.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDossier;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.evidence.EvidenceFile;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The index sheet of a hồ sơ minh chứng ("Danh mục tài liệu kiểm chứng.xlsx"): every cited document with its
 * criterion, number, date, summary and where its file is in the dossier; and on a second sheet the criteria that
 * have no evidence. Times New Roman, bordered table, as the other exports.
 */
public final class EvidenceIndexReport {

    private EvidenceIndexReport() {
    }

    /** The .xlsx file, in memory (an index is small: one row per document). */
    public static byte[] toBytes(Assessment assessment, EvidenceDossier dossier) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetStyles styles = new SheetStyles(workbook);
            documents(workbook.createSheet(Messages.get("evidence.index.sheet")), styles, assessment, dossier);
            missing(workbook.createSheet(Messages.get("evidence.index.missingSheet")), styles, dossier);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
    }

    private static void documents(XSSFSheet sheet, SheetStyles styles, Assessment assessment,
                                  EvidenceDossier dossier) {
        String[] headers = {"evidence.index.no", "evidence.index.code", "evidence.index.criterion",
                "evidence.index.number", "evidence.index.date", "evidence.index.summary", "evidence.index.file",
                "evidence.index.size"};
        int[] widths = {6, 10, 40, 18, 12, 40, 50, 12};
        title(sheet, styles, Messages.get("evidence.index.title", assessment.unit().name(),
                assessment.period().labelWithYear(assessment.year())), headers.length);
        header(sheet, styles, headers, widths);
        int rowIndex = 3;
        int no = 1;
        for (EvidenceDossier.Item item : dossier.items()) {
            Row row = sheet.createRow(rowIndex++);
            EvidenceFile file = item.document().file();
            cell(row, 0, Integer.toString(no++), styles.center);
            cell(row, 1, item.shownCode(), styles.center);
            cell(row, 2, item.title(), styles.text);
            cell(row, 3, item.document().number(), styles.text);
            cell(row, 4, item.document().date() == null ? "" : Messages.get("evidence.index.dateValue",
                    item.document().date()), styles.center);
            cell(row, 5, item.document().summary(), styles.text);
            String where = !item.path().isEmpty() ? item.path()
                    : !item.document().filePath().isEmpty()
                    ? Messages.get("evidence.index.pathOnly", item.document().filePath())
                    : Messages.get("evidence.index.noFile");
            cell(row, 6, where, styles.text);
            cell(row, 7, file == null ? "" : Messages.get("evidence.index.kilobytes", (file.size() + 1023) / 1024),
                    styles.center);
        }
    }

    private static void missing(XSSFSheet sheet, SheetStyles styles, EvidenceDossier dossier) {
        String[] headers = {"evidence.index.no", "evidence.index.code", "evidence.index.criterion",
                "evidence.index.required"};
        int[] widths = {6, 10, 60, 60};
        title(sheet, styles, Messages.get("evidence.index.missingTitle", dossier.withoutEvidence().size()),
                headers.length);
        header(sheet, styles, headers, widths);
        int rowIndex = 3;
        int no = 1;
        for (CriterionNode node : dossier.withoutEvidence()) {
            Row row = sheet.createRow(rowIndex++);
            cell(row, 0, Integer.toString(no++), styles.center);
            cell(row, 1, node.shownCode(), styles.center);
            cell(row, 2, node.title(), styles.text);
            cell(row, 3, node.evidenceRequired(), styles.text);
        }
    }

    private static void title(XSSFSheet sheet, SheetStyles styles, String text, int columns) {
        Row row = sheet.createRow(0);
        cell(row, 0, text, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private static void header(XSSFSheet sheet, SheetStyles styles, String[] keys, int[] widths) {
        Row row = sheet.createRow(2);
        for (int i = 0; i < keys.length; i++) {
            cell(row, i, Messages.get(keys[i]), styles.tableHeader);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 3);
    }

    private static void cell(Row row, int column, String value, XSSFCellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}

package vn.cchc.workbook.reports.criteria;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes .docx files the way provinces lay out their appendices: paragraphs, tables with cells merged across columns
 * (gridSpan) and down rows (vMerge), Word's automatic numbering in a cell, page breaks between tables.
 */
final class DocxBuilder implements AutoCloseable {

    /** A cell value that continues the vertically merged cell above. */
    static final Object MERGED_ABOVE = new Object();

    /** A cell whose text is numbered automatically at {@code level} of the builder's list (text may be blank). */
    record Numbered(int level, String text) {
    }

    /** A cell spanning {@code columns} grid columns. */
    record Wide(int columns, String text) {
    }

    /** A bold cell. */
    record Bold(String text) {
    }

    /** A cell starting a vertical merge. */
    record MergeStart(String text) {
    }

    private final XWPFDocument document = new XWPFDocument();
    private BigInteger numId;

    DocxBuilder paragraph(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    DocxBuilder pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    /**
     * An automatic list: level 0 "I.", "II." (upper Roman), level 1 "1.", "2." restarting in each field, level 2
     * "1.1." style "%2.%3.", as Word's multilevel lists for appendices are set up.
     */
    DocxBuilder romanThenDecimalList() {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        level(abstractNum, 0, STNumberFormat.UPPER_ROMAN, "%1.");
        level(abstractNum, 1, STNumberFormat.DECIMAL, "%2.");
        level(abstractNum, 2, STNumberFormat.DECIMAL, "%2.%3.");
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        numId = numbering.addNum(abstractId);
        return this;
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    /** A table of {@code rows}; each row's values are strings, {@link Numbered}, {@link Wide}, … or null. */
    DocxBuilder table(Object[]... rows) {
        XWPFTable table = document.createTable(rows.length, 1);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = table.getRow(r);
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            for (Object value : rows[r]) {
                XWPFTableCell cell = row.addNewTableCell();
                fill(cell, value);
            }
        }
        return this;
    }

    private void fill(XWPFTableCell cell, Object value) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (value == MERGED_ABOVE) {
            properties.addNewVMerge().setVal(STMerge.CONTINUE);
            return;
        }
        String text;
        boolean bold = false;
        if (value instanceof Numbered numbered) {
            paragraph.setNumID(numId);
            paragraph.setNumILvl(BigInteger.valueOf(numbered.level()));
            text = numbered.text();
        } else if (value instanceof Wide wide) {
            properties.addNewGridSpan().setVal(BigInteger.valueOf(wide.columns()));
            text = wide.text();
        } else if (value instanceof Bold b) {
            text = b.text();
            bold = true;
        } else if (value instanceof MergeStart start) {
            properties.addNewVMerge().setVal(STMerge.RESTART);
            text = start.text();
        } else {
            text = value == null ? "" : value.toString();
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph target = i == 0 ? paragraph : cell.addParagraph();
            XWPFRun run = target.createRun();
            run.setBold(bold);
            run.setText(lines[i]);
        }
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
        return file;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

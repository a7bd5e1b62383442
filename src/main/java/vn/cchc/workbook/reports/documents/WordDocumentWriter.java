package vn.cchc.workbook.reports.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import vn.cchc.workbook.domain.documents.Block;
import vn.cchc.workbook.domain.documents.DraftDocument;
import vn.cchc.workbook.domain.documents.Letterhead;
import vn.cchc.workbook.domain.documents.Paragraph;
import vn.cchc.workbook.domain.documents.Section;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.documents.Table;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.reports.TextMeasure;

/**
 * Prints a {@link DraftDocument} as a Word file in the layout of Nghị định 30/2020/NĐ-CP: A4 portrait with margins
 * 20 mm top and bottom, 30 mm left, 15 mm right; the header block as a borderless table (unit and number on the
 * left, national title, motto and date on the right, short rules under them); "Kính gửi"; the text in the styles of
 * {@link WordStyles}; "Nơi nhận" and the signature block side by side in a row that never splits across pages; page
 * numbers centred at the top from page 2; the phụ lục and score tables on landscape pages after the signature, their
 * header row repeated on each page. Only Apache POI's XWPF model is used (no hand-written XML parts).
 *
 * <p>Stateless; call it off the JavaFX thread.
 */
public final class WordDocumentWriter {

    /** A4 in twentieths of a point. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final int HEADER_DISTANCE = 567;
    static final int PORTRAIT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int HEADER_LEFT = 3700;
    private static final int RECIPIENTS_WIDTH = 4300;
    private static final int SIGNING_LINES = 4;
    /** A table cell's left and right margin, twentieths of a point. */
    private static final int CELL_MARGIN = 57;
    /** The size of table text (WordStyles.TABLE: 22 half-points). */
    private static final double TABLE_POINTS = 11;
    /** Rows up to this share of the page's text height are kept on one page; taller ones may break. */
    private static final double KEEP_WHOLE_SHARE = 0.25;
    /** How many of a table's last rows are kept on one page: the totals and at least two rows above them. */
    private static final int KEPT_LAST_ROWS = 4;

    /**
     * Writes {@code document} to {@code target}, replacing it whole or not at all.
     *
     * @throws vn.cchc.workbook.files.SafeWriteException with a Vietnamese message when the file cannot be written
     */
    public void write(DraftDocument document, Path target) {
        Objects.requireNonNull(document, "document");
        byte[] bytes = toBytes(document);
        SafeFileWriter.write(target, bytes);
    }

    /** The .docx file's bytes. */
    public byte[] toBytes(DraftDocument document) {
        try (XWPFDocument word = build(document); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
    }

    static XWPFDocument build(DraftDocument document) {
        XWPFDocument word = new XWPFDocument();
        WordStyles.install(word);
        Letterhead head = document.letterhead();
        headerBlock(word, head);
        addressees(word, document.sections(Section.Placement.ADDRESSEES));
        if (!head.kindTitle().isEmpty()) {
            titled(word, WordStyles.TITLE, head.kindTitle()).setSpacingBefore(240);
            titled(word, WordStyles.TITLE, head.title());
            rule(word.createParagraph(), 1800, PORTRAIT_WIDTH);
        }
        for (Section section : document.sections(Section.Placement.BODY)) {
            blocks(word, section.blocks(), PORTRAIT_WIDTH);
        }
        // The last paragraph of the text goes with the signature: the block never stands alone on a page.
        List<XWPFParagraph> written = word.getParagraphs();
        if (!written.isEmpty()) {
            written.get(written.size() - 1).setKeepNext(true);
        }
        signature(word, document.sections(Section.Placement.RECIPIENTS), document.signer());
        List<Section> annexes = document.sections(Section.Placement.ANNEX);
        pageNumbers(word);
        CTSectPr body = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        if (annexes.isEmpty()) {
            page(body, false);
            body.addNewTitlePg();
        } else {
            // The portrait part ends with a section break that carries its own page setup and header references.
            CTSectPr portrait = word.createParagraph().getCTP().addNewPPr().addNewSectPr();
            portrait.set(body.copy());
            page(portrait, false);
            portrait.addNewTitlePg();
            boolean first = true;
            for (Section annex : annexes) {
                if (!first) {
                    word.createParagraph().setPageBreak(true);
                }
                first = false;
                blocks(word, annex.blocks(), LANDSCAPE_WIDTH);
            }
            page(body, true);
            // The annex starts on a page that is never the document's first: it shows its number, so it needs no
            // first-page header.
            List<CTHdrFtrRef> references = body.getHeaderReferenceList();
            for (int i = references.size() - 1; i >= 0; i--) {
                if (references.get(i).getType() == STHdrFtr.FIRST) {
                    body.removeHeaderReference(i);
                }
            }
        }
        return word;
    }

    /** Left: parent, unit, rule, number, trích yếu. Right: national title, motto, rule, place and date. */
    private static void headerBlock(XWPFDocument word, Letterhead head) {
        XWPFTable table = borderless(word, new int[] {HEADER_LEFT, PORTRAIT_WIDTH - HEADER_LEFT});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph p = left.getParagraphs().get(0);
        if (!head.parentLine().isEmpty()) {
            centred(p, head.parentLine(), false, false, 26);
            p = left.addParagraph();
        }
        boolean firstLine = true;
        for (String line : head.unitLine().split("\n")) {
            if (!firstLine) {
                p = left.addParagraph();
            }
            centred(p, line, true, false, 26);
            firstLine = false;
        }
        rule(left.addParagraph(), 1200, HEADER_LEFT);
        XWPFParagraph number = left.addParagraph();
        centred(number, head.number(), false, false, 26);
        number.setSpacingBefore(120);
        if (!head.subject().isEmpty()) {
            XWPFParagraph subject = left.addParagraph();
            centred(subject, head.subject(), false, false, 24);
            subject.setSpacingBefore(60);
        }
        centred(right.getParagraphs().get(0), DocumentWords.nation(), true, false, 24);
        centred(right.addParagraph(), DocumentWords.motto(), true, false, 26);
        rule(right.addParagraph(), 3400, PORTRAIT_WIDTH - HEADER_LEFT);
        XWPFParagraph date = right.addParagraph();
        centred(date, head.placeDate(), false, true, 26);
        date.setSpacingBefore(120);
    }

    /** "Kính gửi: X." on one line, or "Kính gửi:" then "- X;" lines ending with a full stop. */
    private static void addressees(XWPFDocument word, List<Section> sections) {
        List<String> names = new ArrayList<>();
        for (Section section : sections) {
            for (Paragraph paragraph : section.paragraphs()) {
                names.addAll(lines(paragraph.text()));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        String label = DocumentWords.addressedTo();
        if (names.size() == 1) {
            XWPFParagraph p = styled(word.createParagraph(), WordStyles.ADDRESSEE);
            p.setIndentationLeft(1701);
            p.setSpacingBefore(240);
            run(p, label + " " + withEnd(names.get(0), "."));
            return;
        }
        XWPFParagraph heading = styled(word.createParagraph(), WordStyles.ADDRESSEE);
        heading.setIndentationLeft(1701);
        heading.setSpacingBefore(240);
        run(heading, label);
        for (int i = 0; i < names.size(); i++) {
            XWPFParagraph p = styled(word.createParagraph(), WordStyles.ADDRESSEE);
            p.setIndentationLeft(2835);
            p.setSpacingBefore(i == 0 ? 60 : 0);
            run(p, "- " + withEnd(names.get(i), i == names.size() - 1 ? "." : ";"));
        }
    }

    private static void blocks(XWPFDocument word, List<Block> blocks, int width) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                paragraph(word, paragraph);
            } else if (block instanceof Table table) {
                table(word, table, width);
            }
        }
    }

    /** One printed paragraph per line of the text; bullets get their "- ". */
    private static void paragraph(XWPFDocument word, Paragraph paragraph) {
        for (String line : lines(paragraph.text())) {
            XWPFParagraph p = styled(word.createParagraph(), WordStyles.of(paragraph.role()));
            String text = line;
            if (paragraph.role() == Paragraph.Role.BULLET && !startsWithMark(line)) {
                text = "- " + line;
            }
            run(p, text);
        }
    }

    private static void table(XWPFDocument word, Table table, int width) {
        int columns = table.columns().size();
        int[] widths = widths(table, width);
        XWPFTable t = word.createTable(1, columns);
        fixedLayout(t, widths);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            cellText(cell, table.columns().get(c).header(), true, ParagraphAlignment.CENTER);
        }
        double keepWhole = (width >= LANDSCAPE_WIDTH ? A4_SHORT : A4_LONG) - MARGIN_TOP - MARGIN_BOTTOM;
        keepWhole = keepWhole / 20 * KEEP_WHOLE_SHARE;
        List<Table.Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            Table.Row row = rows.get(i);
            XWPFTableRow r = t.createRow();
            // A row of a few lines is read whole: it moves to the next page rather than break. A tall one (an
            // opinion of twenty lines) breaks at the page's end: kept whole, it left most of a page blank before it
            // (the commune's appendix in Word took 7 pages, two of them half empty).
            boolean whole = rowHeight(row, widths) <= keepWhole;
            r.setCantSplitRow(whole);
            // The table's last rows (its totals and the rows just above) stay on one page: the ward's phụ lục
            // printed "Tổng điểm" and "Chỉ số" alone on its last page, under the repeated header.
            boolean keepWithNext = whole && i < rows.size() - 1 && i >= rows.size() - KEPT_LAST_ROWS;
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = r.getCell(c);
                boolean numeric = table.columns().get(c).numeric();
                cellText(cell, row.cells().get(c), row.bold(),
                        numeric ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                if (keepWithNext) {
                    cell.getParagraphs().forEach(p -> p.setKeepNext(true));
                }
            }
        }
        XWPFParagraph after = word.createParagraph();
        after.setSpacingBefore(0);
    }

    /** "Nơi nhận" on the left, the signature block on the right, in one row that stays on one page. */
    private static void signature(XWPFDocument word, List<Section> recipients, Signer signer) {
        XWPFTable table = borderless(word, new int[] {RECIPIENTS_WIDTH, PORTRAIT_WIDTH - RECIPIENTS_WIDTH});
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        XWPFTableCell left = row.getCell(0);
        XWPFTableCell right = row.getCell(1);
        List<String> lines = new ArrayList<>();
        recipients.forEach(s -> s.paragraphs().forEach(p -> lines.addAll(lines(p.text()))));
        XWPFParagraph p = left.getParagraphs().get(0);
        if (!lines.isEmpty()) {
            styled(p, WordStyles.RECIPIENTS_HEADING);
            p.setSpacingBefore(240);
            run(p, Messages.get("reports.doc.recipients"));
            for (String line : lines) {
                XWPFParagraph item = styled(left.addParagraph(), WordStyles.RECIPIENT);
                run(item, startsWithMark(line) ? line : "- " + line);
            }
        }
        XWPFParagraph sign = right.getParagraphs().get(0);
        sign.setSpacingBefore(240);
        boolean any = false;
        if (!signer.authorityLine().isEmpty()) {
            centred(sign, DocumentWords.upper(signer.authorityLine()), true, false, 28);
            sign = right.addParagraph();
            any = true;
        }
        if (!signer.title().isEmpty()) {
            centred(sign, DocumentWords.upper(signer.title()), true, false, 28);
            sign = right.addParagraph();
            any = true;
        }
        if (any || !signer.name().isEmpty()) {
            for (int i = 0; i < SIGNING_LINES; i++) {
                centred(sign, "", false, false, 28);
                sign = right.addParagraph();
            }
            centred(sign, signer.name(), true, false, 28);
        }
        word.createParagraph().setSpacingBefore(0);
    }

    /** A centred page number at the top of every page but the first. */
    private static void pageNumbers(XWPFDocument word) {
        XWPFHeader numbered = word.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.getParagraphs().isEmpty() ? numbered.createParagraph()
                : numbered.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        var r = field.addNewR();
        var rPr = r.addNewRPr();
        var fonts = rPr.addNewRFonts();
        fonts.setAscii(WordStyles.FONT);
        fonts.setHAnsi(WordStyles.FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(WordStyles.BODY_HALF_POINTS));
        r.addNewT().setStringValue("2");
        XWPFHeader first = word.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        if (section.isSetTitlePg()) {
            section.unsetTitlePg();
        }
    }

    private static XWPFTable borderless(XWPFDocument word, int[] widths) {
        XWPFTable table = word.createTable(1, widths.length);
        fixedLayout(table, widths);
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    private static void fixedLayout(XWPFTable table, int[] widths) {
        CTTblPr properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
                : table.getCTTbl().addNewTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        var tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(total));
        var margins = properties.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(CELL_MARGIN));
        margins.getRight().setType(STTblWidth.DXA);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
                if (!tcPr.isSetVAlign()) {
                    tcPr.addNewVAlign().setVal(STVerticalJc.TOP);
                }
            }
        }
    }

    /** The points a row's tallest cell takes in the table's 11-pt text, wrapped in its column less the margins. */
    static double rowHeight(Table.Row row, int[] widths) {
        TextMeasure measure = TextMeasure.get();
        TextMeasure.Style style = row.bold() ? TextMeasure.Style.BOLD : TextMeasure.Style.REGULAR;
        int lines = 1;
        for (int c = 0; c < widths.length && c < row.cells().size(); c++) {
            double room = (widths[c] - 2 * CELL_MARGIN) / 20.0;
            lines = Math.max(lines, measure.wrap(row.cells().get(c), room, TABLE_POINTS, style).size());
        }
        return lines * measure.linePitch(TABLE_POINTS);
    }

    private static int[] widths(Table table, int width) {
        int sum = table.columns().stream().mapToInt(Table.Column::width).sum();
        int[] widths = new int[table.columns().size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? width - used : width * table.columns().get(i).width() / sum;
            used += widths[i];
        }
        return widths;
    }

    private static void cellText(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        List<String> lines = text.isEmpty() ? List.of("") : List.of(text.split("\n", -1));
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            styled(p, WordStyles.TABLE);
            p.setAlignment(alignment);
            XWPFRun run = run(p, lines.get(i));
            if (bold) {
                run.setBold(true);
            }
        }
    }

    private static XWPFParagraph titled(XWPFDocument word, String style, String text) {
        XWPFParagraph p = styled(word.createParagraph(), style);
        run(p, text);
        return p;
    }

    /** A short horizontal rule, centred: an empty paragraph with a top border narrowed by indents. */
    private static void rule(XWPFParagraph p, int ruleWidth, int available) {
        int indent = Math.max(0, (available - ruleWidth) / 2);
        p.setBorderTop(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(40);
        p.setSpacingAfter(0);
        var mark = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var rPr = mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr();
        rPr.addNewSz().setVal(BigInteger.valueOf(4));
        p.setSpacingBetween(1.0);
    }

    private static void centred(XWPFParagraph p, String text, boolean bold, boolean italic, int halfPoints) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        XWPFRun run = run(p, text);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(halfPoints / 2.0);
    }

    private static XWPFParagraph styled(XWPFParagraph p, String style) {
        p.setStyle(style);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontFamily(WordStyles.FONT);
        run.setText(text);
        return run;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static boolean startsWithMark(String line) {
        return line.startsWith("-") || line.startsWith("+") || line.startsWith("•") || line.startsWith("–");
    }

    private static String withEnd(String text, String end) {
        String stripped = text.strip();
        while (stripped.endsWith(";") || stripped.endsWith(".") || stripped.endsWith(",")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        return stripped + end;
    }
}

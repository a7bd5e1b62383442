package vn.cchc.workbook.reports.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The tables of a Word (.docx) appendix, in document order, with the lines of text above each: what provinces
 * publish as the appendix to the Quyết định. Automatic numbering (a numbered list in the STT or title cell) is
 * written out as Word shows it ("1.", "1.2.", "II.", "a)"), counted in document order; cells merged across columns
 * or rows become merged areas of a {@link WordGrid}.
 */
final class WordTables {

    /** Bounds on untrusted documents: far above any real appendix (a few hundred rows in one to a dozen tables). */
    static final long MAX_FILE_BYTES = 40L * 1024 * 1024;
    static final int MAX_TABLES = 400;
    static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = 60;
    private static final int LINES_KEPT = 40;

    /** One table and the text lines above it (after the previous table). */
    record Table(WordGrid grid, List<String> linesAbove) {
    }

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private WordTables(XWPFDocument document) {
        this.numbering = document.getNumbering();
    }

    static List<Table> read(Path docx) {
        try {
            if (Files.size(docx) > MAX_FILE_BYTES) {
                throw new CriteriaImportException("criteriasets.file.tooLarge", docx.getFileName().toString(),
                        MAX_FILE_BYTES / (1024 * 1024));
            }
        } catch (IOException failed) {
            throw new CriteriaImportException(failed, "criteriaimport.file.unreadable", docx.toString());
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            return new WordTables(document).tables(document);
        } catch (EncryptedDocumentException locked) {
            throw new CriteriaImportException(locked, "criteriasets.file.wordEncrypted", docx.getFileName().toString());
        } catch (CriteriaImportException own) {
            throw own;
        } catch (IOException | RuntimeException notWord) {
            // POI reports a file that is not a .docx with assorted runtime exceptions.
            throw new CriteriaImportException(notWord, "criteriasets.file.notWord", docx.getFileName().toString());
        }
    }

    private List<Table> tables(XWPFDocument document) {
        List<Table> tables = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = (label(paragraph) + " " + paragraph.getText()).strip();
                if (!text.isEmpty()) {
                    lines.add(Plain.oneLine(text));
                    if (lines.size() > LINES_KEPT) {
                        lines.remove(0);
                    }
                }
            } else if (element instanceof XWPFTable table) {
                if (tables.size() >= MAX_TABLES) {
                    throw new CriteriaImportException("criteriasets.file.tooManyTables", MAX_TABLES);
                }
                tables.add(new Table(grid(table, tables.size()), List.copyOf(lines)));
                lines.clear();
            }
        }
        return tables;
    }

    private WordGrid grid(XWPFTable table, int position) {
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() > MAX_ROWS) {
            throw new CriteriaImportException("criteriasets.file.tooManyRows", position + 1, MAX_ROWS);
        }
        List<WordGrid.Cell[]> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<WordGrid.Cell> cells = new ArrayList<>();
            for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                int span = Math.max(1, Math.min(MAX_COLUMNS, gridSpan(cell)));
                int column = cells.size();
                if (column + span > MAX_COLUMNS) {
                    break;
                }
                WordGrid.Cell value;
                WordGrid.Cell above = r > 0 && continuesMerge(cell) ? cellAbove(grid, r, column) : null;
                if (above != null) {
                    value = above;
                } else {
                    value = new WordGrid.Cell(r, column, text(cell), bold(cell), indent(cell));
                }
                for (int i = 0; i < span; i++) {
                    cells.add(value);
                }
            }
            grid.add(cells.toArray(WordGrid.Cell[]::new));
        }
        return new WordGrid(position, grid);
    }

    private static WordGrid.Cell cellAbove(List<WordGrid.Cell[]> grid, int r, int column) {
        WordGrid.Cell[] above = grid.get(r - 1);
        return column < above.length ? above[column] : null;
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return properties.getGridSpan().getVal().intValue();
    }

    /** A vMerge without "restart" continues the cell above. */
    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return false;
        }
        STMerge.Enum value = properties.getVMerge().getVal();
        return value == null || value == STMerge.CONTINUE;
    }

    private String text(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String line = (label(paragraph) + " " + paragraph.getText()).strip();
            if (!line.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
        }
        return text.toString().strip();
    }

    private static boolean bold(XWPFTableCell cell) {
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                String text = run.text();
                if (text != null && !text.isBlank()) {
                    return run.isBold();
                }
            }
        }
        return false;
    }

    /** Left indentation in steps of about a quarter inch (360 twips), as Excel's indent levels are read. */
    private static int indent(XWPFTableCell cell) {
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            if (!paragraph.getText().isBlank()) {
                int left = paragraph.getIndentationLeft();
                return left <= 0 ? 0 : Math.min(20, left / 360);
            }
        }
        return 0;
    }

    // --- automatic numbering ---------------------------------------------------------------------------------------

    /** The label Word prints before a numbered paragraph ("1.2.", "II.", "a)", "-"), counting as Word does. */
    private String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null || numbering == null) {
            return "";
        }
        CTLvl[] levels = levels(numId);
        if (levels.length == 0) {
            return "";
        }
        BigInteger ilvlValue = paragraph.getNumIlvl();
        int level = ilvlValue == null ? 0 : Math.max(0, Math.min(8, ilvlValue.intValue()));
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        CTLvl lvl = levelOf(levels, level);
        if (lvl == null) {
            return "";
        }
        String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if (format.equals("bullet") || format.equals("none")) {
            return format.equals("bullet") ? "-" : "";
        }
        String text = lvl.getLvlText() == null ? "%" + (level + 1) + "." : lvl.getLvlText().getVal();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int which = text.charAt(i + 1) - '1';
                CTLvl of = levelOf(levels, which);
                int start = of != null && of.getStart() != null ? of.getStart().getVal().intValue() : 1;
                int value = which >= 0 && which < count.length ? Math.max(count[which], 1) - 1 + start : 0;
                String ofFormat = of == null || of.getNumFmt() == null ? "decimal" : of.getNumFmt().getVal().toString();
                out.append(format(value, ofFormat));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private CTLvl[] levels(BigInteger numId) {
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        return abstractNum == null ? new CTLvl[0] : abstractNum.getCTAbstractNum().getLvlArray();
    }

    private static CTLvl levelOf(CTLvl[] levels, int level) {
        for (CTLvl lvl : levels) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return level >= 0 && level < levels.length ? levels[level] : null;
    }

    private static String format(int value, String format) {
        return switch (format) {
            case "upperRoman" -> Labels.roman(value);
            case "lowerRoman" -> Labels.roman(value).toLowerCase(Locale.ROOT);
            case "lowerLetter" -> letter(value);
            case "upperLetter" -> letter(value).toUpperCase(Locale.ROOT);
            case "decimalZero" -> String.format(Locale.ROOT, "%02d", value);
            default -> Integer.toString(value);
        };
    }

    /** 1 → a … 26 → z, as Vietnamese lists skip no letter in Word. */
    private static String letter(int value) {
        return value < 1 ? "" : String.valueOf((char) ('a' + (value - 1) % 26));
    }
}

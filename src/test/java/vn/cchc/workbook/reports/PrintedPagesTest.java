package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page check: every report of three workbooks ({@link PrintSamples}) is converted to PDF by LibreOffice headless
 * and each printed page is read back with pdftotext (poppler-utils). For every file it asserts that
 * <ul>
 * <li>LibreOffice prints exactly the pages the program planned (no page break of its own), and each page shows the
 * rows planned for it (their codes or numbers, found in the first column of that PDF page);</li>
 * <li>the signature block and "Nơi nhận" are on one page, with the totals;</li>
 * <li>no page but the last holds fewer than 3 table rows or ends with a group heading;</li>
 * <li>no row is taller than the printable height (nor Excel's 409 pt);</li>
 * <li>the header block's lines and the national title and motto each print on one line;</li>
 * <li>the page count is within the bound stated per report.</li>
 * </ul>
 * LibreOffice (libreoffice-calc-nogui) and pdftotext (poppler-utils) are required: the test fails, it does not skip,
 * when they are missing. {@code .ci/run} installs them.
 */
class PrintedPagesTest {

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</word>");
    private static final Pattern GROUP = Pattern.compile("^[IVXL]+\\.$");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVXL]+\\. .*");
    /** What the first column of a table row shows: a code ("3.12.1", "TR.1"), a number, a group numeral ("II."). */
    private static final Pattern MARKER = Pattern.compile("^([0-9]+|[A-Z]{1,3})(\\.[0-9A-Z]+)*\\.?$");
    private static final long CONVERSION_MINUTES = 10;
    /** A page filled to this share of its height may hold fewer than 3 rows: they are that tall. */
    private static final double FULL_PAGE = 0.85;

    @TempDir
    static Path folder;

    private static List<PrintSamples.Export> exports;

    record Word(double x0, double y0, double x1, double y1, String text) {
        double centre() {
            return (x0 + x1) / 2;
        }
    }

    @BeforeAll
    static void exportAndConvert() throws Exception {
        String soffice = tool("soffice", "LibreOffice (Debian: libreoffice-calc-nogui)");
        tool("pdftotext", "pdftotext (Debian: poppler-utils)");
        exports = PrintSamples.exportAll(folder);
        List<String> command = new ArrayList<>(List.of(soffice,
                "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString()));
        // One LibreOffice start for every file: starting it is most of the time of a conversion.
        exports.forEach(e -> command.add(e.file().toString()));
        command.add(PrintSamples.tightHeader(folder).toString());
        run(command, folder.resolve("soffice.log"));
        for (PrintSamples.Export export : exports) {
            assertThat(pdf(export)).as("LibreOffice made no PDF of %s; see soffice.log", export.file()).exists();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPrintedPageOfEveryReport() {
        return exports.stream().map(export -> DynamicTest.dynamicTest(export.workbook() + " " + export.report(),
                () -> check(export)));
    }

    private static void check(PrintSamples.Export export) throws Exception {
        List<List<Word>> pages = words(pdf(export));
        String what = export.file().getFileName().toString();
        try (XSSFWorkbook workbook = WorkbookReading.open(export.file())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Plan plan = Plan.of(sheet);
            assertThat(pages).as("%s: pages printed vs planned", what).hasSize(plan.pages().size());
            assertThat(pages.size()).as("%s: page count within its bound", what).isLessThanOrEqualTo(export.maxPages());

            for (int p = 0; p < pages.size(); p++) {
                Set<String> printed = firstColumnMarkers(pages.get(p));
                assertThat(printed).as("%s page %d: the rows planned for it", what, p + 1)
                        // As a set: one page may show a code twice (lĩnh vực 8 and department 8 of a comparison).
                        .containsExactlyInAnyOrderElementsOf(new java.util.LinkedHashSet<>(plan.pages().get(p).markers()));
            }
            // A table of a few rows that does not fit one page leaves at least one row for the signature's page.
            int tableRows = plan.pages().stream().mapToInt(PlannedPage::bodyRows).sum();
            int leastRows = Math.min(PagePlan.MIN_BODY_ROWS, tableRows - 1);
            if (tableRows > 0) {
                // The totals, notes and signature never go alone onto a page under a repeated header.
                assertThat(plan.pages().get(plan.pages().size() - 1).bodyRows())
                        .as("%s: table rows on the last page, with the signature", what).isGreaterThan(0);
            }
            for (int p = 0; p < plan.pages().size() - 1; p++) {
                PlannedPage page = plan.pages().get(p);
                if (page.bodyRows() == 0 && !page.hasTable()) {
                    continue;
                }
                // Fewer rows only where rows too tall to keep whole run over the page's edge, or fill the page.
                boolean cutRow = plan.pages().get(p + 1).startsWithContinuation() || page.startsWithContinuation();
                boolean full = page.height() + (p > 0 ? plan.repeated() : 0) >= FULL_PAGE * printableHeight(sheet);
                if (!cutRow && !full) {
                    assertThat(page.bodyRows()).as("%s page %d: table rows on a page that is not the last", what,
                            p + 1).isGreaterThanOrEqualTo(leastRows);
                }
                assertThat(page.endsWithGroupHeading()).as("%s page %d ends with a group heading", what, p + 1)
                        .isFalse();
                // Nor with a criterion whose sub-criteria start the next page ("3.4" over "3.4.1").
                List<String> here = page.markers;
                List<String> next = plan.pages().get(p + 1).markers;
                if (!here.isEmpty() && !next.isEmpty()) {
                    assertThat(next.get(0)).as("%s page %d ends with criterion %s, its first sub-criterion on the "
                            + "next page", what, p + 1, here.getLast()).doesNotStartWith(here.getLast() + ".");
                }
            }

            // Readable at print: table text of 12 pt is not scaled below 11 pt.
            assertThat(SheetStyles.TABLE_FONT_SIZE * sheet.getPrintSetup().getScale() / 100)
                    .as("%s: table text size after the print scale", what).isGreaterThanOrEqualTo(11.0);
            double printable = printableHeight(sheet);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null) {
                    assertThat((double) row.getHeightInPoints()).as("%s row %d height", what, r + 1)
                            .isLessThanOrEqualTo(Math.min(DocumentSheet.EXCEL_MAX_ROW_POINTS, printable));
                }
            }

            signatureOnOnePage(what, pages);
            headerLinesUnbroken(what, pages.get(0));
        }
    }

    /**
     * The model's measure of the header block agrees with LibreOffice's: each header line, in a part exactly as wide
     * as the layout lets it be (the width of its text, 2 % more and the cell's padding, in whole characters), prints
     * on one line. (LibreOffice 7.4 still prints the national title on one line one character narrower, and wraps
     * it two narrower.)
     */
    @org.junit.jupiter.api.Test
    void eachHeaderLinePrintsOnOneLineInTheNarrowestPartTheLayoutGivesIt() throws Exception {
        List<List<Word>> pages = words(folder.resolve("khoi-tieu-de-sat.pdf"));
        assertThat(pages).hasSize(PrintSamples.HEADER_LINES.size());
        for (int i = 0; i < pages.size(); i++) {
            String line = PrintSamples.HEADER_LINES.get(i).text();
            assertThat(onOneLine(pages.get(i), line)).as("\"%s\" on one line", line).isTrue();
        }
    }

    /** "Nơi nhận:", the signer's lines and the totals: all on the page where the signature is. */
    private static void signatureOnOnePage(String what, List<List<Word>> pages) {
        int recipients = pageWith(pages, "Nơi");
        int signer = pageWith(pages, "CHỦ TỊCH", "TRƯỞNG PHÒNG", "TỊCH", "ĐỐC");
        if (signer < 0 && recipients < 0) {
            return;
        }
        assertThat(signer).as("%s: signature block printed", what).isGreaterThanOrEqualTo(0);
        assertThat(signer).as("%s: the signature is on the last page", what).isEqualTo(pages.size() - 1);
        if (recipients >= 0) {
            assertThat(recipients).as("%s: \"Nơi nhận\" on the signature's page", what).isEqualTo(signer);
        }
        List<Word> last = pages.get(signer);
        assertThat(last.stream().anyMatch(w -> w.text().equals("Tổng") || w.text().equals("Tổng điểm")))
                .as("%s: the totals are on the signature's page", what).isTrue();
        assertThat(last.stream().filter(w -> w.text().equals("(1)")).count())
                .as("%s: the signature's page shows the table, not only the header", what).isGreaterThan(0);
    }

    /** The first page's header: each line of the header block, the national title and the motto on one line. */
    private static void headerLinesUnbroken(String what, List<Word> first) {
        for (String line : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")) {
            assertThat(onOneLine(first, line)).as("%s: \"%s\" printed on one line", what, line).isTrue();
        }
        boolean unit = onOneLine(first, "XÃ HIỀN THÀNH") || onOneLine(first, "HUYỆN VĨNH LINH")
                || onOneLine(first, "HUYỆN MẪU") || onOneLine(first, "PHÒNG NỘI VỤ") || onOneLine(first, "SỞ NỘI VỤ");
        assertThat(unit).as("%s: the unit's name printed on one line", what).isTrue();
    }

    private static boolean onOneLine(List<Word> words, String line) {
        String[] parts = line.split(" ");
        for (int i = 0; i + parts.length <= words.size(); i++) {
            boolean match = true;
            for (int k = 0; k < parts.length && match; k++) {
                Word w = words.get(i + k);
                match = w.text().equals(parts[k]) && Math.abs(w.y0() - words.get(i).y0()) < 1;
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static int pageWith(List<List<Word>> pages, String... texts) {
        for (int p = pages.size() - 1; p >= 0; p--) {
            for (String text : texts) {
                String[] parts = text.split(" ");
                if (onOneLine(pages.get(p), text) || parts.length == 1
                        && pages.get(p).stream().anyMatch(w -> w.text().equals(parts[0]))) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** Texts printed in the table's first column below its header: row codes and numbers, group numerals. */
    private static Set<String> firstColumnMarkers(List<Word> page) {
        Optional<Word> one = page.stream().filter(w -> w.text().equals("(1)")).findFirst();
        Set<String> markers = new HashSet<>();
        if (one.isEmpty()) {
            return markers;
        }
        // The table starts at the left margin; "(1)" is centred in the first column, so that column ends here.
        double leftMargin = DocumentSheet.LEFT_MM * DocumentSheet.POINTS_PER_MM;
        double boundary = 2 * one.get().centre() - leftMargin + 1;
        double tableTop = one.get().y1();
        // The footer's "Nơi nhận:" list starts at the table's left edge too.
        double tableBottom = page.stream().filter(w -> w.text().equals("Nơi")).mapToDouble(Word::y0).min()
                .orElse(Double.MAX_VALUE);
        for (Word word : page) {
            if (word.y0() > tableTop && word.y0() < tableBottom && word.x1() < boundary
                    && MARKER.matcher(word.text()).matches() && !word.text().startsWith("(")
                    && !word.text().startsWith("-") && isFirstOnItsLine(page, word)) {
                markers.add(word.text());
            }
        }
        return markers;
    }

    private static boolean isFirstOnItsLine(List<Word> page, Word word) {
        return page.stream().noneMatch(w -> Math.abs(w.y0() - word.y0()) < 1 && w.x1() <= word.x0());
    }

    /** The printable height at the sheet's print scale, in the rows' points. */
    private static double printableHeight(XSSFSheet sheet) {
        boolean landscape = sheet.getPrintSetup().getLandscape();
        double scale = sheet.getPrintSetup().getScale() / 100.0;
        return DocumentSheet.Page.a4(landscape).height() / scale;
    }

    /** The planned pages of a sheet, from its rows and manual breaks. */
    record Plan(List<PlannedPage> pages, double repeated) {

        static Plan of(XSSFSheet sheet) {
            Set<Integer> breaks = new HashSet<>();
            for (int b : sheet.getRowBreaks()) {
                breaks.add(b + 1);
            }
            int tableFirst = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && tableFirst < 0; r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null && text(row, 0).equals("(1)")) {
                    tableFirst = r + 1;
                }
            }
            Set<Integer> spanning = new HashSet<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                if (region.getFirstColumn() == 0 && region.getLastColumn() >= 2) {
                    spanning.add(region.getFirstRow());
                }
            }
            List<PlannedPage> pages = new ArrayList<>();
            PlannedPage page = new PlannedPage();
            boolean inBody = tableFirst >= 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (breaks.contains(r)) {
                    pages.add(page);
                    page = new PlannedPage();
                }
                XSSFRow row = sheet.getRow(r);
                if (row != null) {
                    page.height += row.getHeightInPoints();
                }
                if (row == null || r < tableFirst || !inBody) {
                    continue;
                }
                page.table = true;
                String first = text(row, 0);
                if (isTotal(row) || spanning.contains(r) && !ROMAN_HEADING.matcher(first).matches()) {
                    // Totals, then notes and the footer: the table's body has ended.
                    inBody = false;
                } else if (spanning.contains(r) && ROMAN_HEADING.matcher(first).matches()) {
                    page.markers.add(first.substring(0, first.indexOf(' ')));
                    page.last = Kind.GROUP;
                } else if (!first.isEmpty() && !continued(row)) {
                    page.markers.add(first.split("\\s+")[0]);
                    page.bodyRows++;
                    page.last = Kind.ROW;
                } else if (!spanning.contains(r) && hasText(row)) {
                    page.continuation |= page.bodyRows == 0 && page.markers.isEmpty();
                    if (text(row, 0).endsWith("(tiếp)")) {
                        // "1.4.1 (tiếp)" in the first column prints its code at the start of the page's first line.
                        page.markers.add(text(row, 0).split("\\s+")[0]);
                    }
                    page.bodyRows++;
                    page.last = Kind.ROW;
                }
            }
            pages.add(page);
            double repeated = 0;
            CellRangeAddress titles = sheet.getRepeatingRows();
            if (titles != null) {
                for (int r = titles.getFirstRow(); r <= titles.getLastRow(); r++) {
                    repeated += sheet.getRow(r).getHeightInPoints();
                }
            }
            return new Plan(pages, repeated);
        }

        /** A continuation row of a criterion cut over pages: its code cell says "1.4.1 (tiếp)". */
        private static boolean continued(XSSFRow row) {
            return text(row, 0).endsWith("(tiếp)") || text(row, 1).endsWith("(tiếp)");
        }

        private static boolean isTotal(XSSFRow row) {
            for (int c = 0; c <= 3; c++) {
                String text = text(row, c);
                if (text.startsWith("Tổng") || text.startsWith("Chỉ số")) {
                    return true;
                }
            }
            return false;
        }

        /** A cell's text; "" for numbers, formulas and blanks. */
        private static String text(XSSFRow row, int column) {
            XSSFCell cell = row.getCell(column);
            return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
        }

        private static boolean hasText(XSSFRow row) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                XSSFCell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    return true;
                }
            }
            return false;
        }
    }

    enum Kind { ROW, GROUP }

    static final class PlannedPage {
        final List<String> markers = new ArrayList<>();
        int bodyRows;
        Kind last;
        boolean table;
        /** Height of the page's rows, in the rows' points. */
        double height;
        /** The page opens with the rest of a row begun on the page before. */
        boolean continuation;

        double height() {
            return height;
        }

        boolean startsWithContinuation() {
            return continuation;
        }

        List<String> markers() {
            return markers;
        }

        int bodyRows() {
            return bodyRows;
        }

        boolean hasTable() {
            return table;
        }

        boolean endsWithGroupHeading() {
            return last == Kind.GROUP;
        }
    }

    private static Path pdf(PrintSamples.Export export) {
        String name = export.file().getFileName().toString();
        return folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }

    /** The words of every page of a PDF, in reading order, from {@code pdftotext -bbox}. */
    static List<List<Word>> words(Path pdf) throws Exception {
        Path html = pdf.resolveSibling(pdf.getFileName() + ".html");
        run(List.of("pdftotext", "-bbox", pdf.toString(), html.toString()), pdf.resolveSibling("pdftotext.log"));
        String text = Files.readString(html, StandardCharsets.UTF_8);
        List<List<Word>> pages = new ArrayList<>();
        String[] parts = text.split("<page ");
        for (int i = 1; i < parts.length; i++) {
            List<Word> page = new ArrayList<>();
            Matcher m = WORD.matcher(parts[i]);
            while (m.find()) {
                page.add(new Word(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), unescape(m.group(5))));
            }
            pages.add(page);
        }
        return pages;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** The program on the PATH, or a failure naming the package to install. */
    private static String tool(String name, String install) {
        String path = System.getenv().getOrDefault("PATH", "");
        Optional<String> found = Arrays.stream(path.split(File.pathSeparator))
                .map(folder -> Path.of(folder, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
        assertThat(found).as("The page check needs %s on the PATH: install %s", name, install).isPresent();
        return found.get();
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(CONVERSION_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("%s finished within %d minutes", command.get(0), CONVERSION_MINUTES).isTrue();
        assertThat(process.exitValue()).as("%s exit code; output:%n%s", command.get(0),
                Files.readString(log)).isZero();
    }
}

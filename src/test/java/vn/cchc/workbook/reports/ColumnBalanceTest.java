package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.scoring.ScoreEngine;

/**
 * Column widths balanced from the content actually present: the longest texts get the room, empty columns shrink to
 * their header, figures never wrap, the table fills the width, and no other split of the text columns gives a lower
 * table.
 */
class ColumnBalanceTest {

    private static final int AVAILABLE = 100;
    private static final double PAGE_HEIGHT = 470;
    private static final String LONG = "Đơn vị chưa cung cấp đầy đủ tài liệu kiểm chứng theo quy định; văn bản ban hành "
            + "chậm so với thời hạn của Kế hoạch, nội dung báo cáo chưa đánh giá được kết quả thực hiện.";

    private final List<Column> columns = List.of(
            Column.center("reports.col.stt", 6),
            Column.text("reports.col.node", 24),
            Column.number("reports.col.maximum", 7),
            Column.note("reports.col.opinion", 40),
            Column.note("reports.col.cause", 22));

    private final List<DocumentSheet.Line> lines = new ArrayList<>();

    private void header() {
        DocumentSheet.Line line = new DocumentSheet.Line(PagePlan.Kind.REPEAT);
        for (int c = 0; c < columns.size(); c++) {
            line.pieces.add(new DocumentSheet.Piece(DocumentSheet.Span.CELL, c, columns.get(c).header(), null,
                    SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.BOLD));
        }
        lines.add(line);
    }

    private void row(Object... values) {
        DocumentSheet.Line line = new DocumentSheet.Line(PagePlan.Kind.BODY);
        for (int c = 0; c < columns.size(); c++) {
            line.pieces.add(new DocumentSheet.Piece(DocumentSheet.Span.CELL, c, values[c], null,
                    SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.REGULAR));
        }
        lines.add(line);
    }

    private int[] widths() {
        return ColumnBalance.widths(lines, columns, AVAILABLE, PAGE_HEIGHT);
    }

    private static int headerWord(String word) {
        return RowLayout.charactersFor(TextMeasure.get().width(word, SheetStyles.TABLE_FONT_SIZE,
                TextMeasure.Style.BOLD));
    }

    /** Twenty rows: short titles, long opinions, an empty fifth column. */
    private void opinionsOnly() {
        header();
        for (int i = 1; i <= 20; i++) {
            row("1." + i, "Kế hoạch CCHC năm " + i, new BigDecimal("2.5"), LONG, null);
        }
    }

    @Test
    void theTableFillsTheAvailableWidth() {
        opinionsOnly();
        assertThat(Arrays.stream(widths()).sum()).isEqualTo(AVAILABLE);
    }

    /**
     * An empty column keeps only what its header needs: the narrowest width at which its header is no taller than
     * the table's header row already is (narrower, the repeated header would grow on every page), never below its
     * longest word.
     */
    @Test
    void anEmptyColumnShrinksToWhatItsHeaderNeeds() {
        opinionsOnly();
        int[] widths = widths();
        int others = 0;
        for (int c = 0; c < 4; c++) {
            others = Math.max(others, headerLines(c, widths[c]));
        }
        int minimum = ColumnBalance.MIN_TEXT_CHARACTERS;
        for (String word : columns.get(4).header().split("[\\s/]+")) {
            minimum = Math.max(minimum, headerWord(word));
        }
        assertThat(widths[4]).isLessThan(widths[3] / 3).isGreaterThanOrEqualTo(minimum);
        assertThat(headerLines(4, widths[4])).isLessThanOrEqualTo(others);
        if (widths[4] > minimum) {
            assertThat(headerLines(4, widths[4] - 1)).isGreaterThan(others);
        }
    }

    private int headerLines(int column, int width) {
        return TextMeasure.get().wrap(columns.get(column).header(),
                RowLayout.usableWidth(width) / RowLayout.WRAP_SAFETY, SheetStyles.TABLE_FONT_SIZE,
                TextMeasure.Style.BOLD).size();
    }

    @Test
    void theColumnWithTheLongestTextsGetsTheRoom() {
        opinionsOnly();
        int[] widths = widths();
        assertThat(widths[3]).as("the opinions").isGreaterThan(2 * widths[1]).isGreaterThan(2 * widths[4]);
        // The titles got only the room that costs no height: no title makes its row taller than its opinion does.
        int titleLines = TextMeasure.get().wrap("Kế hoạch CCHC năm 20",
                RowLayout.usableWidth(widths[1]) / RowLayout.WRAP_SAFETY, SheetStyles.TABLE_FONT_SIZE,
                TextMeasure.Style.REGULAR).size();
        int opinionLines = TextMeasure.get().wrap(LONG, RowLayout.usableWidth(widths[3]) / RowLayout.WRAP_SAFETY,
                SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.REGULAR).size();
        assertThat(titleLines).isLessThanOrEqualTo(opinionLines);
    }

    @Test
    void whenTheOtherColumnHoldsTheLongTextsTheRoomMovesThere() {
        header();
        for (int i = 1; i <= 20; i++) {
            row("1." + i, "Kế hoạch CCHC năm " + i, new BigDecimal("2.5"), "Đồng ý", LONG);
        }
        int[] widths = widths();
        assertThat(widths[4]).isGreaterThan(widths[3]).isGreaterThan(widths[1]);
    }

    @Test
    void codesAndFiguresNeverWrap() {
        header();
        row("3.12.1.4", "Tỷ lệ hồ sơ", new BigDecimal("12345.678"), LONG, LONG);
        int[] widths = widths();
        double code = TextMeasure.get().width("3.12.1.4", SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.REGULAR);
        double figure = TextMeasure.get().width("12345.68", SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.REGULAR);
        assertThat(RowLayout.usableWidth(widths[0])).isGreaterThanOrEqualTo(code * RowLayout.WRAP_SAFETY);
        assertThat(RowLayout.usableWidth(widths[2])).isGreaterThanOrEqualTo(figure * RowLayout.WRAP_SAFETY);
    }

    @Test
    void aBalancedTableIsLowerThanOneWithEqualTextColumns() {
        opinionsOnly();
        int[] balanced = widths();
        int[] equal = balanced.clone();
        int text = balanced[1] + balanced[3] + balanced[4];
        equal[1] = text / 3;
        equal[3] = text / 3;
        equal[4] = text - 2 * (text / 3);
        assertThat(ColumnBalance.cost(lines, balanced, PAGE_HEIGHT))
                .isLessThan(ColumnBalance.cost(lines, equal, PAGE_HEIGHT) * 0.8);
    }

    /**
     * The commune sample's full appendix: no other division of the three text columns' room (title, opinion and
     * remedy, each within 8 characters of the chosen width; the code and figure columns as chosen) gives a lower
     * table than the lowest widths found.
     */
    @Test
    void noOtherSplitOfTheTextColumnsGivesTheCommuneAppendixALowerTable() {
        List<DocumentSheet.Line> appendix = communeAppendix();
        List<Column> appendixColumns = SheetReport.of(ReportKind.PHU_LUC).columns();
        DocumentSheet.Page page = DocumentSheet.Page.a4(true);
        double height = page.plannedHeight(1);
        int[] chosen = ColumnBalance.balance(appendix, appendixColumns, page.widthCharacters(), height).lowest();
        assertThat(Arrays.stream(chosen).sum()).isEqualTo(page.widthCharacters());
        double best = ColumnBalance.cost(appendix, chosen, height);
        int text = chosen[1] + chosen[6] + chosen[7];
        int tried = 0;
        for (int title = chosen[1] - 8; title <= chosen[1] + 8; title++) {
            for (int opinion = chosen[6] - 8; opinion <= chosen[6] + 8; opinion++) {
                int remedy = text - title - opinion;
                if (remedy < ColumnBalance.MIN_TEXT_CHARACTERS || opinion < ColumnBalance.MIN_TEXT_CHARACTERS) {
                    continue;
                }
                int[] other = chosen.clone();
                other[1] = title;
                other[6] = opinion;
                other[7] = remedy;
                tried++;
                assertThat(ColumnBalance.cost(appendix, other, height)).as("title %d, opinion %d, remedy %d",
                        title, opinion, remedy).isGreaterThanOrEqualTo(best - 1e-6);
            }
        }
        assertThat(tried).isGreaterThan(200);
    }

    /** The lowest table is also the fewest pages: nearby divisions of the text columns print no fewer pages. */
    @Test
    void noNearbySplitOfTheTextColumnsPrintsTheCommuneAppendixOnFewerPages() {
        List<DocumentSheet.Line> appendix = communeAppendix();
        DocumentSheet.Page page = DocumentSheet.Page.a4(true);
        RowLayout.Result chosen = RowLayout.lay(appendix, SheetReport.of(ReportKind.PHU_LUC).columns(), page);
        int[] widths = chosen.widths();
        int text = widths[1] + widths[6] + widths[7];
        for (int title = widths[1] - 4; title <= widths[1] + 4; title += 2) {
            for (int opinion = widths[6] - 4; opinion <= widths[6] + 4; opinion += 2) {
                int[] other = widths.clone();
                other[1] = title;
                other[6] = opinion;
                other[7] = text - title - opinion;
                assertThat(RowLayout.lay(appendix, page, other).pages()).as("title %d, opinion %d", title, opinion)
                        .isGreaterThanOrEqualTo(chosen.pages());
            }
        }
    }

    /** The lines of the commune sample's full appendix, as the exporter collects them. */
    private static List<DocumentSheet.Line> communeAppendix() {
        Assessment sample = PrintSamples.commune();
        ExportOptions options = ExportOptions.builder().documentDate(LocalDate.of(2023, 9, 6))
                .signer(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Bình"))
                .reports(ReportKind.PHU_LUC).build();
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
        try {
            SheetReport report = SheetReport.of(ReportKind.PHU_LUC);
            DocumentSheet sheet = new DocumentSheet(workbook, new SheetStyles(workbook.getXSSFWorkbook()), "1",
                    report.columns());
            sheet.documentHeader(HeaderBlock.of(sample.unit()), DocumentText.placeDateLine("Hiền Thành",
                    options.effectiveDate()));
            sheet.headings("PHỤ LỤC", ExcelExporter.title(ReportKind.PHU_LUC, sample, options.track()), "");
            sheet.tableHeader();
            report.writeTable(ReportContext.of(sample, ScoreEngine.score(sample), options), sheet);
            sheet.footer(options.signer(), options.recipients());
            return sheet.lines();
        } finally {
            ExcelExporter.close(workbook);
        }
    }
}

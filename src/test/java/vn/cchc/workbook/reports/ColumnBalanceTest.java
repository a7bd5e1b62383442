package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    /**
     * The commune's remediation plan: its longest criterion title (3.5.2, 200 characters) ran 13 lines in a
     * "Nội dung" of 16 characters beside a 6-line opinion in a column of 45, because the readable pass lowered only
     * the tallest row (a long opinion's) and took the room from the titles. Now no row is more than 5 lines taller
     * than it would be with the text columns' width divided for it alone (6 before), and no title runs more than 10
     * lines.
     */
    @Test
    void theRemediationPlanDoesNotSqueezeItsTitlesBesideOpinionsWithRoom() {
        DocumentSheet sheet = PrintSamples.laidOut(PrintSamples.commune(), PrintSamples.communeOptions().build(),
                ReportKind.KHAC_PHUC);
        int[] widths = sheet.layout().widths();
        int content = 2;
        assertThat(RowSqueeze.most(sheet.lines(), sheet.columns(), widths)).as("widths %s", Arrays.toString(widths))
                .isLessThanOrEqualTo(5);
        assertThat(tallestCell(sheet.lines(), widths, content)).as("widths %s", Arrays.toString(widths))
                .isLessThanOrEqualTo(10);
    }

    /**
     * A comparison across a revised criteria set: three short notes ("Tiêu chí mới", "Không còn trong Bộ tiêu chí",
     * "Điểm tối đa 4 → 3") in "Ghi chú", which the lowest table leaves at 8 characters, so "Không còn trong Bộ tiêu
     * chí" ran 5 lines beside a 2-line title. Now each note row is at most a line taller than its own best division
     * of the width, and no note runs more than 3 lines.
     */
    @Test
    void theComparisonNotesAreNotNarrowRibbons() {
        DocumentSheet sheet = PrintSamples.laidOut(PrintSamples.linkedWithAFewChanges(),
                PrintSamples.communeOptions().build(), ReportKind.SO_SANH);
        int[] widths = sheet.layout().widths();
        int note = 7;
        int notes = 0;
        for (RowSqueeze.Row row : RowSqueeze.rows(sheet.lines(), sheet.columns(), widths)) {
            DocumentSheet.Line line = sheet.lines().get(row.line());
            if (line.kind == PagePlan.Kind.BODY && line.pieces.size() > note
                    && line.pieces.get(note).value() instanceof String text && !text.isEmpty()) {
                notes++;
                assertThat(row.squeeze()).as("\"%s\" at widths %s", text, Arrays.toString(widths))
                        .isLessThanOrEqualTo(ColumnBalance.SQUEEZE_FLOOR_LINES);
            }
        }
        assertThat(notes).isEqualTo(3);
        assertThat(tallestCell(sheet.lines(), widths, note)).as("widths %s", Arrays.toString(widths))
                .isLessThanOrEqualTo(3);
    }

    /**
     * A note column keeps its notes' words whole: a document number of 12 characters in a column the lowest table
     * would leave narrower is not broken inside.
     */
    @Test
    void aNoteColumnFitsItsLongestWord() {
        header();
        for (int i = 1; i <= 20; i++) {
            row("1." + i, "Kế hoạch CCHC năm " + i, new BigDecimal("2.5"), LONG,
                    i % 5 == 0 ? "Theo 1234/UBND-NV" : null);
        }
        int[] widths = widths();
        assertThat(widths[4]).isGreaterThanOrEqualTo(RowLayout.charactersFor(TextMeasure.get().width("1234/UBND-NV",
                SheetStyles.TABLE_FONT_SIZE, TextMeasure.Style.REGULAR)));
    }

    /**
     * The printed what-changed list of the page check: the old opinions (column "Trước") include the sample's
     * longest, the new ones (column "Sau") are short but every seventh is long. The lowest table gives "Sau" 40
     * characters and "Trước" 23, so the longest old opinion runs 33 lines for a table 0,8 % lower; the readable
     * widths share the room and no row is longer than 24 lines.
     */
    @Test
    void theWhatChangedListDoesNotSqueezeItsOldOpinions() {
        DocumentSheet sheet = PrintSamples.laidOutChangeList();
        int[] widths = sheet.layout().widths();
        int before = 5;
        int after = 6;
        assertThat(tallestBodyRow(sheet.lines(), widths)).as("widths %s", Arrays.toString(widths))
                .isLessThanOrEqualTo(24);
        // The old opinions are the longer texts: their column is not the narrower by much.
        assertThat(longestText(sheet.lines(), before)).isGreaterThan(longestText(sheet.lines(), after));
        assertThat(widths[before]).isGreaterThanOrEqualTo(widths[after] - 3);
    }

    /**
     * A ward's appendix early in the appraisal, on the 2025 commune set: one criterion with an opinion of 20 words and
     * a remedy, every other row a title of up to 62 characters. Within 1 % of the lowest table the opinion stays on
     * 13 lines or more of a 9-character column (widening it wraps many titles: 9 % higher); the room left on the
     * last page pays for it now, on the same pages: at most 9 lines for the opinion and for the remedy.
     */
    @Test
    void aLoneOpinionBesideManyTitlesIsNotARibbonWhenTheLastPageHasRoom() {
        var set = vn.cchc.workbook.interchange.BundledData.sampleCriteriaSet(
                vn.cchc.workbook.domain.criteria.UnitLevel.COMMUNE, 2025);
        Assessment a = Assessment.start(new vn.cchc.workbook.domain.assessment.AssessedUnit("Đông Hà",
                        vn.cchc.workbook.domain.criteria.UnitLevel.COMMUNE, "UBND tỉnh Quảng Trị", "Đông Hà"),
                vn.cchc.workbook.domain.assessment.Period.FULL_YEAR, 2026, set,
                List.of(vn.cchc.workbook.domain.assessment.Department.named("Công chức Văn phòng - Thống kê")));
        var leaves = set.leaves();
        for (int i = 0; i < 4; i++) {
            var leaf = leaves.get(i);
            a = a.withEntry(a.entry(leaf.code()).withSelf(vn.cchc.workbook.testdata.GeneratedAssessment.input(leaf, 0))
                    .withFirstAppraisal(vn.cchc.workbook.testdata.GeneratedAssessment.input(leaf, i == 1 ? 1 : 0)));
        }
        String code = leaves.get(1).code();
        a = a.withEntry(a.entry(code).withAppraisalOpinion("Kế hoạch thiếu mốc thời gian hoàn thành của 3 nhiệm vụ. "
                        + "HĐTĐ: kế hoạch không xác định sản phẩm đầu ra nên không đạt.")
                .withRemedy(new vn.cchc.workbook.domain.assessment.Remedy(
                        "Bổ sung mốc thời gian vào kế hoạch năm sau", LocalDate.of(2027, 3, 31),
                        vn.cchc.workbook.domain.assessment.Remedy.Status.NOT_STARTED)));
        DocumentSheet sheet = PrintSamples.laidOut(a, ExportOptions.builder().build(), ReportKind.PHU_LUC);
        int opinion = 6;
        int remedy = 7;
        DocumentSheet.Page page = DocumentSheet.Page.a4(true);
        ColumnBalance.Balanced balanced = ColumnBalance.balance(sheet.lines(), sheet.columns(), page.widthCharacters(),
                page.plannedHeight(1));
        assertThat(tallestCell(sheet.lines(), balanced.readable(), opinion)).as("within 1 %%: the ribbon")
                .isGreaterThanOrEqualTo(13);

        int[] widths = sheet.layout().widths();
        assertThat(widths).isEqualTo(balanced.roomy());
        assertThat(tallestCell(sheet.lines(), widths, opinion)).as("widths %s", Arrays.toString(widths))
                .isLessThanOrEqualTo(9);
        assertThat(tallestCell(sheet.lines(), widths, remedy)).as("widths %s", Arrays.toString(widths))
                .isLessThanOrEqualTo(9);
        assertThat(sheet.layout().pages()).isEqualTo(RowLayout.lay(sheet.lines(), page, balanced.lowest()).pages());
    }

    /** The readable widths: at most 1 % higher than the lowest, no row more squeezed, and never on more pages. */
    @Test
    void theReadableWidthsCostAtMostOnePercentAndNoPage() {
        DocumentSheet.Page page = DocumentSheet.Page.a4(true);
        Map<List<DocumentSheet.Line>, List<Column>> tables = Map.of(
                PrintSamples.laidOutChangeList().lines(), ChangeListExport.COLUMNS,
                communeAppendix(), SheetReport.of(ReportKind.PHU_LUC).columns());
        for (var entry : tables.entrySet()) {
            List<DocumentSheet.Line> table = entry.getKey();
            List<Column> columnsOf = entry.getValue();
            ColumnBalance.Balanced balanced = ColumnBalance.balance(table, columnsOf, page.widthCharacters(),
                    page.plannedHeight(1));
            double lowest = ColumnBalance.cost(table, balanced.lowest(), page.plannedHeight(1));
            assertThat(ColumnBalance.cost(table, balanced.readable(), page.plannedHeight(1)))
                    .isLessThanOrEqualTo(lowest * ColumnBalance.READABLE_ALLOWANCE + 1e-6);
            // The readable widths squeeze no row more than the lowest ones do.
            assertThat(RowSqueeze.most(table, columnsOf, balanced.readable()))
                    .isLessThanOrEqualTo(RowSqueeze.most(table, columnsOf, balanced.lowest()));
            assertThat(RowLayout.lay(table, columnsOf, page).pages())
                    .isLessThanOrEqualTo(RowLayout.lay(table, page, balanced.lowest()).pages());
        }
    }

    /**
     * Every line of the header block and the signer's lines fit on one line at the layout's split, in every report
     * of the page check's commune and district, the comparison sheet and the what-changed list, also the portrait
     * progress report: letting the search move the boundary must not leave the national title over a part too
     * narrow for it (a first try did, and stopped in a layout where it wrapped).
     */
    @Test
    void theHeaderBlockAndSignerFitTheirPartsInEveryReport() {
        ExportOptions commune = ExportOptions.builder().documentDate(LocalDate.of(2023, 9, 6))
                .signer(new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Bình")).build();
        List<DocumentSheet> sheets = new ArrayList<>();
        for (ReportKind kind : ReportKind.standard()) {
            sheets.add(PrintSamples.laidOut(PrintSamples.commune(), commune, kind));
            sheets.add(PrintSamples.laidOut(PrintSamples.district(), PrintSamples.districtOptions().build(), kind));
        }
        sheets.add(PrintSamples.laidOut(PrintSamples.linkedForPrint(PrintSamples.commune()), commune,
                ReportKind.SO_SANH));
        sheets.add(PrintSamples.laidOutChangeList());
        for (DocumentSheet sheet : sheets) {
            RowLayout.Result layout = sheet.layout();
            for (DocumentSheet.Line line : sheet.lines()) {
                for (DocumentSheet.Piece piece : line.pieces) {
                    // The recipients on the footer's left may wrap; every other line of both parts may not.
                    boolean kept = piece.span() == DocumentSheet.Span.RIGHT
                            || piece.span() == DocumentSheet.Span.LEFT && line.kind == PagePlan.Kind.TOP;
                    if (kept && piece.value() instanceof String text) {
                        double usable = RowLayout.usableWidth(RowLayout.spanCharacters(piece, layout.widths(),
                                layout.split()));
                        assertThat(TextMeasure.get().width(text, piece.size(), piece.font()) * RowLayout.WRAP_SAFETY)
                                .as("\"%s\" at widths %s, split %d", text, Arrays.toString(layout.widths()),
                                        layout.split())
                                .isLessThanOrEqualTo(usable);
                    }
                }
            }
        }
    }

    /** The tallest body row's lines at {@code widths}, as the layout wraps them. */
    private static int tallestBodyRow(List<DocumentSheet.Line> lines, int[] widths) {
        int tallest = 0;
        for (DocumentSheet.Line line : lines) {
            if (line.kind != PagePlan.Kind.BODY) {
                continue;
            }
            for (DocumentSheet.Piece piece : line.pieces) {
                if (piece.value() instanceof String text && !text.isEmpty()) {
                    int width = RowLayout.spanCharacters(piece, widths, 0);
                    tallest = Math.max(tallest, TextMeasure.get().wrap(text,
                            RowLayout.usableWidth(width) / RowLayout.WRAP_SAFETY, piece.size(), piece.font()).size());
                }
            }
        }
        return tallest;
    }

    /** The most lines one body cell of {@code column} takes at {@code widths}. */
    private static int tallestCell(List<DocumentSheet.Line> lines, int[] widths, int column) {
        int tallest = 0;
        for (DocumentSheet.Line line : lines) {
            if (line.kind == PagePlan.Kind.BODY && line.pieces.size() > column
                    && line.pieces.get(column).value() instanceof String text && !text.isEmpty()) {
                DocumentSheet.Piece piece = line.pieces.get(column);
                tallest = Math.max(tallest, TextMeasure.get().wrap(text, RowLayout.usableWidth(
                        RowLayout.spanCharacters(piece, widths, 0)) / RowLayout.WRAP_SAFETY, piece.size(),
                        piece.font()).size());
            }
        }
        return tallest;
    }

    private static int longestText(List<DocumentSheet.Line> lines, int column) {
        int longest = 0;
        for (DocumentSheet.Line line : lines) {
            if (line.kind == PagePlan.Kind.BODY && line.pieces.get(column).value() instanceof String text) {
                longest = Math.max(longest, text.length());
            }
        }
        return longest;
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
            sheet.headings("PHỤ LỤC", ExcelExporter.title(ReportKind.PHU_LUC, sample),
                    ExcelExporter.selfMarker(ReportKind.PHU_LUC, options.track()), "");
            sheet.tableHeader();
            report.writeTable(ReportContext.of(sample, ScoreEngine.score(sample), options), sheet);
            sheet.footer(options.signer(), options.recipients());
            return sheet.lines();
        } finally {
            ExcelExporter.close(workbook);
        }
    }
}

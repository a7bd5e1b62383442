package vn.cchc.workbook.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * Prints, for every sheet of the page check (and the comparison sheets of the bundled merged ward and of that ward
 * against the commune's 2023), the pages the model plans, the table's height (points, {@link ColumnBalance#cost}),
 * its most squeezed row ({@link RowSqueeze}, lines), the columns' widths and each column's tallest cell
 * (column:lines): the figures docs/reports.md gives before and after a change of the column balance.
 * {@code LayoutDump [name-prefix …]} (test classpath); with no argument, every sheet. {@code -Dlowest=true} adds the
 * lowest and the readable widths, {@code -Drows=true} every row squeezed by 2 lines or more; {@code LayoutDump --time}
 * prints the processor time of the column balance over every sheet instead.
 */
final class LayoutDump {

    private LayoutDump() {
    }

    public static void main(String[] args) {
        Map<String, Supplier<DocumentSheet>> sheets = new LinkedHashMap<>();
        Map<String, Supplier<Assessment>> workbooks = new LinkedHashMap<>();
        workbooks.put("xa", PrintSamples::commune);
        workbooks.put("huyen", PrintSamples::district);
        workbooks.put("dai", PrintSamples::longTexts);
        for (var workbook : workbooks.entrySet()) {
            ExportOptions options = workbook.getKey().equals("xa") ? PrintSamples.communeOptions().build()
                    : PrintSamples.districtOptions().build();
            for (ReportKind kind : ReportKind.standard()) {
                sheets.put(workbook.getKey() + "-" + kind.id(),
                        () -> PrintSamples.laidOut(workbook.getValue().get(), options, kind));
            }
            sheets.put(workbook.getKey() + "-phu-luc-diem-tru", () -> PrintSamples.laidOut(workbook.getValue().get(),
                    options.withOnlyDeductions(true), ReportKind.PHU_LUC));
            sheets.put(workbook.getKey() + "-so-sanh", () -> PrintSamples.laidOut(
                    PrintSamples.linkedForPrint(workbook.getValue().get()), options, ReportKind.SO_SANH));
        }
        sheets.put("xa-thay-doi", PrintSamples::laidOutChangeList);
        sheets.put("phuong-so-sanh", () -> PrintSamples.laidOut(vn.cchc.workbook.interchange.BundledData.mergedSample(),
                PrintSamples.communeOptions().build(), ReportKind.SO_SANH));
        sheets.put("xa-doi-bo-so-sanh", () -> PrintSamples.laidOut(PrintSamples.linkedWithAFewChanges(),
                PrintSamples.communeOptions().build(), ReportKind.SO_SANH));
        sheets.put("phuong-2023-so-sanh", () -> PrintSamples.laidOut(PrintSamples.acrossCriteriaSets(),
                PrintSamples.communeOptions().build(), ReportKind.SO_SANH));
        if (args.length > 0 && args[0].equals("--time")) {
            time(sheets);
            return;
        }
        for (var entry : sheets.entrySet()) {
            if (args.length > 0 && Arrays.stream(args).noneMatch(entry.getKey()::startsWith)) {
                continue;
            }
            long start = System.nanoTime();
            DocumentSheet sheet = entry.getValue().get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            RowLayout.Result layout = sheet.layout();
            if (Boolean.getBoolean("lowest")) {
                int available = Arrays.stream(layout.widths()).sum();
                ColumnBalance.Balanced balanced = ColumnBalance.balance(sheet.lines(), sheet.columns(), available,
                        layout.pageHeight());
                for (int[] widths : List.of(balanced.lowest(), balanced.readable(), balanced.roomy())) {
                    System.out.printf("  %s height %.0f squeeze %d%n", Arrays.toString(widths),
                            ColumnBalance.cost(sheet.lines(), widths, layout.pageHeight()),
                            RowSqueeze.most(sheet.lines(), sheet.columns(), widths));
                }
            }
            if (Boolean.getBoolean("rows")) {
                for (RowSqueeze.Row row : RowSqueeze.rows(sheet.lines(), sheet.columns(), layout.widths())) {
                    if (row.squeeze() >= 2) {
                        Object first = sheet.lines().get(row.line()).pieces.get(1).value();
                        System.out.printf("  row %s: %d lines, alone %d%n", first, row.lines(), row.alone());
                    }
                }
            }
            System.out.printf("%-22s pages %3d  height %7.0f  squeeze %2d  widths %s  tallest %s  (%d ms)%n",
                    entry.getKey(), layout.pages(), ColumnBalance.cost(sheet.lines(), layout.widths(),
                            layout.pageHeight()), RowSqueeze.most(sheet.lines(), sheet.columns(), layout.widths()),
                    Arrays.toString(layout.widths()), tallest(sheet.lines(), layout.widths()), millis);
        }
    }

    /**
     * Processor time of the column balance alone ({@link ColumnBalance#balance}) over every sheet, per round, after
     * warm-up rounds: what a change of the search costs.
     */
    private static void time(Map<String, Supplier<DocumentSheet>> sheets) {
        List<DocumentSheet> laidOut = sheets.values().stream().map(Supplier::get).toList();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 13; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (DocumentSheet sheet : laidOut) {
                ColumnBalance.balance(sheet.lines(), sheet.columns(), Arrays.stream(sheet.layout().widths()).sum(),
                        sheet.layout().pageHeight());
            }
            if (round >= 3) {
                System.out.printf("round %d: %.1f ms processor time%n", round - 2,
                        (threads.getCurrentThreadCpuTime() - start) / 1e6);
            }
        }
    }

    /** Per column, the most lines one body or total cell (or text spanning to the last column) takes: "c:lines". */
    private static List<String> tallest(List<DocumentSheet.Line> lines, int[] widths) {
        int[] most = new int[widths.length];
        for (DocumentSheet.Line line : lines) {
            if (line.kind != PagePlan.Kind.BODY && line.kind != PagePlan.Kind.TOTAL) {
                continue;
            }
            for (DocumentSheet.Piece piece : line.pieces) {
                if (piece.value() instanceof String text && !text.isEmpty()) {
                    int width = RowLayout.spanCharacters(piece, widths, 0);
                    int count = TextMeasure.get().wrap(text, RowLayout.usableWidth(width) / RowLayout.WRAP_SAFETY,
                            piece.size(), piece.font()).size();
                    most[piece.column()] = Math.max(most[piece.column()], count);
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < most.length; c++) {
            if (most[c] > 1) {
                out.add(c + ":" + most[c]);
            }
        }
        return out;
    }
}

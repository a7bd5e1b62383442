package vn.cchc.workbook.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.ranking.CriteriaDifference;
import vn.cchc.workbook.domain.ranking.FieldColumn;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.domain.ranking.RankingTitle;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.files.SafeFileWriter;

/**
 * Exports a {@link Ranking} as "Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, thị trấn": STT, Đơn vị, one
 * column per lĩnh vực, Tổng điểm, Chỉ số, Xếp hạng, Xếp loại and a note (đồng hạng, criteria that differ), with the
 * header block, title, repeated header rows and A4 landscape page of the other reports. Written atomically.
 *
 * <p>Stateless and thread-safe. Call it off the JavaFX thread.
 */
public final class RankingExporter {

    static final int FIRST_FIELD = 2;
    /** How many of a set's differences the note under the table lists before "và N khác biệt khác". */
    private static final int SHOWN_DIFFERENCES = 10;

    /**
     * Writes the ranking sheet to {@code target}, complete or not at all.
     *
     * @throws ReportException with a Vietnamese message when nothing is ranked or the file cannot be written
     */
    public void export(Ranking ranking, RankingSheetOptions options, Path target) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(target, "target");
        if (ranking.units().isEmpty()) {
            throw new ReportException("reports.ranking.empty");
        }
        SXSSFWorkbook workbook = build(ranking, options);
        try {
            SafeFileWriter.write(target, workbook::write);
        } finally {
            ExcelExporter.close(workbook);
        }
    }

    /**
     * "Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC các xã, thị trấn năm 2023" (printed in capitals), naming the units
     * as the structure of their year named them; see {@link RankingTitle}.
     */
    public static String title(Ranking ranking, String periodText) {
        return RankingTitle.of(ranking, periodText).title();
    }

    static SXSSFWorkbook build(Ranking ranking, RankingSheetOptions options) {
        PoiTempFolder.install();
        // Same streaming model as ExcelExporter; no row window, since page breaks are planned from earlier rows.
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, -1, false, false);
        laidOut(workbook, ranking, options);
        return workbook;
    }

    /** The ranking sheet written into {@code workbook}, laid out (for tests: its widths, rows and page starts). */
    static DocumentSheet laidOut(SXSSFWorkbook workbook, Ranking ranking, RankingSheetOptions options) {
        SheetStyles styles = new SheetStyles(workbook.getXSSFWorkbook());
        List<Column> columns = new ArrayList<>();
        columns.add(Column.center("reports.col.stt", 5));
        columns.add(Column.text("reports.ranking.col.unit", 22));
        for (FieldColumn field : ranking.fields()) {
            columns.add(Column.numberTitled(Messages.get("reports.ranking.col.field", field.code(), field.title(),
                    Points.formatShort(field.maximum())), 11));
        }
        columns.add(Column.number("reports.ranking.col.total", 10));
        columns.add(Column.number("reports.ranking.col.index", 10));
        columns.add(Column.center("reports.ranking.col.rank", 9));
        columns.add(Column.center("reports.ranking.col.band", 11));
        columns.add(Column.note("reports.ranking.col.note", 24));
        DocumentSheet sheet = new DocumentSheet(workbook, styles, Messages.get("reports.ranking.sheet"), columns);
        String placeDate = options.place().isEmpty()
                ? Messages.get("reports.ranking.dateOnly", DocumentText.day(options.effectiveDate()),
                        DocumentText.month(options.effectiveDate()), Integer.toString(options.effectiveDate().getYear()))
                : DocumentText.placeDateLine(options.place(), options.effectiveDate());
        sheet.documentHeader(HeaderBlock.ofOffice(options.authority(), options.issuingUnit()), placeDate);
        RankingTitle title = RankingTitle.of(ranking, options.periodText());
        sheet.headings(DocumentText.appendixHeading(0, 1), title.title(), title.marker(),
                DocumentText.referenceLine(options.reference()));
        // One column per lĩnh vực across an A4 page: at 12 pt their names took 12 header lines, a third of the page.
        sheet.tableHeader(true);
        for (RankedUnit unit : ranking.units()) {
            List<Object> row = new ArrayList<>();
            row.add(Integer.toString(unit.position()));
            row.add(unit.unit().name());
            for (FieldColumn field : ranking.fields()) {
                // A dash, as in the appendix, for a lĩnh vực nothing of which is appraised yet or not assessed.
                row.add(unit.fieldDashed(field.code()) ? AppendixReport.DASH : unit.fieldPoints(field.code()));
            }
            row.add(unit.total());
            row.add(unit.index());
            row.add(unit.isRanked() ? Integer.toString(unit.rank()) : null);
            row.add(unit.band() == null ? null : unit.band().name());
            row.add(note(ranking, unit));
            sheet.addRow(false, row.toArray());
        }
        // Which result the ranking used is always said: published and computed totals of one unit differ.
        sheet.addNoteRow(ranking.basisText());
        differenceNotes(ranking).forEach(sheet::addNoteRow);
        if (!options.note().isEmpty()) {
            sheet.addNoteRow(options.note());
        }
        sheet.footer(options.signer(), options.recipients());
        sheet.pageSetup(true);
        return sheet;
    }

    /**
     * The row's note, one part a line; see {@link Ranking#notes}. A unit scored on another set is said to be so here;
     * how the set differs is said under the table ({@link #differenceNotes}), across the page: listed in this narrow
     * column it took a dozen lines a unit and squeezed the lĩnh vực columns' headers to fourteen.
     */
    static String note(Ranking ranking, RankedUnit unit) {
        List<String> parts = new ArrayList<>(ranking.notes(unit));
        if (!unit.differences().isEmpty()) {
            parts.add(Messages.get("reports.ranking.otherCriteriaBelow"));
        }
        return String.join("\n", parts);
    }

    /**
     * One line under the table for each other criteria set: the units scored on it and how it differs from the
     * reference set ("Bộ tiêu chí của Xã A, Xã B khác bộ chung (…): tiêu chí 1: điểm tối đa 16 (bộ chung 18), …").
     */
    static List<String> differenceNotes(Ranking ranking) {
        Map<List<CriteriaDifference>, List<String>> unitsBySet = new LinkedHashMap<>();
        for (RankedUnit unit : ranking.units()) {
            if (!unit.differences().isEmpty()) {
                unitsBySet.computeIfAbsent(unit.differences(), d -> new ArrayList<>()).add(unit.unit().name());
            }
        }
        List<String> notes = new ArrayList<>();
        unitsBySet.forEach((differences, names) -> notes.add(Messages.get("reports.ranking.differencesNote",
                String.join(", ", names), ranking.referenceSetName(),
                Ranking.differencesListed(differences, SHOWN_DIFFERENCES))));
        return notes;
    }

}

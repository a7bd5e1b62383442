package vn.cchc.workbook.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.cchc.workbook.domain.document.HeaderBlock;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.ranking.CriteriaDifference;
import vn.cchc.workbook.domain.ranking.FieldColumn;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.domain.ranking.RankingTitle;
import vn.cchc.workbook.domain.scoring.ResultBasis;
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
                row.add(unit.fieldPoints(field.code()));
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
        if (!options.note().isEmpty()) {
            sheet.addNoteRow(options.note());
        }
        sheet.footer(options.signer(), options.recipients());
        sheet.pageSetup(true);
        return sheet;
    }

    /**
     * "Đồng hạng", "kết quả tính" for a unit ranked on its computed result among units ranked on their published one,
     * and the criteria that differ from the common set, one per line.
     */
    static String note(Ranking ranking, RankedUnit unit) {
        StringJoiner lines = new StringJoiner("\n");
        if (!unit.published() && ranking.basis() == ResultBasis.PUBLISHED
                && ranking.units().stream().anyMatch(RankedUnit::published)) {
            lines.add(Messages.get("comparison.ranking.unitComputed"));
        }
        if (unit.unappraised() > 0) {
            // Ranked on an appraisal not yet finished: its figures may still rise.
            lines.add(Messages.get("comparison.ranking.unappraised", unit.unappraised()));
        }
        if (unit.tied()) {
            lines.add(Messages.get("reports.ranking.tied"));
        }
        if (!unit.isRanked()) {
            lines.add(Messages.get("reports.ranking.notRanked"));
        }
        if (!unit.differences().isEmpty()) {
            StringJoiner differences = new StringJoiner("; ");
            unit.differences().stream().limit(5).map(CriteriaDifference::describe).forEach(differences::add);
            if (unit.differences().size() > 5) {
                differences.add(Messages.get("reports.ranking.moreDifferences", unit.differences().size() - 5));
            }
            lines.add(Messages.get("reports.ranking.otherCriteria", differences.toString()));
        }
        return lines.toString();
    }

}

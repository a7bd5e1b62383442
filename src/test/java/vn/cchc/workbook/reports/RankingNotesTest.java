package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.testdata.SmallCommune;

/** The "Ghi chú" and the lĩnh vực figures of a row of the ranking sheet. */
class RankingNotesTest {

    /** Four Sở ranked on appraisals five per cent done read "Yếu, Đồng hạng" and nothing else. */
    @Test
    void aUnitRankedOnAnUnfinishedAppraisalSaysHowManyCriteriaAreStillToAppraise() {
        Assessment finished = SmallCommune.standard("Hiền Thành");
        Assessment halfDone = SmallCommune.scored(
                SmallCommune.start("Gio Linh", Period.FULL_YEAR, 2023, SmallCommune.standardSet()), "1.1", "4");

        Ranking ranking = Ranking.of(List.of(finished, halfDone), Bands.defaults());

        assertThat(RankingExporter.note(ranking, unit(ranking, "Gio Linh")))
                .isEqualTo("Còn 3 tiêu chí chưa chấm thẩm định");
        assertThat(RankingExporter.note(ranking, unit(ranking, "Hiền Thành"))).isEmpty();
    }

    /** A lĩnh vực nothing of which is appraised prints a dash, as in the appendix, not 0.00 beside scored ones. */
    @Test
    void aFieldWithNothingAppraisedPrintsADashAndAPartlyAppraisedOneItsPoints(@TempDir Path folder) throws Exception {
        Assessment finished = SmallCommune.standard("Hiền Thành");
        Assessment halfDone = SmallCommune.scored(
                SmallCommune.start("Gio Linh", Period.FULL_YEAR, 2023, SmallCommune.standardSet()), "1.1", "4");
        Ranking ranking = Ranking.of(List.of(finished, halfDone), Bands.defaults());
        Path file = folder.resolve("xep-hang.xlsx");

        new RankingExporter().export(ranking, RankingSheetOptions.plain("năm 2023"), file);

        assertThat(unit(ranking, "Gio Linh").fieldDashed("2")).isTrue();
        assertThat(unit(ranking, "Gio Linh").fieldDashed("1")).isFalse();
        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            Row row = rowOf(workbook.getSheetAt(0), "Gio Linh");
            assertThat(row.getCell(RankingExporter.FIRST_FIELD).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(RankingExporter.FIRST_FIELD + 1).getStringCellValue()).isEqualTo("-");
            Row finishedRow = rowOf(workbook.getSheetAt(0), "Hiền Thành");
            assertThat(finishedRow.getCell(RankingExporter.FIRST_FIELD + 1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    /** A lĩnh vực marked không áp dụng printed blank, as a lĩnh vực the unit's set lacks; now a dash and a note. */
    @Test
    void aFieldNotAssessedPrintsADashAndTheNoteNamesIt(@TempDir Path folder) throws Exception {
        Assessment finished = SmallCommune.standard("Hiền Thành");
        Assessment without2 = SmallCommune.standard("Gio Linh");
        without2 = without2.withEntry(without2.entry("2").withNotApplicable(true));
        Ranking ranking = Ranking.of(List.of(finished, without2), Bands.defaults());
        Path file = folder.resolve("xep-hang.xlsx");

        new RankingExporter().export(ranking, RankingSheetOptions.plain("năm 2023"), file);

        assertThat(RankingExporter.note(ranking, unit(ranking, "Gio Linh"))).isEqualTo("Không đánh giá lĩnh vực 2");
        try (XSSFWorkbook workbook = WorkbookReading.open(file)) {
            Row row = rowOf(workbook.getSheetAt(0), "Gio Linh");
            assertThat(row.getCell(RankingExporter.FIRST_FIELD).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(RankingExporter.FIRST_FIELD + 1).getStringCellValue()).isEqualTo("-");
        }
    }

    private static Row rowOf(Sheet sheet, String unit) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && unit.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row of " + unit);
    }

    private static RankedUnit unit(Ranking ranking, String name) {
        return ranking.units().stream().filter(u -> u.unit().name().equals(name)).findFirst().orElseThrow();
    }
}

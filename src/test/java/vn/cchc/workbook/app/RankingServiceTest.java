package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.reports.RankingSheetOptions;
import vn.cchc.workbook.testdata.CommuneWorkbooks;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * A district ranks the 200 communes' files it received: one is corrupt (listed with its problem), one was scored
 * against another criteria set (ranked, matched by code, its differences listed); the rest are ranked with shared
 * ranks and bands, and the sheet is written and read back.
 */
class RankingServiceTest {

    private static final int COMMUNES = 200;

    @TempDir
    static Path folder;

    private static RankingService.Result result;
    private static final Map<String, BigDecimal> expectedIndex = new HashMap<>();

    @BeforeAll
    static void rankTheFolder() throws Exception {
        List<Path> files = CommuneWorkbooks.write(folder, COMMUNES - 2);
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        for (int i = 0; i < files.size(); i++) {
            Assessment a = CommuneWorkbooks.commune(i, set);
            expectedIndex.put(a.unit().name(), ScoreEngine.score(a).totals(Track.APPRAISED).index());
        }
        Files.write(folder.resolve("xa-hong.cchc"), "PK\u0003\u0004 không phải tệp nén".getBytes());
        Assessment other = SmallCommune.standard("Xã khác bộ");
        CchcFile.write(other, folder.resolve("xa-khac-bo.cchc"));
        expectedIndex.put("Xã khác bộ", new BigDecimal("79"));
        Files.writeString(folder.resolve("ghi-chu.txt"), "không phải sổ chấm điểm");
        result = new RankingService().rank(List.of(folder), Bands.defaults());
    }

    @Test
    void theCorruptFileIsListedWithItsProblemAndTheOthersAreRanked() {
        assertThat(result.read()).isEqualTo(COMMUNES);
        assertThat(result.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.file().getFileName().toString()).isEqualTo("xa-hong.cchc");
            assertThat(rejected.problem()).contains("xa-hong.cchc");
        });
        assertThat(result.ranking().units()).hasSize(COMMUNES - 1);
        assertThat(result.anythingRanked()).isTrue();
        assertThat(result.periodText()).isEqualTo("năm 2023");
    }

    @Test
    void ranksFollowTheIndexAtTwoDecimalsWithTiesSharingAndSkipping() {
        List<RankedUnit> units = result.ranking().units();
        List<BigDecimal> shown = new ArrayList<>();
        units.forEach(u -> shown.add(Points.rounded(u.index())));
        int ties = 0;
        for (RankedUnit unit : units) {
            BigDecimal mine = Points.rounded(expectedIndex.get(unit.unit().name()));
            assertThat(unit.index()).isEqualByComparingTo(expectedIndex.get(unit.unit().name()));
            long higher = shown.stream().filter(s -> s.compareTo(mine) > 0).count();
            long same = shown.stream().filter(s -> s.compareTo(mine) == 0).count();
            assertThat(unit.rank()).as(unit.unit().name()).isEqualTo((int) higher + 1);
            assertThat(unit.tied()).isEqualTo(same > 1);
            ties += unit.tied() ? 1 : 0;
            String band = mine.compareTo(BigDecimal.valueOf(90)) >= 0 ? "Tốt"
                    : mine.compareTo(BigDecimal.valueOf(80)) >= 0 ? "Khá"
                    : mine.compareTo(BigDecimal.valueOf(65)) >= 0 ? "Trung bình" : "Yếu";
            assertThat(unit.band().name()).as(unit.unit().name()).isEqualTo(band);
        }
        assertThat(ties).as("units i and i + 50 score alike").isGreaterThanOrEqualTo(100);
        assertThat(units.get(0).rank()).isEqualTo(1);
        assertThat(result.ranking().bandCounts().values()).as(result.ranking().bandCounts().toString())
                .allMatch(count -> count > 0);
    }

    @Test
    void theUnitOfAnotherCriteriaSetIsRankedWithItsDifferences() {
        assertThat(result.ranking().referenceSetId()).isEqualTo(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE).id());
        assertThat(result.ranking().unitsWithDifferences()).singleElement().satisfies(unit -> {
            assertThat(unit.unit().name()).isEqualTo("Xã khác bộ");
            assertThat(unit.source()).isEqualTo("xa-khac-bo.cchc");
            assertThat(unit.index()).isEqualByComparingTo("79");
            assertThat(unit.band().name()).isEqualTo("Trung bình");
            assertThat(unit.differences()).isNotEmpty();
        });
    }

    @Test
    void theSheetListsEveryRankedUnitInOrderAsNumbers() throws Exception {
        Path out = folder.resolve("xep-hang.xlsx");
        new RankingService().export(result, RankingSheetOptions.plain(""), out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Xếp hạng");
            int fields = result.ranking().fields().size();
            Row header = null;
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("STT")) {
                    header = row;
                    break;
                }
            }
            assertThat((Object) header).isNotNull();
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(header.getCell(2 + fields).getStringCellValue()).isEqualTo("Tổng điểm");
            assertThat(header.getCell(3 + fields).getStringCellValue()).isEqualTo("Chỉ số");
            assertThat(header.getCell(4 + fields).getStringCellValue()).isEqualTo("Xếp hạng");
            assertThat(header.getCell(5 + fields).getStringCellValue()).isEqualTo("Xếp loại");
            // One row per unit, except that a long note (another criteria set's differences) continues on rows of
            // its own with no number; the note on the basis of the ranking follows the table.
            List<Row> numbered = new java.util.ArrayList<>();
            Row basisNote = null;
            for (int r = header.getRowNum() + 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null) {
                    continue;
                }
                String first = row.getCell(0).getStringCellValue();
                if (first.startsWith("Tổng điểm và chỉ số")) {
                    basisNote = row;
                    break;
                }
                if (!first.isEmpty()) {
                    numbered.add(row);
                } else {
                    assertThat(row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue())
                            .as("a continuation row carries only the note").isEmpty();
                }
            }
            List<RankedUnit> units = result.ranking().units();
            assertThat(numbered).hasSize(units.size());
            for (int i = 0; i < units.size(); i++) {
                Row row = numbered.get(i);
                RankedUnit unit = units.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(Integer.toString(i + 1));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(unit.unit().name());
                assertThat(row.getCell(3 + fields).getNumericCellValue())
                        .isCloseTo(unit.index().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
                assertThat(row.getCell(3 + fields).getCellStyle().getDataFormatString()).isEqualTo("0.00");
                assertThat(row.getCell(4 + fields).getStringCellValue()).isEqualTo(Integer.toString(unit.rank()));
                assertThat(row.getCell(5 + fields).getStringCellValue()).isEqualTo(unit.band().name());
            }
            // Under the table, which result the ranking used (none of these units recorded a published one).
            assertThat((Object) basisNote).isNotNull();
            assertThat(basisNote.getCell(0).getStringCellValue())
                    .isEqualTo("Tổng điểm và chỉ số theo kết quả tính từ điểm thẩm định: chưa đơn vị nào ghi kết quả"
                            + " công bố.");
            // Then, once, how the other criteria set differs (it was a dozen lines in the unit's "Ghi chú").
            assertThat(sheet.getRow(basisNote.getRowNum() + 1).getCell(0).getStringCellValue())
                    .startsWith("Bộ tiêu chí khác: Xã khác bộ được chấm theo bộ tiêu chí khác bộ chung (Bộ tiêu chí "
                            + "mẫu cấp xã): tiêu chí 1: điểm tối đa 10 (bộ chung 18), thiếu tiêu chí 1.1.1");
            assertThat((Object) sheet.getRow(basisNote.getRowNum() + 2)).isNull();
            assertThat(book.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows()).isNotNull();
        }
    }
}

package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.documents.DocumentReference;
import vn.cchc.workbook.domain.documents.Signer;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.Candidate;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.testdata.CommuneWorkbooks;

/**
 * The ranking sheet of eight communes, two of them scored on another criteria set. Its differences were listed in
 * the "Ghi chú" column, a dozen lines a unit; the column then took the room and the eight lĩnh vực headers, in 6-
 * character columns, wrapped to 14 lines on every page: three pages for eight units.
 */
class RankingLayoutTest {

    @Test
    void otherSetsAreExplainedUnderTheTableAndTheLinhVucHeadersKeepTheirRoom() throws Exception {
        CriteriaSet common = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);
        CriteriaSet other = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            candidates.add(new Candidate(CommuneWorkbooks.commune(i, i % 3 == 2 ? other : common), "xa-" + i));
        }
        Ranking ranking = Ranking.rank(candidates, Bands.defaults());
        RankingSheetOptions options = new RankingSheetOptions("UBND huyện Vĩnh Linh", "Phòng Nội vụ", "Vĩnh Linh",
                LocalDate.of(2024, 3, 15), "năm 2023",
                new Signer("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Trần Thị Cúc"),
                List.of("UBND huyện (b/c);", "Lưu: VT, NV."),
                new DocumentReference("Báo cáo", "15/BC-NV", LocalDate.of(2024, 3, 15), "Phòng Nội vụ"), "");

        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            DocumentSheet sheet = RankingExporter.laidOut(workbook, ranking, options);
            RowLayout.Result layout = sheet.layout();

            List<String> texts = new ArrayList<>();
            double header = 0;
            for (RowLayout.PrintedRow row : layout.rows()) {
                DocumentSheet.Line line = sheet.lines().get(row.line());
                if (line.kind == PagePlan.Kind.REPEAT) {
                    header = Math.max(header, row.height());
                }
            }
            for (DocumentSheet.Line line : sheet.lines()) {
                line.pieces.forEach(p -> texts.add(p.value() == null ? "" : p.value().toString()));
            }
            // The rows say "Bộ tiêu chí khác"; the list is under the table, once for the two units.
            assertThat(texts).filteredOn(t -> t.startsWith("Bộ tiêu chí khác")).hasSize(3);
            assertThat(texts).noneMatch(t -> t.startsWith("Bộ tiêu chí khác") && t.contains("\n"));
            assertThat(texts).anyMatch(t -> t.startsWith("Bộ tiêu chí khác: Xã số 002, Xã số 005 được chấm theo bộ "
                    + "tiêu chí khác bộ chung (") && t.contains("tiêu chí 1: điểm tối đa 16 (bộ chung 18)")
                    && t.endsWith("khác biệt khác."));
            // 14 lines of 11-pt bold were 176 pt; the headers now wrap to at most 9 lines.
            double elevenPointLine = TextMeasure.get().linePitch(SheetStyles.COMPACT_HEADER_FONT_SIZE);
            assertThat(header).isLessThanOrEqualTo(9 * elevenPointLine + 6);
            assertThat(layout.pages()).isEqualTo(2);
        }
    }
}

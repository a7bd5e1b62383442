package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.testdata.SmallCommune;

/** The "Ghi chú" of a row of the ranking sheet. */
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

    private static RankedUnit unit(Ranking ranking, String name) {
        return ranking.units().stream().filter(u -> u.unit().name().equals(name)).findFirst().orElseThrow();
    }
}

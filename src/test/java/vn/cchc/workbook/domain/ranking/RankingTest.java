package vn.cchc.workbook.domain.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.testdata.SmallCommune.ordered;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.testdata.SmallCommune;

/** Ranks by index with shared ranks at 2 decimals, applies the bands, checks the criteria sets. */
class RankingTest {

    /** The standard set scored so that the total is {@code field1 + field2} (index equal to the total). */
    private static Assessment unit(String name, String p11, String p21) {
        Assessment a = SmallCommune.start(name, Period.FULL_YEAR, 2023, SmallCommune.standardSet());
        a = SmallCommune.scored(a, "1.1", p11);
        a = SmallCommune.scored(a, "1.2", "6");
        a = SmallCommune.scored(a, "2.1", p21);
        return SmallCommune.scored(a, "2.2", "40");
    }

    @Test
    void equalIndicesAtTwoDecimalsShareTheRankAndTheNextRankSkips() {
        Ranking ranking = Ranking.of(List.of(
                unit("Vĩnh Lâm", "3", "40"),          // 89
                unit("Hiền Thành", "4", "45"),        // 95
                unit("Vĩnh Thủy", "3.996", "41"),     // 90.996 → 91.00
                unit("Vĩnh Sơn", "4", "41.004"),      // 91.004 → 91.00
                unit("Vĩnh Long", "2", "20")), Bands.defaults()); // 68

        assertThat(ranking.units()).extracting(u -> u.unit().name())
                .containsExactly("Hiền Thành", "Vĩnh Sơn", "Vĩnh Thủy", "Vĩnh Lâm", "Vĩnh Long");
        assertThat(ranking.units()).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4, 5);
        assertThat(ranking.units()).extracting(RankedUnit::tied).containsExactly(false, true, true, false, false);
        assertThat(ranking.units()).extracting(RankedUnit::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(ranking.units()).extracting(u -> u.band().name())
                .containsExactly("Tốt", "Tốt", "Tốt", "Khá", "Trung bình");
        assertThat(ranking.units().get(0).fieldPoints("1")).isEqualByComparingTo("10");
        assertThat(ranking.units().get(0).fieldPoints("2")).isEqualByComparingTo("85");
        assertThat(ranking.fields()).extracting(FieldColumn::code).containsExactly("1", "2");
        assertThat(ranking.sameCriteria()).isTrue();
        assertThat(ranking.bandCounts().values()).containsExactly(3, 1, 1, 0);
    }

    @ParameterizedTest
    @CsvSource({"90, Tốt", "89.995, Tốt", "89.994, Khá", "80, Khá", "79.99, Trung bình", "65, Trung bình",
            "64.99, Yếu", "0, Yếu"})
    void defaultBandsComparePublishedFigures(String index, String band) {
        assertThat(Bands.defaults().bandFor(new BigDecimal(index)).name()).isEqualTo(band);
    }

    @Test
    void bandsAreEditableAndCheckedWhenTyped() {
        Bands bands = Bands.parse("85,70,50");
        assertThat(bands.bandFor(new BigDecimal("84.99")).name()).isEqualTo("Khá");
        assertThat(bands.bandFor(new BigDecimal("50")).name()).isEqualTo("Trung bình");
        assertThat(Bands.parse("85;70,5;50").bands().get(1).minimum()).isEqualByComparingTo("70.5");
        assertThat(Bands.parse("90,80,65")).isEqualTo(Bands.defaults());
        assertThatThrownBy(() -> Bands.parse("80,90,65")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Các ngưỡng xếp loại phải giảm dần: tốt, khá, trung bình (ví dụ 90,80,65).");
        assertThatThrownBy(() -> Bands.parse("90,80")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Bands.parse("120,80,65")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aUnitOfAnotherSetIsRankedByCodeWithItsDifferencesListed() {
        Assessment other = SmallCommune.start("Vĩnh Hòa", Period.FULL_YEAR, 2023,
                SmallCommune.set("khac", ordered("1.1", "10"), ordered("2.1", "50", "2.2", "30", "2.3", "10")));
        other = SmallCommune.scored(other, "1.1", "9");
        other = SmallCommune.scored(other, "2.1", "50");
        other = SmallCommune.scored(other, "2.2", "30");
        other = SmallCommune.scored(other, "2.3", "5");

        Ranking ranking = Ranking.of(List.of(unit("Vĩnh Lâm", "3", "40"), unit("Hiền Thành", "4", "45"), other),
                Bands.defaults());

        assertThat(ranking.referenceSetId()).isEqualTo("mau-xa");
        assertThat(ranking.sameCriteria()).isFalse();
        RankedUnit hoa = ranking.unitsWithDifferences().get(0);
        assertThat(hoa.unit().name()).isEqualTo("Vĩnh Hòa");
        assertThat(hoa.rank()).as("95 for Hiền Thành, then 94").isEqualTo(2);
        assertThat(hoa.index()).isEqualByComparingTo("94");
        assertThat(hoa.fieldPoints("2")).isEqualByComparingTo("85");
        assertThat(hoa.differences()).extracting(CriteriaDifference::describe).containsExactly(
                "tiêu chí 1.1: điểm tối đa 10 (bộ chung 4)", "thiếu tiêu chí 1.2",
                "tiêu chí 2.2: điểm tối đa 30 (bộ chung 40)", "thêm tiêu chí 2.3");
        assertThat(ranking.units().get(0).differences()).isEmpty();
    }

    @Test
    void anotherLevelAndTheSameAssessmentTwiceAreLeftOutWithTheReason() {
        Assessment commune = unit("Vĩnh Lâm", "3", "40");
        Assessment district = unit("Vĩnh Linh", "3", "40").withId("district");
        district = new Assessment(district.id(), new AssessedUnit("Vĩnh Linh", UnitLevel.DISTRICT, "", ""),
                district.period(), district.year(), district.criteria(), district.departments(), district.entries(),
                false);

        Ranking ranking = Ranking.rank(List.of(new Candidate(commune, "vinh-lam.cchc"),
                new Candidate(unit("Hiền Thành", "4", "45"), "hien-thanh.cchc"),
                new Candidate(commune, "vinh-lam (2).cchc"), new Candidate(district, "vinh-linh.cchc")),
                Bands.defaults());

        assertThat(ranking.units()).hasSize(2);
        assertThat(ranking.excluded()).extracting(ExcludedUnit::source, ExcludedUnit::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vinh-lam (2).cchc", "cùng một sổ chấm điểm với tệp “vinh-lam.cchc”"
                        + " (Thẩm định lần 1); mỗi sổ chỉ xếp hạng một bản: bản ở bước sau nhất, mới nhất"),
                org.assertj.core.groups.Tuple.tuple("vinh-linh.cchc", "đơn vị cấp huyện (trước 7/2025), khác cấp với các đơn vị được xếp hạng (cấp xã)"));
    }

    /**
     * A folder gathered by e-mail holds several copies of one commune's workbook. The first read had been ranked (the
     * explanations' copy, below the fixed result); now the copy furthest in the rounds is, and each other copy names
     * it.
     */
    @Test
    void ofSeveralCopiesOfOneWorkbookTheOneFurthestInTheRoundsIsRanked() {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 10);
        Assessment appraised = unit("Vĩnh Lâm", "3", "40");
        Assessment explained = appraised.withStep(new vn.cchc.workbook.domain.assessment.RoundStep(
                vn.cchc.workbook.domain.assessment.Stage.FIRST_APPRAISAL, day, "Trần Văn Nam", "Sở Nội vụ"));
        explained = explained.withRounds(explained.rounds().receivedBy(vn.cchc.workbook.domain.assessment.Side.UNIT));
        explained = explained.withStep(new vn.cchc.workbook.domain.assessment.RoundStep(
                vn.cchc.workbook.domain.assessment.Stage.EXPLANATION, day.plusDays(3), "Lê Thị Hoa", "UBND xã"));
        Assessment closed = explained.withRounds(explained.rounds().receivedBy(
                vn.cchc.workbook.domain.assessment.Side.APPRAISER));
        closed = closed.withEntry(closed.entry("2.1").withSecondAppraisal(
                vn.cchc.workbook.domain.criteria.RuleInput.points("45")));
        closed = closed.withStep(new vn.cchc.workbook.domain.assessment.RoundStep(
                vn.cchc.workbook.domain.assessment.Stage.CLOSED, day.plusDays(6), "Trần Văn Nam", "Sở Nội vụ"));

        Ranking ranking = Ranking.rank(List.of(new Candidate(explained, "giai-trinh.cchc"),
                new Candidate(closed, "chot.cchc"), new Candidate(appraised, "vinh-lam.cchc"),
                new Candidate(unit("Hiền Thành", "4", "45"), "hien-thanh.cchc")), Bands.defaults());

        assertThat(ranking.units()).extracting(RankedUnit::source).containsExactlyInAnyOrder("chot.cchc",
                "hien-thanh.cchc");
        // 3 + 6 + 45 + 40: the second appraisal of the fixed result.
        assertThat(ranking.units().stream().filter(u -> u.source().equals("chot.cchc")).findFirst().orElseThrow()
                .total()).isEqualByComparingTo("94");
        String reason = "cùng một sổ chấm điểm với tệp “chot.cchc” (Đã chốt kết quả); mỗi sổ chỉ xếp hạng một bản:"
                + " bản ở bước sau nhất, mới nhất";
        assertThat(ranking.excluded()).extracting(ExcludedUnit::source, ExcludedUnit::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("giai-trinh.cchc", reason),
                org.assertj.core.groups.Tuple.tuple("vinh-lam.cchc", reason));
    }

    @Test
    void aUnitNotYetAppraisedIsLeftOutRatherThanRankedLastWithZero() {
        Assessment selfOnly = SmallCommune.start("Gio Linh", Period.FULL_YEAR, 2023, SmallCommune.standardSet());
        selfOnly = selfOnly.withEntry(selfOnly.entry("1.1").withSelf(
                vn.cchc.workbook.domain.criteria.RuleInput.points("4")));

        Ranking ranking = Ranking.rank(List.of(new Candidate(unit("Hiền Thành", "4", "45"), "hien-thanh.cchc"),
                new Candidate(selfOnly, "gio-linh.cchc")), Bands.defaults());

        // Ranked, it showed 0,00 everywhere and counted as "Yếu", as if the commune had scored nothing.
        assertThat(ranking.units()).extracting(u -> u.unit().name()).containsExactly("Hiền Thành");
        assertThat(ranking.excluded()).extracting(ExcludedUnit::source, ExcludedUnit::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gio-linh.cchc", "chưa có điểm thẩm định nào (sổ mới có điểm tự "
                        + "đánh giá), cũng chưa ghi kết quả công bố"));
        assertThat(ranking.bandCounts().values()).containsExactly(1, 0, 0, 0);
    }

    /**
     * A unit whose appraisal is under way was ranked among finished ones without a word ("Yếu 4,30" for a Sở with 88
     * criteria still to appraise): the outputs now say how many criteria are still unappraised.
     */
    @Test
    void aUnitRankedOnAnUnfinishedAppraisalCountsTheCriteriaStillToAppraise() {
        Assessment halfDone = SmallCommune.start("Gio Linh", Period.FULL_YEAR, 2023, SmallCommune.standardSet());
        halfDone = SmallCommune.scored(halfDone, "1.1", "4");

        Ranking ranking = Ranking.rank(List.of(new Candidate(unit("Hiền Thành", "4", "45"), "hien-thanh.cchc"),
                new Candidate(halfDone, "gio-linh.cchc")), Bands.defaults());

        assertThat(ranking.units()).extracting(u -> u.unit().name(), RankedUnit::unappraised).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hiền Thành", 0), org.assertj.core.groups.Tuple.tuple("Gio Linh", 3));
    }
}

package vn.cchc.workbook.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.testdata.SmallCommune;

/** Which total and index a comparison or a ranking takes: published where recorded, or computed. */
class ResultBasisTest {

    private static final BigDecimal COMPUTED_TOTAL = new BigDecimal("72.73");
    private static final BigDecimal COMPUTED_INDEX = new BigDecimal("72.73");
    private static final BigDecimal APPLICABLE = new BigDecimal("100");

    private static ResultBasis.Chosen choose(ResultBasis basis, String total, String index) {
        PublishedResult published = new PublishedResult(total == null ? null : new BigDecimal(total),
                index == null ? null : new BigDecimal(index), "");
        return basis.choose(published, COMPUTED_TOTAL, COMPUTED_INDEX, APPLICABLE);
    }

    @Test
    void thePublishedResultOfSeed003IsTakenAsItIs() {
        ResultBasis.Chosen chosen = choose(ResultBasis.PUBLISHED, "69.82", "69.82");

        assertThat(chosen.total()).isEqualByComparingTo("69.82");
        assertThat(chosen.index()).isEqualByComparingTo("69.82");
        assertThat(chosen.published()).isTrue();
        assertThat(chosen.label()).isEqualTo("kết quả công bố");
    }

    @Test
    void theComputedBasisIgnoresThePublishedResult() {
        ResultBasis.Chosen chosen = choose(ResultBasis.COMPUTED, "69.82", "69.82");

        assertThat(chosen.total()).isEqualByComparingTo("72.73");
        assertThat(chosen.published()).isFalse();
        assertThat(chosen.label()).isEqualTo("kết quả tính");
    }

    @Test
    void nothingPublishedFallsBackToTheComputedResultAndSaysSo() {
        ResultBasis.Chosen chosen = ResultBasis.PUBLISHED.choose(PublishedResult.NONE, COMPUTED_TOTAL,
                COMPUTED_INDEX, APPLICABLE);

        assertThat(chosen.total()).isEqualByComparingTo("72.73");
        assertThat(chosen.published()).isFalse();
    }

    @Test
    void aDecisionWithoutFiguresIsNotAPublishedResult() {
        ResultBasis.Chosen chosen = ResultBasis.PUBLISHED.choose(new PublishedResult(null, null, "QĐ 12"),
                COMPUTED_TOTAL, COMPUTED_INDEX, APPLICABLE);

        assertThat(chosen.published()).isFalse();
    }

    @Test
    void aMissingPublishedFigureFollowsFromTheOtherAndTheApplicableMaximum() {
        ResultBasis.Chosen onlyTotal = ResultBasis.PUBLISHED.choose(
                new PublishedResult(new BigDecimal("69.82"), null, ""), COMPUTED_TOTAL, COMPUTED_INDEX,
                new BigDecimal("80"));
        ResultBasis.Chosen onlyIndex = ResultBasis.PUBLISHED.choose(
                new PublishedResult(null, new BigDecimal("87.25"), ""), COMPUTED_TOTAL, COMPUTED_INDEX,
                new BigDecimal("80"));

        assertThat(onlyTotal.index()).isEqualByComparingTo("87.275");
        assertThat(onlyIndex.total()).isEqualByComparingTo("69.80");
        assertThat(onlyTotal.published()).isTrue();
        assertThat(onlyIndex.published()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"cong-bo, PUBLISHED", "công bố, PUBLISHED", "CONG-BO, PUBLISHED", "tinh, COMPUTED",
            "tính, COMPUTED", "' Tính ', COMPUTED"})
    void theCommandLineWordsAreUnderstoodWithOrWithoutDiacritics(String text, ResultBasis expected) {
        assertThat(ResultBasis.parse(text)).contains(expected);
    }

    @Test
    void otherWordsAreNotUnderstood() {
        assertThat(ResultBasis.parse("cuối cùng")).isEmpty();
        assertThat(ResultBasis.parse(null)).isEmpty();
    }

    @Test
    void aRankingOnThePublishedResultOrdersByItAndMarksTheUnitsWithoutOne() {
        Assessment published = SmallCommune.standard("Hiền Thành")
                .withPublished(new PublishedResult(new BigDecimal("85"), new BigDecimal("85"), ""));
        Assessment computedOnly = SmallCommune.scored(SmallCommune.standard("Vĩnh Lâm"), "1.1", "4");

        Ranking byPublished = Ranking.of(List.of(published, computedOnly), Bands.defaults());
        Ranking byComputed = Ranking.rank(List.of(
                new vn.cchc.workbook.domain.ranking.Candidate(published, "a"),
                new vn.cchc.workbook.domain.ranking.Candidate(computedOnly, "b")), Bands.defaults(),
                ResultBasis.COMPUTED);

        assertThat(byPublished.units()).extracting(u -> u.unit().name()).containsExactly("Hiền Thành", "Vĩnh Lâm");
        assertThat(byPublished.units()).extracting(RankedUnit::published).containsExactly(true, false);
        assertThat(byPublished.units().get(0).total()).isEqualByComparingTo("85");
        assertThat(byPublished.units().get(0).band().name()).isEqualTo("Khá");
        assertThat(byPublished.basisText()).contains("kết quả công bố (1 đơn vị); 1 đơn vị chưa ghi");
        assertThat(byComputed.units()).extracting(u -> u.unit().name()).containsExactly("Vĩnh Lâm", "Hiền Thành");
        assertThat(byComputed.units()).extracting(RankedUnit::published).containsExactly(false, false);
        assertThat(byComputed.units().get(1).total()).isEqualByComparingTo("79");
        assertThat(byComputed.basisText()).contains("không dùng kết quả công bố");
    }
}

package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.comparison.Comparison;
import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.comparison.NodeChange;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.domain.ranking.Ranking;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.testdata.TwoTierWorkbooks;

/**
 * Workbooks of the old structure (frozen 2023 files, with a district) open, compare and rank with workbooks of the
 * two-tier structure; the bundled merged-ward sample compares with its former wards.
 */
class TwoTierWorkbooksTest {

    private static Path frozen(String name) throws URISyntaxException {
        return Path.of(TwoTierWorkbooksTest.class.getResource("frozen/v1/" + name).toURI());
    }

    @Test
    void theMergedSampleIsTheAverageOfItsFormerWardsCriterionByCriterion() {
        Assessment sample = BundledData.mergedSample();
        assertThat(AssessmentJson.toBytes(sample)).isEqualTo(AssessmentJson.toBytes(TwoTierWorkbooks.mergedWard()));
        assertThat(sample.unit().kind()).isEqualTo(UnitKind.WARD);
        assertThat(sample.criteria().id()).isEqualTo("mau-xa-2025");

        EarlierPeriod earlier = sample.earlierPeriod();
        assertThat(earlier.unitName()).isEqualTo("Phường 1 + Phường 5 + Phường Đông Lễ");
        assertThat(earlier.label()).isEqualTo("cả năm 2024");
        List<EarlierPeriod> formers = TwoTierWorkbooks.formerWards().stream()
                .map(former -> EarlierPeriods.of(former, "")).toList();
        for (String code : List.of("1", "3", "3.13.3", "8.1")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (EarlierPeriod former : formers) {
                sum = sum.add(former.node(code).orElseThrow().points());
            }
            BigDecimal average = sum.divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP);
            assertThat(earlier.node(code).orElseThrow().points()).as(code).isEqualByComparingTo(average);
        }
        BigDecimal totals = formers.stream().map(EarlierPeriod::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(earlier.total()).isEqualByComparingTo(totals.divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP));

        // The comparison works across the merger and across the 2023 and 2025 sets, field by field.
        Comparison comparison = Comparison.compare(sample).orElseThrow();
        assertThat(comparison.fields()).extracting(NodeChange::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(comparison.node("1").orElseThrow().status()).isEqualTo(NodeChange.Status.MATCHED);
        assertThat(comparison.node("1").orElseThrow().change()).isNotNull();
        assertThat(comparison.node("9").orElseThrow().status()).isEqualTo(NodeChange.Status.NEW);
        assertThat(comparison.sameCriteria()).isFalse();
    }

    @Test
    void frozenWorkbooksOf2023OpenWithTheUsualKindOfTheirLevel() throws Exception {
        Assessment district = CchcFile.read(frozen("vinh-linh-ca-nam-2023.cchc"));
        Assessment commune = CchcFile.read(frozen("hien-thanh-6t-2023.cchc"));
        assertThat(district.unit().level()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(district.unit().kind()).isEqualTo(UnitKind.DISTRICT);
        assertThat(Messages.get(district.unit().kind().messageKey())).isEqualTo("Huyện (trước 7/2025)");
        assertThat(commune.unit().kind()).isEqualTo(UnitKind.COMMUNE);
        assertThat(commune.unit().parentAuthority()).isEqualTo("UBND huyện Vĩnh Linh");
        // Written again, an old file is unchanged: nothing of the two-tier structure is added to it.
        assertThat(AssessmentJson.toBytes(district)).isEqualTo(AssessmentJson.toBytes(TwoTierWorkbooks.district2023()));
    }

    @Test
    void frozen2023WorkbooksRankWithNewOnesAndTheDistrictIsLeftOutWithItsReason() throws Exception {
        Assessment district = CchcFile.read(frozen("vinh-linh-ca-nam-2023.cchc"));
        Assessment hienThanh = CchcFile.read(frozen("hien-thanh-6t-2023.cchc"));
        List<Assessment> all = new ArrayList<>(TwoTierWorkbooks.formerWards());
        all.add(hienThanh);
        all.add(BundledData.mergedSample());
        all.add(district);
        Ranking ranking = Ranking.of(all, Bands.defaults());
        assertThat(ranking.units()).extracting(unit -> unit.unit().name())
                .contains("Hiền Thành", "Đông Hà", "Phường 1", "Phường 5", "Phường Đông Lễ");
        assertThat(ranking.units()).allMatch(unit -> unit.rank() >= 1 && unit.index() != null);
        assertThat(ranking.excluded()).singleElement().satisfies(excluded -> {
            assertThat(excluded.unitName()).isEqualTo("Vĩnh Linh");
            assertThat(excluded.reason()).contains("cấp huyện (trước 7/2025)");
        });
        // The 2025 ward was scored against another set than most: its differences are listed with it.
        RankedUnit ward = ranking.units().stream().filter(u -> u.unit().name().equals("Đông Hà")).findFirst()
                .orElseThrow();
        assertThat(ward.differences()).isNotEmpty();
    }

    @Test
    void a2023CommuneIsTheEarlierPeriodOfIts2025Assessment() throws Exception {
        Assessment hienThanh = CchcFile.read(frozen("hien-thanh-6t-2023.cchc"));
        AssessedUnit today = AssessedUnit.of("Hiền Thành", UnitKind.COMMUNE, "UBND tỉnh Quảng Trị", "Hiền Thành");
        Assessment later = Assessment.start(today, Period.FIRST_HALF, 2025,
                BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2025), List.of());
        Assessment linked = EarlierPeriods.link(later, hienThanh, "");
        Comparison comparison = Comparison.compare(linked).orElseThrow();
        NodeChange appendixRow = comparison.node("3.13.3").orElseThrow();
        assertThat(appendixRow.status()).isEqualTo(NodeChange.Status.MATCHED);
        EarlierNode earlier = linked.earlierPeriod().node("3.13.3").orElseThrow();
        assertThat(appendixRow.earlierPoints()).isEqualByComparingTo(earlier.points());
        assertThat(linked.earlierPeriod().rankText()).isEqualTo(hienThanh.rankText());
    }
}

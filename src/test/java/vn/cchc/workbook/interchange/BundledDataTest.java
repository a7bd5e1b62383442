package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** The loader only; the content of the bundled files is tested where it is written. */
class BundledDataTest {

    @Test
    void theSampleSetsAreOnePerLevelCommunesFirst() {
        assertThat(BundledData.sampleCriteriaSets()).extracting(CriteriaSet::level)
                .containsExactly(UnitLevel.COMMUNE, UnitLevel.DISTRICT);
        assertThat(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE))
                .isSameAs(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE));
    }

    @Test
    void theSampleAssessmentIsHienThanh() {
        Assessment sample = BundledData.sampleAssessment();
        assertThat(sample.unit().name()).contains("Hiền Thành");
        assertThat(sample.year()).isEqualTo(2023);
    }

    @Test
    void thereIsNoSampleForProvinces() {
        assertThatThrownBy(() -> BundledData.sampleCriteriaSet(UnitLevel.PROVINCE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/** The loader only; the content of the bundled files is tested where it is written. */
class BundledDataTest {

    @Test
    void theSampleSetsAreOnePerLevelCommunesFirst() {
        assumeTrue(BundledData.isPresent(BundledData.COMMUNE_CRITERIA)
                && BundledData.isPresent(BundledData.DISTRICT_CRITERIA), "bundled criteria sets not in this build yet");
        assertThat(BundledData.sampleCriteriaSets()).extracting(CriteriaSet::level)
                .containsExactly(UnitLevel.COMMUNE, UnitLevel.DISTRICT);
        assertThat(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE))
                .isSameAs(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE));
    }

    @Test
    void theSampleAssessmentIsHienThanh() {
        assumeTrue(BundledData.isPresent(BundledData.SAMPLE_ASSESSMENT), "bundled sample not in this build yet");
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

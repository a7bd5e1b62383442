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
    void theSampleSetsAreTodaysFirstThenThoseOf2023() {
        assertThat(BundledData.sampleCriteriaSets()).extracting(CriteriaSet::level)
                .containsExactly(UnitLevel.COMMUNE, UnitLevel.DEPARTMENT, UnitLevel.COMMUNE, UnitLevel.DISTRICT);
        assertThat(BundledData.sampleCriteriaSets()).extracting(CriteriaSet::year)
                .containsExactly(2025, 2025, 2023, 2023);
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
    void thereIsNoSampleForProvincesNorForDistrictsFrom2025() {
        assertThatThrownBy(() -> BundledData.sampleCriteriaSet(UnitLevel.PROVINCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BundledData.sampleCriteriaSet(UnitLevel.DISTRICT, 2025))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewAssessmentStartsFromTheSampleOfItsYear() {
        assertThat(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2025).id()).isEqualTo("mau-xa-2025");
        assertThat(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2024).id()).isEqualTo("mau-xa-2023");
        assertThat(BundledData.sampleCriteriaSet(UnitLevel.DEPARTMENT, 2026).id()).isEqualTo("mau-so-2025");
        assertThat(BundledData.sampleCriteriaSet(UnitLevel.DISTRICT, 2024).id()).isEqualTo("mau-huyen-2023");
    }
}

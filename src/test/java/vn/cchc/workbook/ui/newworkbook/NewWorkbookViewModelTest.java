package vn.cchc.workbook.ui.newworkbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;

class NewWorkbookViewModelTest {

    private final NewWorkbookViewModel form = new NewWorkbookViewModel(BundledData.sampleCriteriaSets());

    @Test
    void startsWithTheCommuneSetOfTheYearAndItsDefaultDepartments() {
        int year = Integer.parseInt(form.yearProperty().get());
        assertThat(form.criteriaSetProperty().get()).isEqualTo(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, year));
        assertThat(form.departments()).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void inDecemberTheFormProposesTheWholeYear() {
        NewWorkbookViewModel december = new NewWorkbookViewModel(BundledData.sampleCriteriaSets(),
                java.time.LocalDate.of(2026, 12, 6));
        assertThat(december.periodKindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.Period.Kind.FULL_YEAR);
        assertThat(december.yearProperty().get()).isEqualTo("2026");
        NewWorkbookViewModel june = new NewWorkbookViewModel(BundledData.sampleCriteriaSets(),
                java.time.LocalDate.of(2026, 6, 20));
        assertThat(june.periodKindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.Period.Kind.FIRST_HALF);
    }

    @Test
    void theKindFollowsTheWordTheNameBeginsWith() {
        form.levelProperty().set(UnitLevel.COMMUNE);
        assertThat(form.kindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.COMMUNE);
        form.unitNameProperty().set("Phường Ba Đình");
        assertThat(form.kindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.WARD);
        form.unitNameProperty().set("UBND đặc khu Cồn Cỏ");
        assertThat(form.kindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.SPECIAL_ZONE);
        // A name without such a word leaves the kind as chosen.
        form.unitNameProperty().set("Hiền Thành");
        assertThat(form.kindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.SPECIAL_ZONE);
        form.unitNameProperty().set("xã Hiền Thành");
        assertThat(form.kindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.COMMUNE);
    }

    /** "Sở Tư pháp" typed on the form as it opens (cấp xã) made a commune named so, on the commune set. */
    @Test
    void aNameBeginningWithSoMakesADepartmentOnTheDepartmentsSet() {
        form.yearProperty().set("2026");
        assertThat(form.levelProperty().get()).isEqualTo(UnitLevel.COMMUNE);

        form.unitNameProperty().set("Sở Tư pháp");

        assertThat(form.levelProperty().get()).isEqualTo(UnitLevel.DEPARTMENT);
        assertThat(form.kindProperty().get()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.DEPARTMENT);
        assertThat(form.criteriaSetProperty().get().level()).isEqualTo(UnitLevel.DEPARTMENT);
        assertThat(form.departments()).noneMatch(name -> name.endsWith(" xã"));
        Assessment department = form.build().orElseThrow();
        assertThat(department.unit().level()).isEqualTo(UnitLevel.DEPARTMENT);
        assertThat(department.criteria().level()).isEqualTo(UnitLevel.DEPARTMENT);

        // A commune's name takes the form back to the commune level.
        form.unitNameProperty().set("Xã Hiền Thành");
        assertThat(form.levelProperty().get()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(form.criteriaSetProperty().get().level()).isEqualTo(UnitLevel.COMMUNE);
    }

    /** A ward's departments were proposed as for a xã ("Công an xã", "Cán bộ, công chức xã"). */
    @Test
    void aWardsDepartmentsAreNamedForAWardAndGetTheCriteriaTheSetProposes() {
        form.levelProperty().set(UnitLevel.COMMUNE);
        form.yearProperty().set("2026");
        assertThat(form.departments()).contains("Công an xã");
        form.unitNameProperty().set("Phường Ba Đình");
        assertThat(form.departments()).contains("Công an phường", "Công chức Văn hóa - Xã hội")
                .noneMatch(name -> name.endsWith(" xã"));

        Assessment ward = form.build().orElseThrow();
        String police = ward.departments().stream().filter(d -> d.name().equals("Công an phường")).findFirst()
                .orElseThrow().id();
        String policeCriterion = ward.criteria().nodes().stream()
                .filter(n -> n.defaultDepartment().equals("Công an xã")).findFirst().orElseThrow().code();
        assertThat(ward.entry(policeCriterion).responsibilities())
                .extracting(vn.cchc.workbook.domain.assessment.Responsibility::departmentId).containsExactly(police);
        assertThat(ward.departments()).extracting(Department::name).noneMatch(name -> name.endsWith(" xã"));
    }

    @Test
    void switchingTheLevelOffersThatLevelsSet() {
        form.levelProperty().set(UnitLevel.DISTRICT);
        assertThat(form.setsForLevel()).containsExactly(BundledData.sampleCriteriaSet(UnitLevel.DISTRICT));
        assertThat(form.criteriaSetProperty().get().level()).isEqualTo(UnitLevel.DISTRICT);
    }

    @Test
    void aPreselectedSetNotInTheListJoinsItAndIsChosenWithItsLevel() {
        form.levelProperty().set(UnitLevel.COMMUNE);
        vn.cchc.workbook.domain.criteria.CriteriaSet province = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT)
                .withIdentity("quang-tri-huyen-2024", "Bộ chỉ số cấp huyện tỉnh Quảng Trị", "1");

        form.preselect(province);

        assertThat(form.levelProperty().get()).isEqualTo(UnitLevel.DISTRICT);
        assertThat(form.criteriaSetProperty().get()).isEqualTo(province);
        assertThat(form.setsForLevel()).containsExactly(province, BundledData.sampleCriteriaSet(UnitLevel.DISTRICT));
    }

    @Test
    void aPreselectedSetAlreadyOfferedKeepsItsPlaceAndIsChosen() {
        vn.cchc.workbook.domain.criteria.CriteriaSet district = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT);

        form.preselect(district);

        assertThat(form.criteriaSetProperty().get()).isEqualTo(district);
        assertThat(form.setsForLevel()).containsExactly(district);
        form.levelProperty().set(UnitLevel.COMMUNE);
        assertThat(form.setsForLevel()).containsExactly(BundledData.sampleCriteriaSet(UnitLevel.COMMUNE, 2025),
                BundledData.sampleCriteriaSet(UnitLevel.COMMUNE));
    }

    @Test
    void aWardOf2025ReportsToTheProvinceAndADistrictOnlyExistsBefore2025() {
        form.yearProperty().set("2025");
        form.kindProperty().set(vn.cchc.workbook.domain.assessment.UnitKind.WARD);
        assertThat(form.levelProperty().get()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(form.kindsForLevel()).extracting(Enum::name)
                .containsExactly("COMMUNE", "WARD", "SPECIAL_ZONE", "TOWNSHIP");
        assertThat(form.parentPromptProperty().get()).isEqualTo("Ví dụ: UBND tỉnh …");
        assertThat(form.criteriaSetProperty().get().id()).isEqualTo("mau-xa-2025");
        form.unitNameProperty().set("Đông Hà");
        assertThat(form.build()).hasValueSatisfying(assessment ->
                assertThat(assessment.unit().kind()).isEqualTo(vn.cchc.workbook.domain.assessment.UnitKind.WARD));

        form.yearProperty().set("2023");
        assertThat(form.parentPromptProperty().get()).isEqualTo("Ví dụ: UBND huyện …");
        form.levelProperty().set(UnitLevel.DISTRICT);
        form.yearProperty().set("2025");
        assertThat(form.build()).isEmpty();
        assertThat(form.yearErrorProperty().get())
                .isEqualTo("“Huyện (trước 7/2025)” chỉ dùng cho các kỳ trước 7/2025, không dùng cho năm 2025.");
    }

    @Test
    void aLevelWithoutSetsOffersNoneAndRefusesToCreate() {
        form.levelProperty().set(UnitLevel.PROVINCE);
        form.unitNameProperty().set("UBND tỉnh Quảng Trị");
        assertThat(form.criteriaSetProperty().get()).isNull();
        assertThat(form.departments()).contains("Sở Nội vụ");
        assertThat(form.build()).isEmpty();
        assertThat(form.criteriaErrorProperty().get()).isEqualTo("Hãy chọn bộ tiêu chí.");
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        form.periodKindProperty().set(Period.Kind.OTHER);
        form.yearProperty().set("23");
        form.departments().add(form.departments().get(0));

        assertThat(form.build()).isEmpty();
        assertThat(form.unitNameErrorProperty().get()).isEqualTo("Hãy nhập tên đơn vị được đánh giá.");
        assertThat(form.periodErrorProperty().get()).isEqualTo("Hãy nhập tên kỳ đánh giá.");
        assertThat(form.yearErrorProperty().get()).contains("“23”");
        assertThat(form.departmentsErrorProperty().get()).contains(form.departments().get(0));
    }

    @Test
    void buildsTheAssessmentFromAValidForm() {
        form.unitNameProperty().set("  Hiền Thành ");
        form.parentAuthorityProperty().set("UBND huyện Vĩnh Linh");
        form.periodKindProperty().set(Period.Kind.OTHER);
        form.periodTextProperty().set("9 tháng đầu năm");
        form.yearProperty().set("2024");
        form.markDepartmentsEdited();
        form.departments().add("Tổ công nghệ số");

        Optional<Assessment> built = form.build();

        assertThat(built).isPresent();
        Assessment assessment = built.get();
        assertThat(assessment.unit().name()).isEqualTo("Hiền Thành");
        assertThat(assessment.period()).isEqualTo(Period.other("9 tháng đầu năm"));
        assertThat(assessment.year()).isEqualTo(2024);
        assertThat(assessment.departments()).extracting(Department::name).contains("Tổ công nghệ số");
        assertThat(form.unitNameErrorProperty().get()).isEmpty();
    }
}

package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Points;

/** The bundled sample criteria sets are complete, valid and shaped like real provincial sets. */
class BundledCriteriaSetsTest {

    private static final Set<String> COMMUNE_OFFICERS = Set.of(
            "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch", "Công chức Văn hóa - Xã hội",
            "Công chức Tài chính - Kế toán", "Công chức Địa chính - Xây dựng", "Bộ phận Tiếp nhận và Trả kết quả",
            "Công an xã", "Đài truyền thanh xã");

    @ParameterizedTest
    @EnumSource(value = UnitLevel.class, names = {"COMMUNE", "DISTRICT"})
    void sampleSetValidatesWithoutAnyProblem(UnitLevel level) {
        CriteriaSet set = BundledData.sampleCriteriaSet(level);

        List<Problem> problems = CriteriaValidator.validate(set);

        assertThat(problems).as("problems of %s", set.id()).isEmpty();
        assertThat(set.level()).isEqualTo(level);
        assertThat(set.year()).isEqualTo(2023);
    }

    @ParameterizedTest
    @EnumSource(value = UnitLevel.class, names = {"COMMUNE", "DISTRICT"})
    void mainPartIsWorthExactly100(UnitLevel level) {
        CriteriaSet set = BundledData.sampleCriteriaSet(level);

        assertThat(set.mainMaximum()).isEqualByComparingTo("100");
        BigDecimal leaves = set.leaves().stream().filter(n -> n.section() == Section.MAIN)
                .map(CriterionNode::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(leaves).isEqualByComparingTo("100");
    }

    @ParameterizedTest
    @EnumSource(value = UnitLevel.class, names = {"COMMUNE", "DISTRICT"})
    void everyLeafHasGuidanceEvidenceRuleAndDepartment(UnitLevel level) {
        CriteriaSet set = BundledData.sampleCriteriaSet(level);

        for (CriterionNode leaf : set.leaves()) {
            assertThat(leaf.guidance()).as("guidance of %s", leaf.code()).isNotBlank();
            assertThat(leaf.evidenceRequired()).as("evidence of %s", leaf.code()).isNotBlank();
            assertThat(leaf.defaultDepartment()).as("department of %s", leaf.code()).isNotBlank();
            assertThat(leaf.rule()).as("rule of %s", leaf.code()).isNotInstanceOf(ScoringRule.Sum.class);
        }
        for (CriterionNode node : set.nodes()) {
            if (!node.isLeaf()) {
                BigDecimal children = node.children().stream().map(CriterionNode::maxPoints)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(children).as("children of %s", node.code()).isEqualByComparingTo(node.maxPoints());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = UnitLevel.class, names = {"COMMUNE", "DISTRICT"})
    void setsAreNamedAsSamplesAndUseEveryKindOfRule(UnitLevel level) {
        CriteriaSet set = BundledData.sampleCriteriaSet(level);

        assertThat(set.name()).startsWith("Bộ tiêu chí mẫu cấp ");
        assertThat(set.version()).contains("thay bằng bộ tiêu chí do UBND tỉnh ban hành");
        assertThat(set.nodes()).hasSizeBetween(60, 140);
        assertThat(set.leaves()).extracting(n -> n.rule().kind())
                .contains("manual", "given", "levels", "ratio", "deductions");
    }

    @Test
    void communeSetHasEightFieldsAndOnlyCommuneOfficers() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);

        assertThat(set.id()).isEqualTo("mau-xa-2023");
        assertThat(set.name()).isEqualTo("Bộ tiêu chí mẫu cấp xã");
        assertThat(set.roots()).extracting(CriterionNode::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(set.roots()).allMatch(root -> root.section() == Section.MAIN);
        assertThat(set.leaves()).extracting(CriterionNode::defaultDepartment).allMatch(COMMUNE_OFFICERS::contains);
        // The survey component (điều tra xã hội học) arrives from outside.
        assertThat(set.node("8.1").rule()).isInstanceOf(ScoringRule.Given.class);
    }

    /** The codes of the 003 appendix exist with the same titles and maxima. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1.1.3  | 2 | ratio  | Mức độ thực hiện kế hoạch CCHC
            1.4.1  | 1 | levels | Mức độ thực hiện kế hoạch tuyên truyền CCHC đã ban hành
            1.4.2  | 2 | manual | Mức độ đa dạng trong tuyên truyền CCHC
            1.5.1  | 2 | deductions | Thực hiện các nhiệm vụ được UBND huyện, Chủ tịch UBND huyện giao
            1.5.3  | 1 | manual | Tổ chức thực hiện đánh giá chỉ số đã công bố và kết quả khắc phục tồn tại, hạn chế
            1.5.4  | 2 | manual | Sáng kiến trong triển khai công tác CCHC (là những giải pháp, biện pháp, mô hình, đề án, cách làm mới được áp dụng và đem lại hiệu quả trong thực hiện CCHC trong năm của xã, phường, thị trấn)
            1.7    | 1 | levels | Đối thoại của Lãnh đạo UBND xã với người dân, doanh nghiệp
            3.5.2  | 1 | levels | Thực hiện nội dung Quy định công khai xin lỗi trong giải quyết TTHC cho cá nhân, tổ chức trên địa bàn tỉnh Quảng Trị gắn với Quy chế làm việc và Quy chế thi đua, khen thưởng của cơ quan hàng năm
            3.11.1 | 1 | ratio  | Tỷ lệ hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền giải quyết hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử
            3.12   | 2 | sum    | Thủ tục hành chính có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến và tỷ lệ giao dịch thanh toán trực tuyến đạt được
            3.12.1 | 1 | levels | Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến
            3.12.2 | 1 | levels | Tỷ lệ hồ sơ thanh toán trực tuyến
            3.13   | 3 | sum    | Cung cấp dịch vụ công trực tuyến
            3.13.2 | 1 | ratio  | Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến
            3.13.3 | 1 | ratio  | Tỷ lệ hồ sơ DVCTT
            """)
    void communeSetContainsTheAppendixCriteria(String code, String max, String kind, String title) {
        CriterionNode node = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE).node(code);

        assertThat(node.title()).isEqualTo(title);
        assertThat(node.maxPoints()).isEqualByComparingTo(max);
        assertThat(node.rule().kind()).isEqualTo(kind);
    }

    @Test
    void appendixParentsAreSumsOfTheirSubCriteriaAnd17IsALeaf() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);

        assertThat(set.node("3.12").children()).extracting(CriterionNode::code).containsExactly("3.12.1", "3.12.2");
        assertThat(set.node("3.13").children()).extracting(CriterionNode::code)
                .containsExactly("3.13.1", "3.13.2", "3.13.3");
        assertThat(set.node("1.7").isLeaf()).isTrue();
    }

    @Test
    void communeRatioRulesGiveTheAppendixFigures() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.COMMUNE);

        assertThat(set.node("3.11.1").rule()).isEqualTo(new ScoringRule.Ratio(new BigDecimal("0.7"), null));
        assertThat(points(set, "1.1.3", 30, 21)).isEqualTo("1,40");
        assertThat(points(set, "3.11.1", 739, 164)).isEqualTo("0,00");
        assertThat(points(set, "3.11.1", 10, 7)).isEqualTo("0,70");
        assertThat(points(set, "3.13.2", 16, 11)).isEqualTo("0,69");
        assertThat(points(set, "3.13.3", 637, 408)).isEqualTo("0,64");
    }

    @Test
    void districtSetHasTheSevenFieldsOf2023AndBonusAndPenaltyOutsideThe100() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT);

        assertThat(set.id()).isEqualTo("mau-huyen-2023");
        assertThat(set.name()).isEqualTo("Bộ tiêu chí mẫu cấp huyện (trước 7/2025)");
        List<CriterionNode> main = set.roots().stream().filter(r -> r.section() == Section.MAIN).toList();
        assertThat(main).extracting(n -> Points.formatShort(n.maxPoints()))
                .containsExactly("16", "13", "25", "8", "17", "7", "14");
        CriterionNode bonus = set.node("T");
        CriterionNode penalty = set.node("TR");
        assertThat(bonus.section()).isEqualTo(Section.BONUS);
        assertThat(bonus.maxPoints()).isEqualByComparingTo("2");
        assertThat(penalty.section()).isEqualTo(Section.PENALTY);
        assertThat(penalty.maxPoints()).isEqualByComparingTo("3");
        assertThat(set.node("T.1").section()).isEqualTo(Section.BONUS);
        assertThat(set.node("TR.2").section()).isEqualTo(Section.PENALTY);
    }

    /** The team's domain notes' district example: Nội vụ 38, Tư pháp 13, Văn phòng 25, TC-KH 7, VH-TT 12, TT VH&TT 5. */
    @Test
    void districtDefaultDepartmentsShareThePointsLikeARealDistrict() {
        CriteriaSet set = BundledData.sampleCriteriaSet(UnitLevel.DISTRICT);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (CriterionNode leaf : set.leaves()) {
            if (leaf.section() == Section.MAIN) {
                shares.merge(leaf.defaultDepartment(), leaf.maxPoints(), BigDecimal::add);
            }
        }

        assertThat(shares).hasSize(6);
        assertThat(shares.get("Phòng Nội vụ")).isEqualByComparingTo("38");
        assertThat(shares.get("Phòng Tư pháp")).isEqualByComparingTo("13");
        assertThat(shares.get("Văn phòng HĐND và UBND")).isEqualByComparingTo("25");
        assertThat(shares.get("Phòng Tài chính - Kế hoạch")).isEqualByComparingTo("7");
        assertThat(shares.get("Phòng Văn hóa và Thông tin")).isEqualByComparingTo("12");
        assertThat(shares.get("Trung tâm Văn hóa và Truyền thông")).isEqualByComparingTo("5");
    }

    @Test
    void bundledResourcesArePresentAndReadWithoutProblems() {
        for (String resource : List.of(BundledData.COMMUNE_CRITERIA, BundledData.DISTRICT_CRITERIA,
                BundledData.SAMPLE_ASSESSMENT, BundledData.COMMUNE_CRITERIA_2025, BundledData.DEPARTMENT_CRITERIA,
                BundledData.MERGED_SAMPLE)) {
            assertThat(BundledData.isPresent(resource)).as(resource).isTrue();
        }
        assertThat(BundledData.sampleCriteriaSets()).extracting(CriteriaSet::level)
                .containsExactly(UnitLevel.COMMUNE, UnitLevel.DEPARTMENT, UnitLevel.COMMUNE, UnitLevel.DISTRICT);
    }

    private static String points(CriteriaSet set, String code, long total, long achieved) {
        CriterionNode node = set.node(code);
        return Points.format(node.rule().points(node.maxPoints(), RuleInput.RatioInput.of(total, achieved)));
    }
}

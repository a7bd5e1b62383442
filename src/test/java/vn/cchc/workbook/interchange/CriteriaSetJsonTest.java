package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.interchange.JsonFixtures.CRITERIA;
import static vn.cchc.workbook.interchange.JsonFixtures.bytes;
import static vn.cchc.workbook.interchange.JsonFixtures.edited;
import static vn.cchc.workbook.interchange.JsonFixtures.object;
import static vn.cchc.workbook.interchange.JsonFixtures.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ArrayNode;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;

class CriteriaSetJsonTest {

    private static CriteriaSet fixture() {
        return CriteriaSetJson.read(new ByteArrayInputStream(bytes(CRITERIA)));
    }

    private static Problem onlyError(byte[] json) {
        JsonCheck<CriteriaSet> check = CriteriaSetJson.check(json);
        assertThat(check.isValid()).isFalse();
        assertThat(check.errors()).hasSize(1);
        return check.errors().get(0);
    }

    // --- reading every kind of rule -----------------------------------------------------------------------------

    @Test
    void readsTheSetsDescription() {
        CriteriaSet set = fixture();
        assertThat(set.id()).isEqualTo("thu-nghiem-xa");
        assertThat(set.name()).isEqualTo("Bộ tiêu chí thử nghiệm cấp xã");
        assertThat(set.decision()).isEqualTo(
                new IssuingDecision("1675/QĐ-UBND", LocalDate.of(2022, 11, 16), "UBND tỉnh Quảng Trị"));
        assertThat(set.level()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(set.year()).isEqualTo(2023);
        assertThat(set.version()).isEqualTo("2");
        assertThat(set.nodes()).extracting(CriterionNode::code).containsExactly(
                "1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", "2.2", "2.3", "3", "4", "4.1", "5", "5.1");
        assertThat(set.mainMaximum()).isEqualByComparingTo("100");
    }

    @Test
    void readsEveryKindOfRuleWithItsParameters() {
        CriteriaSet set = fixture();
        assertThat(set.node("1").rule()).isInstanceOf(ScoringRule.Sum.class);
        assertThat(set.node("1.1.1").rule()).isEqualTo(new ScoringRule.Levels(List.of(
                new Level("Ban hành đúng thời hạn", BigDecimal.ONE),
                new Level("Ban hành chậm", new BigDecimal("0.5")),
                new Level("Không ban hành", BigDecimal.ZERO))));
        assertThat(set.node("1.1.2").rule()).isEqualTo(new ScoringRule.Deductions(new BigDecimal("0.5")));
        assertThat(set.node("1.2").rule()).isEqualTo(new ScoringRule.Manual(new BigDecimal("0.25")));
        assertThat(set.node("2.1").rule()).isEqualTo(new ScoringRule.Ratio(new BigDecimal("0.7"), null));
        assertThat(set.node("2.2").rule()).isEqualTo(new ScoringRule.Ratio(null, new BigDecimal("0.95")));
        assertThat(set.node("2.3").rule()).isEqualTo(new ScoringRule.Ratio(new BigDecimal("0.1"), new BigDecimal("0.90")));
        assertThat(set.node("3").rule()).isInstanceOf(ScoringRule.Given.class);
        assertThat(set.node("4.1").rule()).isEqualTo(ScoringRule.Manual.FREE);
    }

    @Test
    void readsGuidanceEvidenceDefaultDepartmentAndSections() {
        CriteriaSet set = fixture();
        CriterionNode node = set.node("1.1.1");
        assertThat(node.guidance()).isEqualTo("Đúng thời hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm.");
        assertThat(node.evidenceRequired()).isEqualTo("Kế hoạch CCHC năm 2023");
        assertThat(node.defaultDepartment()).isEqualTo("Công chức Văn phòng - Thống kê");
        assertThat(set.node("1").section()).isEqualTo(Section.MAIN);
        assertThat(set.node("4").section()).isEqualTo(Section.BONUS);
        assertThat(set.node("4.1").section()).as("inherited from the group").isEqualTo(Section.BONUS);
        assertThat(set.node("5.1").section()).isEqualTo(Section.PENALTY);
    }

    @Test
    void leafWithoutRuleIsManualAndParentWithoutRuleIsSum() {
        CriteriaSet set = CriteriaSetJson.check(utf8("""
                {"format":"cchc-criteria-set","formatVersion":1,"id":"x","name":"Bộ tối giản","level":"huyen",
                 "year":2024,"nodes":[{"code":"1","title":"Lĩnh vực","maxPoints":100,
                 "children":[{"code":"1.1","title":"Tiêu chí","maxPoints":100}]}]}
                """)).valueOrThrow();
        assertThat(set.node("1").rule()).isInstanceOf(ScoringRule.Sum.class);
        assertThat(set.node("1.1").rule()).isEqualTo(ScoringRule.Manual.FREE);
        assertThat(set.version()).isEmpty();
        assertThat(set.decision()).isEqualTo(IssuingDecision.NONE);
    }

    // --- writing ------------------------------------------------------------------------------------------------

    @Test
    void readingThenWritingGivesTheSameBytes() {
        byte[] original = bytes(CRITERIA);
        assertThat(new String(CriteriaSetJson.toBytes(fixture()), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CriteriaSetJson.write(fixture(), out);
        assertThat(out.toByteArray()).isEqualTo(original);
    }

    @Test
    void aSetBuiltInCodeSurvivesARoundTrip() {
        CriteriaSet set = new CriteriaSet("s", "Bộ thử", new IssuingDecision("12/QĐ", null, ""), UnitLevel.DISTRICT,
                2025, "", List.of(
                CriterionNode.parent("I", "Lĩnh vực I", new BigDecimal("100.00"), List.of(
                        CriterionNode.leaf("I.1", "Có ngưỡng", new BigDecimal("40"),
                                new ScoringRule.Ratio(new BigDecimal("0.5"), new BigDecimal("1"))),
                        CriterionNode.leaf("I.2", "Nhận từ ngoài", new BigDecimal("60.00"), new ScoringRule.Given())))));
        byte[] written = CriteriaSetJson.toBytes(set);
        CriteriaSet back = CriteriaSetJson.check(written).valueOrThrow();
        assertThat(back).isEqualTo(set);
        assertThat(CriteriaSetJson.toBytes(back)).isEqualTo(written);
    }

    @Test
    void numbersAreWrittenAsPlainDecimalsNeverWithAnExponent() {
        CriteriaSet set = new CriteriaSet("s", "Bộ thử", null, UnitLevel.COMMUNE, 2025, "", List.of(
                CriterionNode.leaf("1", "Một", new BigDecimal("1E+2"), new ScoringRule.Manual(new BigDecimal("1E-1")))));
        String json = new String(CriteriaSetJson.toBytes(set), StandardCharsets.UTF_8);
        assertThat(json).contains("\"maxPoints\": 100,").contains("\"step\": 0.1").doesNotContain("E");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void exponentsInAFileAreReadExactly() {
        byte[] json = edited(CRITERIA, root -> object(root, "/nodes/2").put("maxPoints", new BigDecimal("8.0E+1")));
        assertThat(CriteriaSetJson.check(json).valueOrThrow().node("3").maxPoints()).isEqualByComparingTo("80");
    }

    // --- tolerance and warnings ---------------------------------------------------------------------------------

    @Test
    void unknownFieldsAreIgnored() {
        byte[] json = edited(CRITERIA, root -> {
            root.put("createdBy", "phiên bản sau");
            object(root, "/nodes/0/children/0").putObject("colour").put("name", "xanh");
            object(root, "/nodes/0/children/0/children/0/rule").put("note", 1);
        });
        assertThat(CriteriaSetJson.check(json).valueOrThrow()).isEqualTo(fixture());
    }

    @Test
    void aTotalOtherThan100IsOnlyAWarning() {
        byte[] json = edited(CRITERIA, root -> object(root, "/nodes/2").put("maxPoints", 70));
        JsonCheck<CriteriaSet> check = CriteriaSetJson.check(json);
        assertThat(check.isValid()).isTrue();
        assertThat(check.warnings()).extracting(Problem::describe)
                .containsExactly("Cảnh báo: Tổng điểm tối đa của các lĩnh vực là 90,00, không phải 100.");
        assertThat(CriteriaSetJson.read(new ByteArrayInputStream(json)).node("3").maxPoints()).isEqualByComparingTo("70");
    }

    // --- refusals: structure ------------------------------------------------------------------------------------

    @Test
    void aWrongTypeIsRefusedWithItsPath() {
        Problem problem = onlyError(edited(CRITERIA, root -> object(root, "/nodes/0/children/0").put("maxPoints", "4")));
        assertThat(problem.where()).isEqualTo("$.nodes[0].children[0].maxPoints");
        assertThat(problem.message()).isEqualTo("Giá trị phải là một số, nhưng tệp ghi một chuỗi văn bản.");
    }

    @Test
    void aMissingRequiredFieldIsRefusedWithItsPath() {
        Problem problem = onlyError(edited(CRITERIA, root -> object(root, "/nodes/1").remove("title")));
        assertThat(problem.where()).isEqualTo("$.nodes[1].title");
        assertThat(problem.message()).isEqualTo("Thiếu trường bắt buộc “title”.");
        assertThat(problem.describe()).isEqualTo("Lỗi ($.nodes[1].title): Thiếu trường bắt buộc “title”.");
    }

    @Test
    void aRequiredFieldSetToNullIsRefused() {
        Problem problem = onlyError(edited(CRITERIA, root -> root.putNull("year")));
        assertThat(problem.where()).isEqualTo("$.year");
        assertThat(problem.message()).contains("“year”");
    }

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        JsonCheck<CriteriaSet> check = CriteriaSetJson.check(edited(CRITERIA, root -> {
            root.remove("id");
            object(root, "/nodes/0/children/1").put("maxPoints", true);
            object(root, "/nodes/1/children/0/rule").put("threshold", "70%");
        }));
        assertThat(check.errors()).extracting(Problem::where).containsExactly(
                "$.id", "$.nodes[0].children[1].maxPoints", "$.nodes[1].children[0].rule.threshold");
    }

    @Test
    void anUnknownLevelIsRefusedListingTheAllowedValues() {
        Problem problem = onlyError(edited(CRITERIA, root -> root.put("level", "xã")));
        assertThat(problem.where()).isEqualTo("$.level");
        assertThat(problem.message())
                .isEqualTo("Giá trị “xã” không hợp lệ; chỉ nhận một trong các giá trị: tinh, so-nganh, huyen, xa.");
    }

    @Test
    void anUnknownRuleKindIsRefused() {
        Problem problem = onlyError(edited(CRITERIA,
                root -> object(root, "/nodes/0/children/1/rule").put("kind", "percent")));
        assertThat(problem.where()).isEqualTo("$.nodes[0].children[1].rule.kind");
        assertThat(problem.message()).startsWith("Giá trị “percent” không hợp lệ").contains("ratio", "deductions");
    }

    @Test
    void anUnknownSectionIsRefused() {
        Problem problem = onlyError(edited(CRITERIA, root -> object(root, "/nodes/3").put("section", "bonus")));
        assertThat(problem.where()).isEqualTo("$.nodes[3].section");
    }

    @Test
    void aDeductionsRuleNeedsItsAmount() {
        Problem problem = onlyError(edited(CRITERIA,
                root -> object(root, "/nodes/0/children/0/children/1/rule").remove("perViolation")));
        assertThat(problem.where()).isEqualTo("$.nodes[0].children[0].children[1].rule.perViolation");
    }

    @Test
    void aLevelWithoutPointsIsRefused() {
        Problem problem = onlyError(edited(CRITERIA,
                root -> object(root, "/nodes/0/children/0/children/0/rule/levels/1").remove("points")));
        assertThat(problem.where()).isEqualTo("$.nodes[0].children[0].children[0].rule.levels[1].points");
    }

    @Test
    void nodesMustBeAListOfObjects() {
        Problem problem = onlyError(edited(CRITERIA, root -> root.put("nodes", "1, 2, 3")));
        assertThat(problem.where()).isEqualTo("$.nodes");
        assertThat(problem.message()).isEqualTo("Giá trị phải là một danh sách […], nhưng tệp ghi một chuỗi văn bản.");

        Problem element = onlyError(edited(CRITERIA, root -> ((ArrayNode) root.get("nodes")).insert(1, 7)));
        assertThat(element.where()).isEqualTo("$.nodes[1]");
        assertThat(element.message()).isEqualTo("Giá trị phải là một đối tượng JSON, nhưng tệp ghi một số.");
    }

    @Test
    void aYearMustBeAWholeNumber() {
        Problem problem = onlyError(edited(CRITERIA, root -> root.put("year", new BigDecimal("2023.5"))));
        assertThat(problem.where()).isEqualTo("$.year");
        assertThat(problem.message()).isEqualTo("Giá trị 2023.5 phải là một số nguyên.");
    }

    @Test
    void aDateMustBeIso() {
        Problem problem = onlyError(edited(CRITERIA, root -> object(root, "/decision").put("date", "16/11/2022")));
        assertThat(problem.where()).isEqualTo("$.decision.date");
        assertThat(problem.message()).contains("16/11/2022", "2023-01-15");
    }

    @Test
    void aBlankIdIsRefused() {
        Problem problem = onlyError(edited(CRITERIA, root -> root.put("id", "  ")));
        assertThat(problem.where()).isEqualTo("$.id");
        assertThat(problem.message()).isEqualTo("Trường “id” không được để trống.");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefused() {
        Problem problem = onlyError(utf8("[1, 2]"));
        assertThat(problem.where()).isEqualTo("$");
        assertThat(problem.message()).isEqualTo("Giá trị phải là một đối tượng JSON, nhưng tệp ghi một danh sách […].");
    }

    // --- refusals: syntax ---------------------------------------------------------------------------------------

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        Problem problem = onlyError(utf8("{\n  \"format\": \"cchc-criteria-set\"\n  \"formatVersion\": 1\n}"));
        assertThat(problem.message()).isEqualTo("Tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 3, cột 3.");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        Problem problem = onlyError(utf8("{\"format\": \"cchc-criteria-set\",\n \"id\": \"a\",\n \"id\": \"b\"}"));
        assertThat(problem.message()).startsWith("Trường “id” xuất hiện hai lần trong cùng một đối tượng (dòng 3");
        assertThat(problem.where()).isEqualTo("$.id");
    }

    @Test
    void aDuplicateKeyDeepInsideNamesItsPath() {
        String json = new String(bytes(CRITERIA), StandardCharsets.UTF_8)
                .replace("\"maxPoints\": 6,", "\"maxPoints\": 6, \"maxPoints\": 7,");
        Problem problem = onlyError(utf8(json));
        assertThat(problem.where()).isEqualTo("$.nodes[0].children[1].maxPoints");
    }

    @Test
    void truncatedTrailingAndEmptyFilesAreRefused() {
        assertThat(onlyError(utf8("{\"format\": \"cchc-criteria-set\", \"nodes\": [")).message())
                .startsWith("Tệp JSON bị cắt cụt");
        assertThat(onlyError(utf8("{\"format\": \"cchc-criteria-set\"} {}")).message())
                .startsWith("Có nội dung thừa sau phần dữ liệu JSON (dòng 1");
        assertThat(onlyError(utf8("   \n")).message()).isEqualTo("Tệp rỗng, không có dữ liệu JSON.");
    }

    // --- refusals: format header --------------------------------------------------------------------------------

    @Test
    void aNewerFormatVersionIsRefusedAsMadeByANewerProgram() {
        Problem problem = onlyError(edited(CRITERIA, root -> root.put("formatVersion", 2)));
        assertThat(problem.where()).isEqualTo("$.formatVersion");
        assertThat(problem.message()).startsWith(
                "Tệp được tạo bằng phiên bản mới hơn của chương trình (định dạng phiên bản 2); "
                        + "phiên bản này chỉ đọc được định dạng đến phiên bản 1.");
    }

    @Test
    void anotherFormatIsRefused() {
        Problem problem = onlyError(bytes(JsonFixtures.ASSESSMENT));
        assertThat(problem.where()).isEqualTo("$.format");
        assertThat(problem.message()).isEqualTo("Tệp này không phải là tệp bộ tiêu chí (cchc-criteria-set): "
                + "trường “format” cho biết đây là tệp sổ chấm điểm (cchc-assessment).");
        assertThat(onlyError(edited(CRITERIA, root -> root.put("format", "excel"))).message())
                .endsWith("cho biết đây là excel.");
        assertThat(onlyError(edited(CRITERIA, root -> root.remove("format"))).where()).isEqualTo("$.format");
    }

    // --- refusals: content (CriteriaValidator) ------------------------------------------------------------------

    @Test
    void maximaThatDoNotAddUpAreRefusedNamingTheCriterion() {
        Problem problem = onlyError(edited(CRITERIA, root -> object(root, "/nodes/0/children/1").put("maxPoints", 5)));
        assertThat(problem.where()).isEqualTo("1");
        assertThat(problem.message()).isEqualTo(
                "Tổng điểm tối đa của các tiêu chí con là 9,00, khác điểm tối đa 10,00 của tiêu chí này.");
    }

    @Test
    void aDuplicateCodeIsRefused() {
        JsonCheck<CriteriaSet> check = CriteriaSetJson.check(
                edited(CRITERIA, root -> object(root, "/nodes/1/children/2").put("code", "2.1")));
        assertThat(check.errors()).extracting(Problem::describe)
                .contains("Lỗi (2.1): Mã “2.1” bị trùng với một tiêu chí khác.");
    }

    @Test
    void aRatioThresholdAboveOneIsRefused() {
        Problem problem = onlyError(edited(CRITERIA,
                root -> object(root, "/nodes/1/children/0/rule").put("threshold", 70)));
        assertThat(problem.where()).isEqualTo("2.1");
        assertThat(problem.messageKey()).isEqualTo("domain.criteria.ratioBoundInvalid");
    }

    // --- the throwing API ---------------------------------------------------------------------------------------

    @Test
    void readThrowsAUserFacingExceptionCarryingEveryProblem() {
        byte[] json = edited(CRITERIA, root -> {
            root.remove("name");
            root.put("year", "2023");
        });
        assertThatThrownBy(() -> CriteriaSetJson.read(new ByteArrayInputStream(json)))
                .isInstanceOf(UserFacingException.class)
                .isInstanceOfSatisfying(InterchangeException.class, refused -> {
                    assertThat(refused.problems()).extracting(Problem::where).containsExactly("$.name", "$.year");
                    assertThat(refused.getMessage()).isEqualTo("Không thể dùng tệp này: có 2 lỗi. Lỗi đầu tiên: "
                            + "Lỗi ($.name): Thiếu trường bắt buộc “name”.");
                });
    }

    @Test
    void readsAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bộ tiêu chí.json");
        Files.write(file, bytes(CRITERIA));
        assertThat(CriteriaSetJson.read(file)).isEqualTo(fixture());
        assertThat(CriteriaSetJson.check(file).isValid()).isTrue();

        Path missing = dir.resolve("khong-co.json");
        assertThatThrownBy(() -> CriteriaSetJson.read(missing))
                .isInstanceOf(InterchangeException.class)
                .hasMessage("Không thể dùng tệp này. Lỗi: Không tìm thấy tệp “" + missing + "”.");
    }

    @Test
    void detectsTheFormatOfAFile() {
        assertThat(JsonFormat.detect(bytes(CRITERIA))).contains(JsonFormat.CRITERIA_SET);
        assertThat(JsonFormat.detect(bytes(JsonFixtures.ASSESSMENT))).contains(JsonFormat.ASSESSMENT);
        assertThat(JsonFormat.detect(utf8("{\"format\": \"other\"}"))).isEmpty();
        assertThat(JsonFormat.detect(utf8("not json"))).isEmpty();
    }
}

package vn.cchc.workbook.interchange;

import vn.cchc.workbook.domain.Limits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.interchange.JsonFixtures.ASSESSMENT;
import static vn.cchc.workbook.interchange.JsonFixtures.bytes;
import static vn.cchc.workbook.interchange.JsonFixtures.edited;
import static vn.cchc.workbook.interchange.JsonFixtures.object;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Points;

class AssessmentJsonTest {

    private static Assessment fixture() {
        return AssessmentJson.read(new ByteArrayInputStream(bytes(ASSESSMENT)));
    }

    private static Problem onlyError(byte[] json) {
        JsonCheck<Assessment> check = AssessmentJson.check(json);
        assertThat(check.isValid()).isFalse();
        assertThat(check.errors()).hasSize(1);
        return check.errors().get(0);
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @Test
    void readsTheUnitPeriodAndDepartments() {
        Assessment assessment = fixture();
        assertThat(assessment.id()).isEqualTo("6f1c2a52-1d3e-4c4b-9a57-2f0d8e1b7c10");
        assertThat(assessment.unit()).isEqualTo(
                new AssessedUnit("Hiền Thành", UnitLevel.COMMUNE, "UBND huyện Vĩnh Linh", "Hiền Thành"));
        assertThat(assessment.period()).isEqualTo(Period.FIRST_HALF);
        assertThat(assessment.year()).isEqualTo(2023);
        assertThat(assessment.locked()).isFalse();
        assertThat(assessment.criteria().id()).isEqualTo("thu-nghiem-xa");
        assertThat(assessment.criteria().nodes()).hasSize(14);
        assertThat(assessment.departments()).containsExactly(
                new Department("vp-tk", "Công chức Văn phòng - Thống kê"),
                new Department("tp-ht", "Công chức Tư pháp - Hộ tịch"),
                new Department("vh-xh", "Công chức Văn hóa - Xã hội"));
        assertThat(assessment.entries()).hasSize(10);
    }

    @Test
    void readsEveryKindOfInput() {
        Assessment assessment = fixture();
        assertThat(assessment.entry("1.1.1").self()).isEqualTo(new RuleInput.LevelChoice(0));
        assertThat(assessment.entry("1.1.1").firstAppraisal()).isEqualTo(new RuleInput.LevelChoice(2));
        assertThat(assessment.entry("1.1.1").secondAppraisal()).isEqualTo(new RuleInput.LevelChoice(1));
        assertThat(assessment.entry("1.1.2").firstAppraisal()).isEqualTo(new RuleInput.ViolationCount(1));
        assertThat(assessment.entry("1.2").firstAppraisal()).isEqualTo(RuleInput.points("5.75"));
        assertThat(assessment.entry("2.1").firstAppraisal()).isEqualTo(RuleInput.RatioInput.of(739, 164));
        assertThat(assessment.entry("2.2").notApplicable()).isTrue();
        assertThat(assessment.entry("2.2").self()).isNull();
    }

    @Test
    void readsEvidenceResponsibilitiesRemedyAndTargets() {
        Entry entry = fixture().entry("1.1.1");
        assertThat(entry.selfExplanation()).isEqualTo("Kế hoạch ban hành ngày 15/01/2023.");
        assertThat(entry.appraisalOpinion()).isEqualTo("Ban hành chậm so với quy định.");
        assertThat(entry.evidence()).containsExactly(
                new EvidenceDocument("30/KH-UBND", LocalDate.of(2023, 1, 15), "Kế hoạch CCHC năm 2023", ""),
                new EvidenceDocument("", null, "Biên bản kiểm tra", "kiem-chung/bien-ban.pdf"));
        assertThat(entry.responsibilities()).containsExactly(Responsibility.whole("vp-tk"));
        assertThat(entry.remedy()).isEqualTo(new Remedy("Ban hành kế hoạch năm 2024 trước ngày 31/12/2023",
                LocalDate.of(2023, 12, 31), Remedy.Status.IN_PROGRESS));
        assertThat(entry.target()).isEqualByComparingTo("1");
        assertThat(entry.expectedGain()).isEqualByComparingTo("0.5");
        assertThat(fixture().entry("1").responsibilities()).containsExactly(
                new Responsibility("vp-tk", new BigDecimal("8")), Responsibility.whole("vh-xh"));
    }

    @Test
    void theAssessmentReadScoresAsExpected() {
        Scorecard card = ScoreEngine.score(fixture());
        assertThat(Points.format(card.node("1.1.1").appraised().achieved())).as("second appraisal stands").isEqualTo("0,50");
        assertThat(Points.format(card.node("1.1.2").appraised().achieved())).isEqualTo("2,50");
        assertThat(Points.format(card.node("2.1").appraised().achieved())).as("164/739 below 0,7").isEqualTo("0,00");
        assertThat(Points.format(card.node("2.3").appraised().achieved())).as("408/637 × 5").isEqualTo("3,20");
        assertThat(Points.format(card.node("2.3").self().achieved())).as("full at 0,90").isEqualTo("5,00");
        Totals appraised = card.totals(Track.APPRAISED);
        assertThat(Points.format(appraised.applicableMaximum())).as("2.2 not applicable").isEqualTo("97,00");
        assertThat(Points.format(appraised.achieved())).isEqualTo("81,77");
        assertThat(Points.format(appraised.penalty())).isEqualTo("1,00");
    }

    // --- writing ------------------------------------------------------------------------------------------------

    @Test
    void readingThenWritingGivesTheSameBytes() {
        byte[] original = bytes(ASSESSMENT);
        assertThat(new String(AssessmentJson.toBytes(fixture()), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentJson.write(fixture(), out);
        assertThat(out.toByteArray()).isEqualTo(original);
    }

    @Test
    void anAssessmentEditedInCodeSurvivesARoundTrip() {
        Assessment edited = fixture()
                .withEntry(fixture().entry("1.2").withSelf(RuleInput.points("5.50")).withTarget(new BigDecimal("6.00")))
                .withEntry(Entry.empty("4.1").withSecondAppraisal(RuleInput.points("2")))
                .withDescription(new AssessedUnit("Xã Mới", UnitLevel.COMMUNE, "", ""), Period.other("Quý III"), 2024)
                .withLocked(true);
        byte[] written = AssessmentJson.toBytes(edited);
        Assessment back = AssessmentJson.check(written).valueOrThrow();
        assertThat(back).isEqualTo(edited);
        assertThat(AssessmentJson.toBytes(back)).isEqualTo(written);
    }

    @Test
    void aDepartmentsShortNameTravelsAndIsLeftOutWhenNotSet() {
        List<Department> departments = new java.util.ArrayList<>(fixture().departments());
        departments.set(0, departments.get(0).withShortName("VP-TK"));
        Assessment edited = fixture().withDepartments(departments);
        byte[] written = AssessmentJson.toBytes(edited);
        Assessment back = AssessmentJson.check(written).valueOrThrow();

        assertThat(back.departments().get(0).shortName()).isEqualTo("VP-TK");
        assertThat(back.departments().get(0).name()).isEqualTo(fixture().departments().get(0).name());
        assertThat(back).isEqualTo(edited);
        String json = new String(written, StandardCharsets.UTF_8);
        assertThat(json.split("\"shortName\"", -1)).hasSize(2);
        // Files written before short names existed have none: every department reads with "".
        assertThat(new String(bytes(ASSESSMENT), StandardCharsets.UTF_8)).doesNotContain("shortName");
        assertThat(fixture().departments()).allSatisfy(d -> assertThat(d.shortName()).isEmpty());
    }

    @Test
    void aShortNameLongerThanItsBoundIsRefusedWithItsPlace() {
        JsonCheck<Assessment> check = AssessmentJson.check(edited(ASSESSMENT,
                root -> object(root, "/departments/0").put("shortName", "V".repeat(Limits.SHORT_NAME_LENGTH + 1))));
        assertThat(check.errors()).isNotEmpty();
        assertThat(check.errors().get(0).describe()).contains("Tên viết tắt của đơn vị phụ trách");
    }

    @Test
    void theCriteriaSnapshotIsWrittenWithoutItsOwnHeader() {
        String json = new String(bytes(ASSESSMENT), StandardCharsets.UTF_8);
        assertThat(json.indexOf("\"format\"")).isEqualTo(json.lastIndexOf("\"format\""));
    }

    @Test
    void unknownFieldsAreIgnoredAndOptionalFieldsMayBeLeftOut() {
        byte[] json = edited(ASSESSMENT, root -> {
            root.put("appVersion", "9.9");
            root.remove("locked");
            object(root, "/entries/3").put("colour", "đỏ");
            object(root, "/entries/3").remove("secondAppraisal");
            object(root, "/entries/3").remove("evidence");
            object(root, "/unit").remove("placeName");
        });
        Assessment read = AssessmentJson.check(json).valueOrThrow();
        assertThat(read.entries()).isEqualTo(fixture().entries());
        assertThat(read.unit().placeName()).isEmpty();
    }

    // --- refusals: structure ------------------------------------------------------------------------------------

    @Test
    void aWrongTypeDeepInAnEntryIsRefusedWithItsPath() {
        Problem problem = onlyError(edited(ASSESSMENT,
                root -> object(root, "/entries/4/firstAppraisal").put("total", "739")));
        assertThat(problem.where()).isEqualTo("$.entries[4].firstAppraisal.total");
        assertThat(problem.describe()).isEqualTo(
                "Lỗi ($.entries[4].firstAppraisal.total): Giá trị phải là một số, nhưng tệp ghi một chuỗi văn bản.");
    }

    @Test
    void aMissingRatioInputIsRefusedWithItsPath() {
        Problem problem = onlyError(edited(ASSESSMENT,
                root -> object(root, "/entries/4/firstAppraisal").remove("achieved")));
        assertThat(problem.where()).isEqualTo("$.entries[4].firstAppraisal.achieved");
        assertThat(problem.message()).isEqualTo("Thiếu trường bắt buộc “achieved”.");
    }

    @Test
    void missingTopLevelPartsAreEachNamed() {
        JsonCheck<Assessment> check = AssessmentJson.check(edited(ASSESSMENT, root -> {
            root.remove("unit");
            root.remove("criteria");
            object(root, "/period").remove("kind");
        }));
        assertThat(check.errors()).extracting(Problem::where)
                .containsExactly("$.unit", "$.period.kind", "$.criteria");
    }

    @Test
    void unknownEnumValuesAreRefused() {
        assertThat(onlyError(edited(ASSESSMENT, root -> object(root, "/period").put("kind", "quy-3"))).where())
                .isEqualTo("$.period.kind");
        assertThat(onlyError(edited(ASSESSMENT, root -> object(root, "/unit").put("level", "phuong"))).message())
                .isEqualTo("Giá trị “phuong” không hợp lệ; chỉ nhận một trong các giá trị: tinh, so-nganh, huyen, xa.");
        Problem status = onlyError(edited(ASSESSMENT, root -> object(root, "/entries/1/remedy").put("status", "xong")));
        assertThat(status.where()).isEqualTo("$.entries[1].remedy.status");
        assertThat(status.message()).contains("chua-thuc-hien, dang-thuc-hien, da-hoan-thanh");
        Problem kind = onlyError(edited(ASSESSMENT, root -> object(root, "/entries/3/self").put("kind", "score")));
        assertThat(kind.where()).isEqualTo("$.entries[3].self.kind");
        assertThat(kind.message()).contains("points, level, ratio, violations");
    }

    @Test
    void anEntryWithoutCodeAndARepeatedEntryAreRefused() {
        assertThat(onlyError(edited(ASSESSMENT, root -> object(root, "/entries/2").remove("code"))).where())
                .isEqualTo("$.entries[2].code");
        Problem twice = onlyError(edited(ASSESSMENT, root -> object(root, "/entries/2").put("code", "1.2")));
        assertThat(twice.where()).isEqualTo("$.entries[3].code");
        assertThat(twice.message()).isEqualTo("Tiêu chí “1.2” có hai mục ghi điểm trong tệp.");
    }

    @Test
    void aLevelIndexMustBeAWholeNumber() {
        Problem problem = onlyError(edited(ASSESSMENT,
                root -> object(root, "/entries/1/self").put("level", new BigDecimal("0.5"))));
        assertThat(problem.where()).isEqualTo("$.entries[1].self.level");
    }

    @Test
    void aPeriodOfAnotherKindNeedsItsName() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> object(root, "/period").put("kind", "khac")));
        assertThat(problem.where()).isEqualTo("$.period.text");
    }

    @Test
    void anEvidenceDateMustBeIso() {
        Problem problem = onlyError(edited(ASSESSMENT,
                root -> object(root, "/entries/1/evidence/0").put("date", "15/01/2023")));
        assertThat(problem.where()).isEqualTo("$.entries[1].evidence[0].date");
    }

    @Test
    void aNewerFormatVersionAndAnotherFormatAreRefused() {
        Problem newer = onlyError(edited(ASSESSMENT, root -> root.put("formatVersion", 2)));
        assertThat(newer.message()).startsWith(
                "Tệp được tạo bằng phiên bản mới hơn của chương trình (định dạng phiên bản 2)");
        Problem other = onlyError(bytes(JsonFixtures.CRITERIA));
        assertThat(other.message()).isEqualTo("Tệp này không phải là tệp sổ chấm điểm (cchc-assessment): "
                + "trường “format” cho biết đây là tệp bộ tiêu chí (cchc-criteria-set).");
        assertThat(onlyError(edited(ASSESSMENT, root -> root.put("formatVersion", "1"))).where())
                .isEqualTo("$.formatVersion");
    }

    // --- refusals: values checked as edits would be -------------------------------------------------------------

    @Test
    void pointsAboveTheMaximumAreRefusedNamingTheCriterion() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> object(root, "/entries/3/self").put("points", 7)));
        assertThat(problem.describe()).isEqualTo("Lỗi (1.2): Điểm 7,00 vượt quá điểm tối đa 6,00.");
    }

    @Test
    void negativePointsAndPointsOffTheStepAreRefused() {
        assertThat(onlyError(edited(ASSESSMENT, root -> object(root, "/entries/7/self").put("points", -1))).describe())
                .isEqualTo("Lỗi (3): Điểm -1,00 nhỏ hơn 0.");
        assertThat(onlyError(edited(ASSESSMENT,
                root -> object(root, "/entries/3/firstAppraisal").put("points", new BigDecimal("5.8")))).describe())
                .isEqualTo("Lỗi (1.2): Điểm 5,80 không đúng bước chấm 0,25 của tiêu chí này.");
    }

    @Test
    void aRatioWithBAboveAIsRefused() {
        Problem problem = onlyError(edited(ASSESSMENT,
                root -> object(root, "/entries/4/self").put("achieved", 740)));
        assertThat(problem.describe()).isEqualTo("Lỗi (2.1): Số đạt (b = 740) lớn hơn tổng số (a = 739).");
    }

    @Test
    void aRatioWithAZeroTotalIsRefused() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> {
            object(root, "/entries/4/self").put("total", 0).put("achieved", 0);
        }));
        assertThat(problem.describe()).isEqualTo("Lỗi (2.1): Tổng số (a) phải lớn hơn 0; đã nhập 0.");
    }

    @Test
    void aLevelThatDoesNotExistIsRefused() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> object(root, "/entries/1/self").put("level", 3)));
        assertThat(problem.describe()).isEqualTo("Lỗi (1.1.1): Không có mức thứ 4; tiêu chí này có 3 mức.");
    }

    @Test
    void anInputThatDoesNotFitTheRuleIsRefused() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> {
            object(root, "/entries/1").putObject("self").put("kind", "points").put("points", 1);
        }));
        assertThat(problem.where()).isEqualTo("1.1.1");
        assertThat(problem.message()).isEqualTo("Tiêu chí này chấm theo cách “chọn mức”, không nhận số điểm.");
    }

    @Test
    void anUnknownCodeIsRefused() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> object(root, "/entries/8").put("code", "9.9")));
        assertThat(problem.describe()).isEqualTo("Lỗi (9.9): Không có tiêu chí mã “9.9” trong bộ tiêu chí của sổ này.");
    }

    @Test
    void anUnknownDepartmentIsRefused() {
        Problem problem = onlyError(edited(ASSESSMENT,
                root -> object(root, "/entries/1/responsibilities/0").put("department", "ke-toan")));
        assertThat(problem.describe())
                .isEqualTo("Lỗi (1.1.1): Không có đơn vị phụ trách “ke-toan” trong danh sách đơn vị.");
    }

    @Test
    void aTargetAboveTheMaximumIsRefused() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> object(root, "/entries/3").put("target", 9)));
        assertThat(problem.where()).isEqualTo("1.2");
        assertThat(problem.messageKey()).isEqualTo("domain.entry.targetOutOfRange");
    }

    @Test
    void aBrokenCriteriaSnapshotRefusesTheAssessment() {
        Problem problem = onlyError(edited(ASSESSMENT,
                root -> object(root, "/criteria/nodes/1/children/0").put("maxPoints", 1)));
        assertThat(problem.where()).isEqualTo("2");
        assertThat(problem.messageKey()).isEqualTo("domain.criteria.childrenSum");
    }

    @Test
    void duplicateDepartmentsAreRefused() {
        Problem problem = onlyError(edited(ASSESSMENT, root -> ((ArrayNode) root.get("departments")).addObject()
                .put("id", "khac").put("name", "Công chức Tư pháp - Hộ tịch")));
        assertThat(problem.message()).isEqualTo("Đơn vị phụ trách “Công chức Tư pháp - Hộ tịch” đã có trong danh sách.");
    }

    @Test
    void readThrowsWithEveryProblem() {
        byte[] json = edited(ASSESSMENT, root -> {
            object(root, "/entries/3/self").put("points", 7);
            object(root, "/entries/4/self").put("achieved", 800);
        });
        assertThatThrownBy(() -> AssessmentJson.read(new ByteArrayInputStream(json)))
                .isInstanceOfSatisfying(InterchangeException.class, refused -> {
                    assertThat(refused.problems()).extracting(Problem::where).containsExactly("1.2", "2.1");
                    assertThat(refused.getMessage()).startsWith("Không thể dùng tệp này: có 2 lỗi.");
                });
    }

    @Test
    void aValidAssessmentHasNoProblems() {
        JsonCheck<Assessment> check = AssessmentJson.check(bytes(ASSESSMENT));
        assertThat(check.problems()).isEqualTo(List.of());
    }
}

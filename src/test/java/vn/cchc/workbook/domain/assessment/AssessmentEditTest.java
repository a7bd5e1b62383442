package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.workbook.domain.TestSets.leaf;
import static vn.cchc.workbook.domain.TestSets.manual;
import static vn.cchc.workbook.domain.TestSets.p;
import static vn.cchc.workbook.domain.TestSets.parent;
import static vn.cchc.workbook.domain.TestSets.set;
import static vn.cchc.workbook.domain.TestSets.start;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Totals;

/**
 * Every refused edit gives its Vietnamese message and changes nothing: the assessment it was tried on still holds the
 * old entry, and the engine's figures are the same as before.
 */
class AssessmentEditTest {

    private final Department noiVu = new Department("noi-vu", "Phòng Nội vụ");
    private final Department trungTam = new Department("ttvh", "Trung tâm Văn hóa và Truyền thông");

    /** 1 (16) = 1.1 manual 10 in steps of 0,25 + 1.2 ratio 6; 2 (84) manual. */
    private final CriteriaSet set = set(
            parent("1", "16", leaf("1.1", "10", new ScoringRule.Manual(p("0.25"))),
                    leaf("1.2", "6", ScoringRule.Ratio.PLAIN)),
            manual("2", "84"));

    private Assessment before;
    private Entry oldEntry;
    private Totals oldTotals;

    @BeforeEach
    void scoreSomething() {
        Assessment a = start(set, noiVu, trungTam);
        a = a.withEntry(a.entry("1.1").withFirstAppraisal(RuleInput.points("8.5"))
                .withResponsibilities(List.of(Responsibility.whole(noiVu.id()))));
        a = a.withEntry(a.entry("1.2").withFirstAppraisal(RuleInput.RatioInput.of(16, 12)));
        before = a.withEntry(a.entry("2").withFirstAppraisal(RuleInput.points("80")));
        oldEntry = before.entry("1.1");
        oldTotals = ScoreEngine.score(before).totals(Track.APPRAISED);
    }

    private void assertRefusedAndUnchanged(UnaryOperator<Assessment> edit, String message) {
        Map<String, Entry> entries = before.entries();
        List<Department> departments = before.departments();

        assertThatThrownBy(() -> edit.apply(before))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);

        assertThat(before.entries()).isEqualTo(entries);
        assertThat(before.entry("1.1")).isEqualTo(oldEntry);
        assertThat(before.departments()).isEqualTo(departments);
        assertThat(ScoreEngine.score(before).totals(Track.APPRAISED)).isEqualTo(oldTotals);
        assertThat(oldTotals.achieved()).isEqualByComparingTo("93"); // 8,5 + 12/16 × 6 + 80: the figures stood
    }

    @Test
    void aValidEditIsStoredInANewAssessmentOnly() {
        Assessment after = before.withEntry(oldEntry.withFirstAppraisal(RuleInput.points("9.75")));

        assertThat(after.entry("1.1").firstAppraisal()).isEqualTo(RuleInput.points("9.75"));
        assertThat(before.entry("1.1")).isEqualTo(oldEntry);
        assertThat(ScoreEngine.score(after).totals(Track.APPRAISED).achieved()).isEqualByComparingTo("94.25");
    }

    @ParameterizedTest(name = "{0} on 1.1 refused")
    @CsvSource(delimiter = '|', value = {
            "10.25 | Điểm 10,25 vượt quá điểm tối đa 10,00.",
            "-0.25 | Điểm -0,25 nhỏ hơn 0.",
            "8.6   | Điểm 8,60 không đúng bước chấm 0,25 của tiêu chí này.",
    })
    void refusesPointsTheRuleDoesNotAllow(String points, String message) {
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withFirstAppraisal(RuleInput.points(points))), message);
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withSelf(RuleInput.points(points))), message);
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withSecondAppraisal(RuleInput.points(points))), message);
    }

    @ParameterizedTest(name = "a = {0}, b = {1} refused")
    @CsvSource(delimiter = '|', value = {
            "16 | 17 | Số đạt (b = 17) lớn hơn tổng số (a = 16).",
            "0  | 0  | Tổng số (a) phải lớn hơn 0; đã nhập 0.",
    })
    void refusesImpossibleRatioInputs(long a, long b, String message) {
        assertRefusedAndUnchanged(x -> x.withEntry(x.entry("1.2").withFirstAppraisal(RuleInput.RatioInput.of(a, b))),
                message);
    }

    @Test
    void refusesAnInputOfTheWrongKind() {
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withFirstAppraisal(RuleInput.RatioInput.of(2, 1))),
                "Tiêu chí này chấm theo cách “chấm trực tiếp”, không nhận cặp số a và b.");
    }

    @Test
    void refusesScoringAParentDirectly() {
        assertRefusedAndUnchanged(a -> a.withEntry(a.entry("1").withFirstAppraisal(RuleInput.points("10"))),
                "Tiêu chí này được tính bằng tổng các tiêu chí con, không chấm trực tiếp.");
    }

    @Test
    void refusesAnUnknownCode() {
        assertRefusedAndUnchanged(a -> a.withEntry(Entry.empty("9.9").withSelf(RuleInput.points("1"))),
                "Không có tiêu chí mã “9.9” trong bộ tiêu chí của sổ này.");
    }

    @Test
    void refusesAnUnknownDepartment() {
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withResponsibilities(
                        List.of(Responsibility.whole("phong-khong-co")))),
                "Không có đơn vị phụ trách “phong-khong-co” trong danh sách đơn vị.");
    }

    @Test
    void refusesSharesAboveTheMaximum() {
        assertRefusedAndUnchanged(a -> a.withEntry(a.entry("1").withResponsibilities(List.of(
                        new Responsibility(noiVu.id(), p("13")), new Responsibility(trungTam.id(), p("4"))))),
                "Tổng phần điểm giao cho các đơn vị (17,00) vượt quá điểm tối đa 16,00.");
    }

    @Test
    void refusesANegativeShareAndTheSameDepartmentTwice() {
        assertRefusedAndUnchanged(a -> a.withEntry(a.entry("1").withResponsibilities(List.of(
                        new Responsibility(noiVu.id(), p("-1"))))),
                "Phần điểm của “Phòng Nội vụ” (-1,00) nhỏ hơn 0.");
        assertRefusedAndUnchanged(a -> a.withEntry(a.entry("1").withResponsibilities(List.of(
                        new Responsibility(noiVu.id(), p("3")), Responsibility.whole(noiVu.id())))),
                "Đơn vị “Phòng Nội vụ” được giao hai lần cho cùng một tiêu chí.");
    }

    @Test
    void refusesATargetOrGainOutsideTheRange() {
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withTarget(p("11"))),
                "Điểm mục tiêu 11,00 nằm ngoài khoảng từ 0 đến 10,00.");
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withExpectedGain(p("-1"))),
                "Điểm dự kiến đạt thêm -1,00 nằm ngoài khoảng từ 0 đến 10,00.");
    }

    @Test
    void refusesAnEmptyEvidenceDocument() {
        assertRefusedAndUnchanged(a -> a.withEntry(oldEntry.withEvidence(
                        List.of(new EvidenceDocument(" ", LocalDate.of(2023, 1, 15), "", "")))),
                "Tài liệu kiểm chứng cần có số, ký hiệu, trích yếu hoặc tệp đính kèm.");
    }

    @Test
    void refusesEveryEditOfALockedAssessment() {
        Assessment locked = before.withLocked(true);

        assertThatThrownBy(() -> locked.withEntry(oldEntry.withFirstAppraisal(RuleInput.points("10"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Sổ chấm điểm đã chốt điểm; hãy mở khóa trước khi sửa.");
        assertThatThrownBy(() -> locked.withDepartments(List.of(noiVu, trungTam, Department.named("Công an xã"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Sổ chấm điểm đã chốt điểm; hãy mở khóa trước khi sửa.");
        assertThat(locked.entry("1.1")).isEqualTo(oldEntry);
        assertThat(ScoreEngine.score(locked).totals(Track.APPRAISED)).isEqualTo(oldTotals);
        assertThat(locked.withLocked(false).withEntry(oldEntry.withFirstAppraisal(RuleInput.points("10")))
                .entry("1.1").firstAppraisal()).isEqualTo(RuleInput.points("10"));
    }

    @Test
    void refusesRemovingADepartmentStillInUse() {
        assertRefusedAndUnchanged(a -> a.withDepartments(List.of(trungTam)),
                "Không thể xóa “Phòng Nội vụ”: đơn vị này còn được giao phụ trách 1 tiêu chí (1.1). Hãy giao các tiêu"
                        + " chí đó cho đơn vị khác trước (cột “Đơn vị phụ trách” hoặc khung chi tiết); nếu đơn vị chỉ"
                        + " đổi tên, dùng “Sửa tên…”.");
    }

    /**
     * A ward's "Công chức Văn phòng - Thống kê" holds thirty criteria: the refusal named only the first ("tiêu chí
     * 1.1.1"), so the clerk found the others one refusal at a time. It counts them and names the first five.
     */
    @Test
    void aRefusedRemovalCountsTheCriteriaStillAssignedAndNamesTheFirst() {
        CriteriaSet many = set(parent("1", "16", leaf("1.1", "2", ScoringRule.Manual.FREE),
                        leaf("1.2", "2", ScoringRule.Manual.FREE), leaf("1.3", "2", ScoringRule.Manual.FREE),
                        leaf("1.4", "2", ScoringRule.Manual.FREE), leaf("1.5", "4", ScoringRule.Manual.FREE),
                        leaf("1.6", "4", ScoringRule.Manual.FREE)),
                manual("2", "84"));
        Assessment a = start(many, noiVu, trungTam);
        for (String code : List.of("2", "1.6", "1.5", "1.4", "1.3", "1.2", "1.1")) {
            a = a.withEntry(a.entry(code).withResponsibilities(List.of(Responsibility.whole(noiVu.id()))));
        }
        Assessment assigned = a;
        assertThatThrownBy(() -> assigned.withDepartments(List.of(trungTam)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Không thể xóa “Phòng Nội vụ”: đơn vị này còn được giao phụ trách 7 tiêu chí"
                        + " (1.1, 1.2, 1.3, 1.4, 1.5, …).");
    }

    @Test
    void refusesABlankOrRepeatedDepartmentName() {
        assertRefusedAndUnchanged(a -> a.withDepartments(List.of(noiVu, trungTam, Department.named("  "))),
                "Tên đơn vị phụ trách không được để trống.");
        assertRefusedAndUnchanged(a -> a.withDepartments(List.of(noiVu, trungTam, Department.named("phòng nội vụ"))),
                "Đơn vị phụ trách “phòng nội vụ” đã có trong danh sách.");
    }

    @Test
    void removesAnUnusedDepartmentAndKeepsAssignmentsWhenRenaming() {
        Assessment renamed = before.withDepartments(List.of(noiVu.withName("Phòng Nội vụ huyện")));

        assertThat(renamed.departments()).extracting(Department::name).containsExactly("Phòng Nội vụ huyện");
        assertThat(ScoreEngine.score(renamed).departments(Track.APPRAISED).get(0).department().name())
                .isEqualTo("Phòng Nội vụ huyện");
    }

    @Test
    void clearingAnEntryRemovesIt() {
        Assessment cleared = before.withEntry(Entry.empty("2"));

        assertThat(cleared.entries()).doesNotContainKey("2");
        assertThat(cleared.entry("2")).isEqualTo(Entry.empty("2"));
    }

    @Test
    void refusesToStartFromACriteriaSetWithErrors() {
        CriteriaSet broken = set(parent("1", "16", manual("1.1", "10")), manual("2", "84"));

        assertThatThrownBy(() -> start(broken))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Không thể dùng bộ tiêu chí này: Lỗi (1): Tổng điểm tối đa của các tiêu chí con là 10,00, "
                        + "khác điểm tối đa 16,00 của tiêu chí này.");
    }

    @Test
    void startingGivesEachDefaultDepartmentItsNodes() {
        CriteriaSet withDefaults = set(manual("1", "16").withDefaultDepartment("Phòng Nội vụ"),
                manual("2", "84").withDefaultDepartment("Phòng Tư pháp"));

        Assessment a = start(withDefaults, noiVu);

        assertThat(a.departments()).extracting(Department::name).containsExactly("Phòng Nội vụ", "Phòng Tư pháp");
        assertThat(a.entry("1").responsibilities()).containsExactly(Responsibility.whole(noiVu.id()));
        assertThat(a.entry("2").responsibilities()).singleElement()
                .satisfies(r -> assertThat(a.department(r.departmentId()).orElseThrow().name()).isEqualTo("Phòng Tư pháp"));
    }

    @Test
    void validatingAFileNamesEachBadEntryByItsCode() {
        // As read from a file: entries are not checked one by one, so the validator must name every problem.
        Assessment fromFile = new Assessment("f", TestSets.HIEN_THANH, Period.FIRST_HALF, 2023, set,
                List.of(noiVu, new Department("x", "Phòng Nội vụ")),
                Map.of("1.1", Entry.empty("1.1").withFirstAppraisal(RuleInput.points("11")),
                        "1.2", Entry.empty("1.2").withSelf(RuleInput.RatioInput.of(5, 6))),
                false);

        List<Problem> problems = AssessmentValidator.validate(fromFile);

        assertThat(problems).extracting(Problem::describe).containsExactlyInAnyOrder(
                "Lỗi: Đơn vị phụ trách “Phòng Nội vụ” đã có trong danh sách.",
                "Lỗi (1.1): Điểm 11,00 vượt quá điểm tối đa 10,00.",
                "Lỗi (1.2): Số đạt (b = 6) lớn hơn tổng số (a = 5).");
    }
}

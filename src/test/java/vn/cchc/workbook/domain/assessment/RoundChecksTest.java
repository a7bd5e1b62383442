package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.RoundChecks.Kind;
import vn.cchc.workbook.testdata.SmallCommune;

class RoundChecksTest {

    private static RuleInput points(String value) {
        return new RuleInput.PointsInput(new BigDecimal(value));
    }

    @Test
    void listsMissingScoresExplanationsAndOpinionsByTheRulesOfficialsApply() {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FULL_YEAR, 2023, SmallCommune.standardSet());
        a = a.withEntry(a.entry("1.1").withSelf(points("4")));
        a = a.withEntry(a.entry("1.2").withSelf(points("6")).withSelfExplanation("Văn bản đang trình ký."));
        a = a.withEntry(a.entry("2.1").withSelf(points("45")).withFirstAppraisal(points("40"))
                .withEvidence(List.of(new EvidenceDocument("12/BC", null, "Báo cáo", ""))));
        a = a.withEntry(a.entry("2").withEvidence(List.of(new EvidenceDocument("1/KH", null, "Kế hoạch", ""))));

        assertThat(RoundChecks.missing(a)).extracting(RoundChecks.Missing::code, RoundChecks.Missing::kind)
                .containsExactly(tuple("1.1", Kind.EXPLANATION), tuple("2.1", Kind.OPINION),
                        tuple("2.2", Kind.SCORE));

        a = a.withEntry(a.entry("2.1").withAppraisalOpinion("Thiếu báo cáo quý IV."));
        a = a.withEntry(a.entry("2.2").withNotApplicable(true));
        a = a.withEntry(a.entry("1.1").withSelfExplanation("Đã ban hành, chưa có bản scan."));
        assertThat(RoundChecks.missing(a)).isEmpty();
    }
}

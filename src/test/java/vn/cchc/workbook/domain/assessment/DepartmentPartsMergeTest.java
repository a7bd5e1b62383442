package vn.cchc.workbook.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.DepartmentParts.MergeResult;
import vn.cchc.workbook.domain.assessment.DepartmentParts.Resolution;
import vn.cchc.workbook.testdata.SmallCommune;

/** Merging a part with each conflict settled on its own: one side per field, the rest left open. */
class DepartmentPartsMergeTest {

    private final Assessment workbook = SmallCommune.standard("Hiền Thành");
    private final Assessment sent = DepartmentParts.split(workbook, SmallCommune.B);

    @Test
    void eachConflictTakesTheSideChosenForItAndAnOpenOneBlocksTheMerge() {
        Assessment part = sent
                .withEntry(sent.entry("2.1").withAppraisalOpinion("Phòng: đủ.").withSelfExplanation("Phòng giải trình."))
                .withEntry(sent.entry("2.2").withAppraisalOpinion("Phòng: thiếu."));
        Assessment now = workbook
                .withEntry(workbook.entry("2.1").withAppraisalOpinion("VP: đủ.").withSelfExplanation("VP giải trình."))
                .withEntry(workbook.entry("2.2").withAppraisalOpinion("VP: thiếu."));
        var codes = DepartmentParts.codesOf(workbook, SmallCommune.B.id());

        MergeResult open = DepartmentParts.merge(now, sent, part, codes, conflict -> Resolution.NONE);
        assertThat(open.conflicts()).extracting(c -> c.code() + " " + c.field())
                .containsExactly("2.1 EXPLANATION", "2.1 OPINION", "2.2 OPINION");
        assertThat(open.canMerge()).isFalse();

        MergeResult mixed = DepartmentParts.merge(now, sent, part, codes, conflict ->
                conflict.field() == Field.OPINION ? Resolution.PART
                        : conflict.code().equals("2.1") ? Resolution.WORKBOOK : Resolution.NONE);
        assertThat(mixed.canMerge()).isTrue();
        assertThat(mixed.merged().entry("2.1").appraisalOpinion()).isEqualTo("Phòng: đủ.");
        assertThat(mixed.merged().entry("2.1").selfExplanation()).isEqualTo("VP giải trình.");
        assertThat(mixed.merged().entry("2.2").appraisalOpinion()).isEqualTo("Phòng: thiếu.");

        MergeResult oneOpen = DepartmentParts.merge(now, sent, part, codes, conflict ->
                conflict.code().equals("2.2") ? Resolution.NONE : Resolution.PART);
        assertThat(oneOpen.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("2.2");
            assertThat(c.workbook()).isEqualTo("VP: thiếu.");
            assertThat(c.part()).isEqualTo("Phòng: thiếu.");
        });
        assertThat(oneOpen.canMerge()).isFalse();
    }
}

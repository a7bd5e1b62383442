package vn.cchc.workbook.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.interchange.BundledData;

class ExportViewModelTest {

    @Test
    void anAppraisedWorkbookExportsTheAppraisalByDefault() {
        Assessment sample = BundledData.sampleAssessment();

        assertThat(new ExportViewModel(sample, ScoreEngine.score(sample)).trackProperty().get()).isEqualTo(Track.APPRAISED);
    }

    @Test
    void theAttachedLetterIsIssuedByTheCommitteeByDefault() {
        Assessment sample = BundledData.sampleAssessment();
        assertThat(new ExportViewModel(sample, ScoreEngine.score(sample)).referenceIssuerProperty().get())
                .isEqualTo("UBND xã Hiền Thành");
    }

    @Test
    void aWorkbookNotYetAppraisedExportsItsSelfScoresByDefault() {
        Assessment selfOnly = BundledData.sampleAssessment();
        for (CriterionNode leaf : selfOnly.criteria().leaves()) {
            Entry entry = selfOnly.entry(leaf.code());
            selfOnly = selfOnly.withEntry(entry.withFirstAppraisal(null).withSecondAppraisal(null));
        }

        // Its appraised tables would be empty; the window's totals already show self scores.
        assertThat(new ExportViewModel(selfOnly, ScoreEngine.score(selfOnly)).trackProperty().get()).isEqualTo(Track.SELF);
        assertThat(selfOnly.entry("1.1.1").self()).isNotNull();
    }

    /** A Sở's export offered "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" as the example of its signer. */
    @Test
    void aSoSignsAsAnAgencyACommuneForItsCommittee() {
        Assessment department = vn.cchc.workbook.testdata.TwoTierWorkbooks.freshDepartment();
        Assessment commune = BundledData.sampleAssessment();

        assertThat(new ExportViewModel(department, ScoreEngine.score(department)).signedForACommittee()).isFalse();
        assertThat(new ExportViewModel(commune, ScoreEngine.score(commune)).signedForACommittee()).isTrue();
        assertThat(vn.cchc.workbook.domain.text.Messages.get("ui.export.signer.authority.prompt.agency"))
                .isEqualTo("KT. GIÁM ĐỐC");
    }
}

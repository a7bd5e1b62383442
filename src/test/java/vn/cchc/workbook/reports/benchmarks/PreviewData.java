package vn.cchc.workbook.reports.benchmarks;

import vn.cchc.workbook.domain.assessment.Assessment;

/** The assessment the preview exports: the test assessment (the bundled sample once it exists). */
final class PreviewData {

    private PreviewData() {
    }

    static Assessment assessment() {
        return vn.cchc.workbook.reports.TestAssessmentsAccess.assessment();
    }
}

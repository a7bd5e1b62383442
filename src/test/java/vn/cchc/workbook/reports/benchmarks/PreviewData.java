package vn.cchc.workbook.reports.benchmarks;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.BundledData;

/** The assessment the preview exports: the bundled Hiền Thành sample (6 tháng đầu năm 2023). */
final class PreviewData {

    private PreviewData() {
    }

    static Assessment assessment() {
        return BundledData.sampleAssessment();
    }
}

package vn.cchc.workbook.reports;

import vn.cchc.workbook.domain.assessment.Assessment;

/** Opens the package-private test assessment to the preview tool in the benchmarks package. */
public final class TestAssessmentsAccess {

    private TestAssessmentsAccess() {
    }

    public static Assessment assessment() {
        return TestAssessments.assessment();
    }
}

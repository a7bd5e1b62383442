package vn.cchc.workbook.reports;

import java.math.BigDecimal;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.planning.Projection;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.text.Messages;

/** Everything one export's sheets are written from: computed once per export. */
record ReportContext(Assessment assessment, Scorecard scorecard, ExportOptions options, Projection plan) {

    static ReportContext of(Assessment assessment, Scorecard scorecard, ExportOptions options) {
        return new ReportContext(assessment, scorecard, options,
                Projection.of(assessment, scorecard, options.track()));
    }

    Track track() {
        return options.track();
    }

    static String departmentName(Department department) {
        return department == null ? Messages.get("reports.row.unassigned") : department.name();
    }

    /** The achieved points, or null (a blank cell) when nothing at or below the node is scored yet. */
    static BigDecimal achievedOrBlank(Figures figures) {
        return figures.isScored() ? figures.achieved() : null;
    }

    static BigDecimal deductionOrBlank(Figures figures) {
        return figures.isScored() ? figures.deduction() : null;
    }
}

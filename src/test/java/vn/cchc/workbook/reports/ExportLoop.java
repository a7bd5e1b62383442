package vn.cchc.workbook.reports;

import java.nio.file.Path;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.BundledData;

/**
 * Child process of {@link ExportUnderKillTest}: exports every report of the bundled sample to the same .xlsx for ever,
 * printing "exported N" after each export, until the parent kills it.
 */
public final class ExportLoop {

    private ExportLoop() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Assessment sample = BundledData.sampleAssessment();
        for (long n = 0; ; n++) {
            new ExcelExporter().export(sample, ExportOptions.defaults(), file);
            System.out.println("exported " + n);
            System.out.flush();
        }
    }
}

package vn.cchc.workbook.cli;

import java.nio.file.Path;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.BundledData;

/**
 * Where commands get an assessment from. Every command that takes an assessment file goes through
 * {@link #load(Path)}, so supporting another kind of file (the {@code .cchc} workbook) is a change here only.
 */
final class AssessmentFiles {

    private AssessmentFiles() {
    }

    /**
     * The assessment in {@code file}. Today every file is read as assessment JSON.
     *
     * @throws vn.cchc.workbook.interchange.InterchangeException when the file is missing or not a valid assessment
     */
    static Assessment load(Path file) {
        return AssessmentJson.read(file);
    }

    /** The file given, or the bundled sample assessment when none was. */
    static Assessment loadOrSample(Path fileOrNull) {
        return fileOrNull == null ? BundledData.sampleAssessment() : load(fileOrNull);
    }
}

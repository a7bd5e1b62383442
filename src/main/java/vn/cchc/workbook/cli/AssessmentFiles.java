package vn.cchc.workbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;

/**
 * Where commands get an assessment from. Every command that takes an assessment file goes through
 * {@link #load(Path)}: assessment JSON or a {@code .cchc} workbook file.
 */
final class AssessmentFiles {

    private AssessmentFiles() {
    }

    /**
     * The assessment in {@code file}: a workbook file (.cchc) or assessment JSON.
     *
     * @throws vn.cchc.workbook.interchange.InterchangeException when a JSON file is missing or not a valid assessment
     * @throws vn.cchc.workbook.interchange.CchcFileException    when a workbook file is refused
     */
    static Assessment load(Path file) {
        return isWorkbook(file) ? CchcFile.read(file) : AssessmentJson.read(file);
    }

    /** A .cchc by its name, or any ZIP (a renamed workbook; CchcFile names what it really is if it is not one). */
    static boolean isWorkbook(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(CchcFile.EXTENSION)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException | RuntimeException unreadable) {
            // The JSON reader reports a missing or unreadable file in its own words.
            return false;
        }
    }

    /** The file given, or the bundled sample assessment when none was. */
    static Assessment loadOrSample(Path fileOrNull) {
        return fileOrNull == null ? BundledData.sampleAssessment() : load(fileOrNull);
    }
}

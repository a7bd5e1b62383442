package vn.cchc.workbook.domain.assessment;

import java.time.LocalDate;
import java.util.Optional;

import vn.cchc.workbook.domain.evidence.EvidenceFile;

/**
 * A tài liệu kiểm chứng: a document proving a criterion was met, cited as officials cite it
 * ("Kế hoạch số 30/KH-UBND ngày 15/01/2023 về tuyên truyền CCHC"), with its file kept inside the workbook.
 *
 * @param filePath a path on the computer where the record was made, from workbooks made before files were kept
 *                 inside; only a reference, shown, and opened only when it exists here and passes the content check
 * @param file     the file kept inside the workbook, or null
 */
public record EvidenceDocument(String number, LocalDate date, String summary, String filePath, EvidenceFile file) {

    public EvidenceDocument {
        number = number == null ? "" : number.strip();
        summary = summary == null ? "" : summary.strip();
        filePath = filePath == null ? "" : filePath.strip();
    }

    /** A document cited without a stored file (and, as older workbooks have, perhaps a path). */
    public EvidenceDocument(String number, LocalDate date, String summary, String filePath) {
        this(number, date, summary, filePath, null);
    }

    public Optional<EvidenceFile> storedFile() {
        return Optional.ofNullable(file);
    }

    public EvidenceDocument withFile(EvidenceFile value) {
        return new EvidenceDocument(number, date, summary, filePath, value);
    }

    /** Nothing cited and nothing attached. */
    public boolean isBlank() {
        return number.isEmpty() && summary.isEmpty() && filePath.isEmpty() && file == null;
    }
}

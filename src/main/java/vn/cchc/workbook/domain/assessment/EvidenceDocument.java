package vn.cchc.workbook.domain.assessment;

import java.time.LocalDate;

/**
 * A tài liệu kiểm chứng: a document proving a criterion was met, cited as officials cite it
 * ("Kế hoạch số 30/KH-UBND ngày 15/01/2023 về tuyên truyền CCHC"), optionally with a file on this computer.
 */
public record EvidenceDocument(String number, LocalDate date, String summary, String filePath) {

    public EvidenceDocument {
        number = number == null ? "" : number.strip();
        summary = summary == null ? "" : summary.strip();
        filePath = filePath == null ? "" : filePath.strip();
    }
}

package vn.cchc.workbook.reports.documents;

import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.text.Messages;

/** The fixed words the Word layout prints around the drafted text. */
final class DocumentWords {

    private DocumentWords() {
    }

    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
    static String nation() {
        return DocumentText.upper(Messages.get("reports.doc.nation"));
    }

    /** "Độc lập - Tự do - Hạnh phúc". */
    static String motto() {
        return Messages.get("reports.doc.motto");
    }

    /** "Kính gửi:". */
    static String addressedTo() {
        return Messages.get("documents.addressedTo");
    }

    static String upper(String text) {
        return DocumentText.upper(text);
    }
}

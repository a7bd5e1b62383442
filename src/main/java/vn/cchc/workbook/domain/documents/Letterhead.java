package vn.cchc.workbook.domain.documents;

/**
 * The header block and title of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing unit on the left with
 * its parent above it when it has one, the national title and motto on the right, the number, the place and date,
 * and either the letter's trích yếu under the number or the document's kind and title in the middle.
 *
 * @param parentLine "UBND HUYỆN VĨNH LINH" for a unit that belongs to another agency; blank for a People's Committee
 * @param unitLine   "ỦY BAN NHÂN DÂN\nXÃ HIỀN THÀNH" (capitals, one printed line per {@code \n})
 * @param number     "Số: 103/UBND"
 * @param subject    the letter's trích yếu under the number ("V/v khắc phục …"); blank for a report or plan
 * @param placeDate  "Hiền Thành, ngày 06 tháng 9 năm 2023"
 * @param kindTitle  "BÁO CÁO", "KẾ HOẠCH" centred under the header; blank for a letter
 * @param title      the report's or plan's trích yếu, centred and bold under {@code kindTitle}; blank for a letter
 */
public record Letterhead(String parentLine, String unitLine, String number, String subject, String placeDate,
                         String kindTitle, String title) {

    public Letterhead {
        parentLine = parentLine == null ? "" : parentLine;
        unitLine = unitLine == null ? "" : unitLine;
        number = number == null ? "" : number;
        subject = subject == null ? "" : subject;
        placeDate = placeDate == null ? "" : placeDate;
        kindTitle = kindTitle == null ? "" : kindTitle;
        title = title == null ? "" : title;
    }
}

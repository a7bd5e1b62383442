package vn.cchc.workbook.reports.criteria;

import java.util.regex.Pattern;

/**
 * The columns of a criteria table the reader knows, each recognised by the words of its header cell (folded: no
 * diacritics, lower case). Checked in this order, so "Hướng dẫn chấm điểm tiêu chí" is guidance, not the title.
 */
enum Column {
    EVIDENCE("tai lieu kiem chung|tai lieu minh chung|minh chung|ho so kiem chung"),
    GUIDANCE("huong dan cham|huong dan|phuong phap cham|phuong phap tinh|cach tinh diem|cach thuc cham"),
    RULE("^cach cham"),
    DEPARTMENT("don vi phu trach|don vi chu tri|bo phan phu trach|nguoi thuc hien|can bo phu trach"
            + "|co quan chu tri|don vi thuc hien|phu trach"),
    MAX("diem toi da|toi da|diem chuan|thang diem|so diem chuan|^diem$"),
    CODE("^(stt|tt|so tt|so thu tu|ma so|ma tieu chi|ma|ky hieu)\\b"),
    TITLE("noi dung|linh vuc|tieu chi|chi so|ten tieu chi");

    private final Pattern words;

    Column(String words) {
        this.words = Pattern.compile(words);
    }

    /** The column a header cell names, or null. */
    static Column of(String foldedHeader) {
        if (foldedHeader.isEmpty()) {
            return null;
        }
        for (Column column : values()) {
            if (column.words.matcher(foldedHeader).find()) {
                return column;
            }
        }
        return null;
    }
}

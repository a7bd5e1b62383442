package vn.cchc.workbook.ui.scoring;

import vn.cchc.workbook.domain.text.TextFolding;

/**
 * Text folded for searching the way clerks type on keyboards without a Vietnamese input method:
 * "tuyen truyen" finds "Tuyên truyền", "dang ky" finds "đăng ký".
 */
final class SearchText {

    private SearchText() {
    }

    /** Lower case, without diacritics (đ becomes d), runs of white space collapsed. */
    static String fold(String text) {
        return TextFolding.fold(text);
    }
}

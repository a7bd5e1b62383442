package vn.cchc.workbook.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tuyên truyền         | tuyen truyen",
            "ĐĂNG KÝ              | dang ky",
            "'  Điểm\ttối\n đa  ' | diem toi da",
            "Hoàn thành tốt: 75%  | hoan thanh tot: 75%",
            "Uỷ ban               | uy ban",
            "''                   | ''"})
    void foldsForMatching(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
    }

    @Test
    void decomposedAndComposedLettersFoldAlike() {
        String composed = "Hiền Thành";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(TextFolding.fold(decomposed)).isEqualTo(TextFolding.fold(composed)).isEqualTo("hien thanh");
    }

    @Test
    void withoutMarksKeepsTheCase() {
        assertThat(TextFolding.withoutMarks("Hiền Thành – Đông Hà")).isEqualTo("Hien Thanh – Dong Ha");
    }

    @Test
    void foldCharKeepsTheLengthSoMatchesCanBeQuotedFromTheOriginal() {
        String original = "Mỗi văn bản\u00a0đạt: 0,25 điểm";
        StringBuilder folded = new StringBuilder();
        for (char c : original.toCharArray()) {
            folded.append(TextFolding.foldChar(c));
        }
        assertThat(folded).hasSameSizeAs(original).hasToString("moi van ban dat: 0,25 diem");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Xã Hiền Thành          | 40 | xa-hien-thanh",
            "'  Bộ tiêu chí 2025! ' | 40 | bo-tieu-chi-2025",
            "Ủy ban nhân dân xã     | 9  | uy-ban-nh",
            "Ủy ban nhân            | 7  | uy-ban",
            "ĐĐĐ                    | 40 | ddd",
            "!!!                    | 40 | ''"})
    void slugs(String text, int max, String slug) {
        assertThat(TextFolding.slug(text, max)).isEqualTo(slug);
    }
}

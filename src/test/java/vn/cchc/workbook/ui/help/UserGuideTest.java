package vn.cchc.workbook.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.ui.help.UserGuide.Bullet;
import vn.cchc.workbook.ui.help.UserGuide.Heading;
import vn.cchc.workbook.ui.help.UserGuide.Paragraph;

class UserGuideTest {

    @Test
    void readsTitleHeadingsParagraphsAndBulletsWithTheirContinuationLines() {
        UserGuide guide = UserGuide.parse("""
                # Hướng dẫn

                Đoạn một,
                dòng hai.

                ## Chấm điểm
                - Gõ điểm vào cột
                  "Tự đánh giá".
                - Ctrl+Z để hoàn tác.
                Đoạn sau danh sách.
                """);
        assertThat(guide.title()).isEqualTo("Hướng dẫn");
        assertThat(guide.blocks()).containsExactly(
                new Paragraph("Đoạn một, dòng hai."),
                new Heading("Chấm điểm"),
                new Bullet("Gõ điểm vào cột \"Tự đánh giá\"."),
                new Bullet("Ctrl+Z để hoàn tác. Đoạn sau danh sách."));
        assertThat(guide.headings()).containsExactly("Chấm điểm");
    }

    @Test
    void theBundledGuideCoversWhatTheIssueAsksFor() {
        UserGuide guide = UserGuide.bundled();
        assertThat(guide.title()).isEqualTo("Hướng dẫn sử dụng Sổ chấm điểm CCHC");
        assertThat(guide.headings()).contains("Chấm điểm", "Lưu sổ", "Gửi sổ chấm điểm qua thư điện tử",
                "Xuất báo cáo Excel", "Nhập bộ tiêu chí của tỉnh", "Xếp hạng nhiều đơn vị");
        assertThat(guide.blocks()).allSatisfy(block -> assertThat(block.text()).isNotBlank().doesNotContain("  "));
    }
}

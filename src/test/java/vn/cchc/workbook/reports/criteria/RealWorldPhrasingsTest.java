package vn.cchc.workbook.reports.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.criteria.ScoringRule;

/**
 * Scoring guidance as provincial sets of 2023–2025 word it (Quảng Trị, Nghệ An, Hà Tĩnh, Thanh Hóa, Bình Định,
 * Đồng Nai and the national framework of Quyết định 876/QĐ-BNV), each with the rule it must give. Expected rules are
 * written in the template's words (RuleText), "" for "scored by hand".
 */
class RealWorldPhrasingsTest {

    /** guidance | max | expected rule */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Mỗi nội quy, quy chế được ban hành đúng quy định đạt: 0,5 điểm                              | 2    | Cộng 0,5 điểm mỗi mục đạt
            Mỗi văn bản được ban hành đúng quy định 0,25 điểm, tối đa 1 điểm                            | 1    | Cộng 0,25 điểm mỗi mục đạt
            Mỗi sáng kiến được công nhận: 1 điểm                                                        | 2    | Cộng 1 điểm mỗi mục đạt
            Cứ mỗi mô hình mới được triển khai được cộng 0,5 điểm                                       | 1,5  | Cộng 0,5 điểm mỗi mục đạt
            Mỗi quý báo cáo đúng hạn được 0,25 điểm                                                     | 1    | Cộng 0,25 điểm mỗi mục đạt
            Mỗi cuộc kiểm tra được tính 0,5 điểm (tối đa 1,5 điểm)                                      | 1,5  | Cộng 0,5 điểm mỗi mục đạt
            0,5 điểm/sáng kiến được cấp có thẩm quyền công nhận                                         | 2    | Cộng 0,5 điểm mỗi mục đạt
            Được cộng 0,25 điểm cho mỗi văn bản được ban hành đúng thời hạn                             | 1    | Cộng 0,25 điểm mỗi mục đạt
            Mỗi TTHC được công bố, công khai đầy đủ = 0,1 điểm                                           | 1    | Cộng 0,1 điểm mỗi mục đạt
            Mỗi văn bản ban hành mới đạt 0,5 điểm; không ban hành: 0 điểm                               | 1    | Cộng 0,5 điểm mỗi mục đạt
            Hoàn thành tốt: 75% điểm; Hoàn thành: 50% điểm; Không hoàn thành: 0 điểm                    | 2    | Chọn mức: Hoàn thành tốt: 1,5; Hoàn thành: 1; Không hoàn thành: 0
            Hoàn thành 100% kế hoạch: 100% điểm; từ 80% đến dưới 100%: 50% điểm; dưới 80%: 0 điểm       | 1    | Chọn mức: Hoàn thành 100% kế hoạch: 1; Từ 80% đến dưới 100%: 0,5; Dưới 80%: 0
            Thực hiện đầy đủ: 100% số điểm; Thực hiện chưa đầy đủ: 50% số điểm                           | 1    | Chọn mức: Thực hiện đầy đủ: 1; Thực hiện chưa đầy đủ: 0,5
            Có ban hành: Điểm tối đa / Không ban hành: 0 điểm                                           | 1    | Chọn mức: Có ban hành: 1; Không ban hành: 0
            Thực hiện đúng quy định: đạt điểm tối đa; Không đúng quy định: 0 điểm                      | 0,5  | Chọn mức: Thực hiện đúng quy định: 0,5; Không đúng quy định: 0
            Đúng thời gian quy định: được điểm tối đa; Chậm: 0,5 điểm; Không thực hiện: 0 điểm         | 1    | Chọn mức: Đúng thời gian quy định: 1; Chậm: 0,5; Không thực hiện: 0
            Hoàn thành: tối đa; Không hoàn thành: không điểm                                           | 2    | Chọn mức: Hoàn thành: 2; Không hoàn thành: 0
            Ban hành kịp thời: 1 điểm; Ban hành không kịp thời: 0,5 điểm; Không ban hành: 0 điểm        | 1    | Chọn mức: Ban hành kịp thời: 1; Ban hành không kịp thời: 0,5; Không ban hành: 0
            Có kiểm tra (1 điểm); Không kiểm tra (0 điểm)                                               | 1    | Chọn mức: Có kiểm tra: 1; Không kiểm tra: 0
            Đầy đủ, đúng hạn = 1; Chưa đầy đủ hoặc chậm = 0,5; Không báo cáo = 0                        | 1    | Chọn mức: Đầy đủ, đúng hạn: 1; Chưa đầy đủ hoặc chậm: 0,5; Không báo cáo: 0
            Xếp loại tốt: 2 điểm; khá: 1,5 điểm; trung bình: 1 điểm; yếu: 0 điểm                        | 2    | Chọn mức: Xếp loại tốt: 2; Khá: 1,5; Trung bình: 1; Yếu: 0
            Mỗi văn bản ban hành chậm so với quy định bị trừ 0,25 điểm                                  | 1    | Trừ 0,25 điểm mỗi lần vi phạm
            Chậm 01 báo cáo trừ 0,5 điểm                                                                | 1    | Trừ 0,5 điểm mỗi lần vi phạm
            Trừ 0,25 điểm/văn bản chậm                                                                  | 1    | Trừ 0,25 điểm mỗi lần vi phạm
            Mỗi hồ sơ trễ hạn không có văn bản xin lỗi trừ 0,25 điểm                                    | 1    | Trừ 0,25 điểm mỗi lần vi phạm
            Mỗi trường hợp vi phạm bị trừ 0,5 điểm, trừ tối đa 2 điểm                                   | 2    | Trừ 0,5 điểm mỗi lần vi phạm
            Tỷ lệ hồ sơ giải quyết đúng hạn tính theo công thức b/a × điểm tối đa                       | 1    | Tỷ lệ b/a
            Tính theo tỷ lệ b/a; dưới 70% không tính điểm                                               | 1    | Tỷ lệ b/a; dưới 70% không điểm
            Tỷ lệ dưới 50% không chấm điểm                                                              | 1    | Tỷ lệ b/a; dưới 50% không điểm
            Đạt từ 90% trở lên: điểm tối đa; dưới 90% tính theo tỷ lệ b/a                               | 2    | Tỷ lệ b/a; từ 90% điểm tối đa
            b/a < 0,5: 0 điểm; còn lại tính theo tỷ lệ                                                  | 1    | Tỷ lệ b/a; dưới 50% không điểm
            Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC                                                  | 1    | Tỷ lệ b/a
            Điểm đánh giá căn cứ kết quả điều tra xã hội học                                            | 10   | Điểm nhận từ bên ngoài
            Lấy kết quả khảo sát mức độ hài lòng (ĐTXHH)                                                | 5    | Điểm nhận từ bên ngoài
            Căn cứ kết quả khảo sát của tỉnh                                                            | 2    | Điểm nhận từ bên ngoài
            Hội đồng thẩm định xem xét, đánh giá thực tế                                                | 1    | ""
            Theo kết quả thẩm định của Sở Nội vụ                                                        | 1    | ""
            Ban hành văn bản mới: 1 điểm; không ban hành: 0 điểm                                        | 1    | Chọn mức: Ban hành văn bản mới: 1; Không ban hành: 0
            Thực hiện tốt: 3 điểm; không tốt: 1 điểm                                                    | 1    | ""
            Có: 1 điểm                                                                                  | 1    | ""
            Chưa thực hiện                                                                              | 1    | ""
            Mỗi lần bị cơ quan có thẩm quyền phê bình: 1 điểm                                           | 3    | Cộng 1 điểm mỗi mục đạt
            Mỗi giải pháp, sáng kiến được áp dụng hiệu quả được cộng 0,5 điểm (tối đa 1 điểm)           | 1    | Cộng 0,5 điểm mỗi mục đạt
            """)
    void guidanceGivesTheRule(String guidance, String max, String expected) {
        BigDecimal maximum = new BigDecimal(max.replace(',', '.'));
        RuleGuess guess = RuleGuesser.guess("", guidance, "Tiêu chí", maximum);
        ScoringRule rule = expected.isEmpty() ? ScoringRule.Manual.FREE : RuleText.parse(expected).orElseThrow();
        assertThat(guess.rule()).as(RuleText.format(guess.rule())).isEqualTo(rule);
        if (!expected.isEmpty()) {
            // The words the rule came from are kept for the preview and the editor.
            assertThat(guess.quote()).isNotBlank();
            assertThat(guidance).contains(guess.quote());
        }
    }
}

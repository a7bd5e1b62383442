package vn.cchc.workbook.domain.ranking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One xếp loại: a name and the lowest index that reaches it ("Tốt" from 90).
 *
 * @param name    as printed ("Tốt", "Khá", "Trung bình", "Yếu")
 * @param minimum the lowest index in the band; the lowest band has 0
 */
public record Band(String name, BigDecimal minimum) {

    public Band {
        name = Objects.requireNonNull(name, "name").strip();
        Objects.requireNonNull(minimum, "minimum");
    }
}

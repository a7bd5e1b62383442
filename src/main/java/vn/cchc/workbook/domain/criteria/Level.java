package vn.cchc.workbook.domain.criteria;

import java.math.BigDecimal;
import java.util.Objects;

/** One named outcome of a {@link ScoringRule.Levels} rule, e.g. "Ban hành đúng hạn" worth 1 point. */
public record Level(String label, BigDecimal points) {

    public Level {
        label = Objects.requireNonNull(label, "label").strip();
        Objects.requireNonNull(points, "points");
    }
}

package vn.cchc.workbook.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Which result a comparison or a ranking uses: the one the province published (kết quả công bố, what a unit's
 * letters cite; seed 003 cites 69,82) or the one computed from the entries (kết quả tính, 72,73 for the same unit).
 * The published one is the default: a unit is judged by it. Where a unit has recorded no published figures, its
 * computed result stands in, and every output says so.
 */
public enum ResultBasis {
    /** The published total and index where recorded, else the computed ones. */
    PUBLISHED("cong-bo"),
    /** Always the figures the engine computes from the entries. */
    COMPUTED("tinh");

    private final String id;

    ResultBasis(String id) {
        this.id = id;
    }

    /** The word on the command line: {@code cong-bo} or {@code tinh}. */
    public String id() {
        return id;
    }

    /** "kết quả công bố" / "kết quả tính". */
    public String label() {
        return Messages.get("comparison.basis." + id);
    }

    /** The basis named {@code text} ("cong-bo", "công bố", "tinh", "tính"), ignoring case and diacritics. */
    public static Optional<ResultBasis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = vn.cchc.workbook.domain.text.TextFolding.fold(text).strip().toLowerCase(Locale.ROOT)
                .replace(' ', '-');
        for (ResultBasis basis : values()) {
            if (basis.id.equals(folded)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }

    /**
     * The total and index this basis takes for one unit.
     *
     * <p>With {@link #PUBLISHED}: a recorded published total and index are taken as they are. When only one of them
     * was recorded, the other follows from it and the computed applicable maximum (index = total ÷ applicable
     * maximum × 100), the province's own formula. When neither was recorded, the computed figures stand in and the
     * result says it is not the published one.
     *
     * @param published the unit's published result ({@link PublishedResult#NONE} when none)
     * @param computed  the engine's appraised totals
     */
    public Chosen choose(PublishedResult published, Totals computed) {
        return choose(published, computed.total(), computed.index(), computed.applicableMaximum());
    }

    /** As {@link #choose(PublishedResult, Totals)}, from the figures alone. */
    public Chosen choose(PublishedResult published, BigDecimal computedTotal, BigDecimal computedIndex,
                         BigDecimal applicableMaximum) {
        PublishedResult p = published == null ? PublishedResult.NONE : published;
        if (this == COMPUTED || p.total() == null && p.index() == null) {
            return new Chosen(computedTotal, computedIndex, false);
        }
        boolean room = applicableMaximum != null && applicableMaximum.signum() > 0;
        BigDecimal total = p.total();
        BigDecimal index = p.index();
        if (index == null) {
            index = room ? total.multiply(BigDecimal.valueOf(100)).divide(applicableMaximum, MathContext.DECIMAL64)
                    : computedIndex;
        }
        if (total == null) {
            total = room ? index.multiply(applicableMaximum).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP)
                    : computedTotal;
        }
        return new Chosen(total, index, true);
    }

    /**
     * The figures a basis gave one unit.
     *
     * @param total     the total points used
     * @param index     the index used, or null when there is none
     * @param published whether they are the published figures (false: computed, because asked for or because none
     *                  were recorded)
     */
    public record Chosen(BigDecimal total, BigDecimal index, boolean published) {

        /** "kết quả công bố" or "kết quả tính": which figures these are. */
        public String label() {
            return (published ? PUBLISHED : COMPUTED).label();
        }
    }
}

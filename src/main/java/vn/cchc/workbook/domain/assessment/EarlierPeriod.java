package vn.cchc.workbook.domain.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


/**
 * The appraised result of an earlier period of the same unit (last half-year, last year), kept inside the later
 * assessment as its baseline. It is made and linked by {@link vn.cchc.workbook.domain.comparison.EarlierPeriods}. It is a snapshot of figures, not the earlier assessment itself: the .cchc file that is
 * emailed then carries what the comparison needs ("Điểm kỳ trước", "Xếp hạng kỳ trước", the deductions to put right
 * — "khắc phục những tồn tại, hạn chế năm trước"), and the earlier file may be lost without loss.
 *
 * @param assessmentId      the earlier assessment's id (to find it again in the store)
 * @param unitName          the unit as named in the earlier assessment
 * @param period            the earlier period
 * @param year              its year
 * @param criteriaSetId     the id of the criteria set it was scored against
 * @param rankText          the rank published for it, as typed ("xếp thứ 4/18"); may be blank
 * @param nodes             every node of the earlier set, in printed order
 * @param departments       each department's figures, in the earlier assessment's order
 * @param maximum           the main part's maximum (usually 100)
 * @param applicableMaximum the maximum without not-applicable criteria
 * @param total             the total points (achieved + bonus − penalty)
 * @param index             total ÷ applicable maximum × 100, or null when nothing was applicable
 * @param published         the total and index the province announced for the earlier period (copied from the
 *                          earlier assessment when it was linked), {@link PublishedResult#NONE} when none
 */
public record EarlierPeriod(
        String assessmentId,
        String unitName,
        Period period,
        int year,
        String criteriaSetId,
        String rankText,
        List<EarlierNode> nodes,
        List<EarlierDepartment> departments,
        BigDecimal maximum,
        BigDecimal applicableMaximum,
        BigDecimal total,
        BigDecimal index,
        PublishedResult published) {

    public EarlierPeriod {
        Objects.requireNonNull(assessmentId, "assessmentId");
        unitName = unitName == null ? "" : unitName.strip();
        Objects.requireNonNull(period, "period");
        criteriaSetId = criteriaSetId == null ? "" : criteriaSetId;
        rankText = rankText == null ? "" : rankText.strip();
        nodes = List.copyOf(nodes);
        departments = List.copyOf(departments);
        maximum = Decimals.plain(Objects.requireNonNull(maximum, "maximum"));
        applicableMaximum = Decimals.plain(Objects.requireNonNull(applicableMaximum, "applicableMaximum"));
        total = Decimals.plain(Objects.requireNonNull(total, "total"));
        index = Decimals.plain(index);
        published = published == null ? PublishedResult.NONE : published;
    }

    /** A baseline without a published result. */
    public EarlierPeriod(String assessmentId, String unitName, Period period, int year, String criteriaSetId,
                         String rankText, List<EarlierNode> nodes, List<EarlierDepartment> departments,
                         BigDecimal maximum, BigDecimal applicableMaximum, BigDecimal total, BigDecimal index) {
        this(assessmentId, unitName, period, year, criteriaSetId, rankText, nodes, departments, maximum,
                applicableMaximum, total, index, PublishedResult.NONE);
    }

    /** "6 tháng đầu năm 2023", "cả năm 2022". */
    public String label() {
        return label(period, year);
    }

    /** The earlier node with {@code code}. */
    public Optional<EarlierNode> node(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** The earlier lĩnh vực (top-level nodes). */
    public List<EarlierNode> fields() {
        return nodes.stream().filter(n -> n.depth() == 0).toList();
    }

    public EarlierPeriod withRankText(String value) {
        return new EarlierPeriod(assessmentId, unitName, period, year, criteriaSetId, value, nodes, departments,
                maximum, applicableMaximum, total, index, published);
    }

    public EarlierPeriod withPublished(PublishedResult value) {
        return new EarlierPeriod(assessmentId, unitName, period, year, criteriaSetId, rankText, nodes, departments,
                maximum, applicableMaximum, total, index, value);
    }

    /**
     * The baseline with lĩnh vực {@code code}'s rank typed as {@code value} ("xếp thứ 7/10"; blank removes it).
     *
     * @throws vn.cchc.workbook.domain.InvalidInputException when there is no such lĩnh vực or the text is too long
     */
    public EarlierPeriod withFieldRank(String code, String value) {
        String typed = value == null ? "" : value.strip();
        if (typed.length() > vn.cchc.workbook.domain.Limits.NAME_LENGTH) {
            throw new vn.cchc.workbook.domain.InvalidInputException("comparison.fieldRank.tooLong", code,
                    vn.cchc.workbook.domain.Limits.NAME_LENGTH, typed.length());
        }
        boolean found = false;
        List<EarlierNode> changed = new java.util.ArrayList<>(nodes.size());
        for (EarlierNode node : nodes) {
            if (!found && node.depth() == 0 && node.code().equals(code)) {
                changed.add(node.withRankText(typed));
                found = true;
            } else {
                changed.add(node);
            }
        }
        if (!found) {
            throw new vn.cchc.workbook.domain.InvalidInputException("comparison.fieldRank.noField", code, label());
        }
        return new EarlierPeriod(assessmentId, unitName, period, year, criteriaSetId, rankText, changed, departments,
                maximum, applicableMaximum, total, index, published);
    }

    /** "6 tháng đầu năm 2023" for a period and year. */
    public static String label(Period period, int year) {
        return (period.label() + " " + year).strip();
    }

    /** Half-years before full years within a year; other periods in between. */
    public static int order(Period period, int year) {
        int within = switch (period.kind()) {
            case FIRST_HALF -> 0;
            case OTHER -> 1;
            case FULL_YEAR -> 2;
        };
        return year * 3 + within;
    }
}

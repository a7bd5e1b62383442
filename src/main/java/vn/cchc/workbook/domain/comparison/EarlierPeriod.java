package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;

/**
 * The appraised result of an earlier period of the same unit (last half-year, last year), kept inside the later
 * assessment as its baseline. It is a snapshot of figures, not the earlier assessment itself: the .cchc file that is
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
        BigDecimal index) {

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
    }

    /**
     * The appraised figures of {@code earlier} as a baseline. {@code rankText} is the rank typed by the user; blank
     * takes the earlier assessment's own published rank.
     */
    public static EarlierPeriod of(Assessment earlier, String rankText) {
        Scorecard scorecard = ScoreEngine.score(earlier);
        List<EarlierNode> nodes = new ArrayList<>();
        for (NodeResult result : scorecard.nodes()) {
            Figures f = result.appraised();
            boolean scored = f.isScored() && !f.notApplicable();
            nodes.add(new EarlierNode(result.code(), result.node().title(), result.depth(),
                    result.node().maxPoints(), scored ? f.achieved() : null, scored ? f.deduction() : null,
                    earlier.entry(result.code()).appraisalOpinion(), f.notApplicable()));
        }
        List<EarlierDepartment> departments = new ArrayList<>();
        for (DepartmentResult d : scorecard.departments(Track.APPRAISED)) {
            departments.add(new EarlierDepartment(d.isUnassigned() ? "" : d.department().name(),
                    d.responsibleMaximum(), d.achieved(), d.deduction()));
        }
        Totals totals = scorecard.totals(Track.APPRAISED);
        String rank = rankText == null || rankText.isBlank() ? earlier.rankText() : rankText;
        BigDecimal index = totals.index() == null ? null
                : totals.index().setScale(4, RoundingMode.HALF_UP);
        return new EarlierPeriod(earlier.id(), earlier.unit().name(), earlier.period(), earlier.year(),
                earlier.criteria().id(), rank, nodes, departments, totals.maximum(), totals.applicableMaximum(),
                totals.total(), index);
    }

    /**
     * {@code later} with {@code earlier} linked as its baseline.
     *
     * @throws InvalidInputException when they are the same assessment, belong to different units (by name and
     *                               level), or the earlier one is not earlier (a half year comes before the full
     *                               year of the same year)
     */
    public static Assessment link(Assessment later, Assessment earlier, String rankText) {
        if (later.id().equals(earlier.id())) {
            throw new InvalidInputException("ranking.link.same");
        }
        if (!sameUnit(later.unit().name(), earlier.unit().name()) || later.unit().level() != earlier.unit().level()) {
            throw new InvalidInputException("ranking.link.otherUnit", earlier.unit().name(), later.unit().name());
        }
        if (order(earlier.period(), earlier.year()) >= order(later.period(), later.year())) {
            throw new InvalidInputException("ranking.link.notEarlier", label(earlier.period(), earlier.year()),
                    label(later.period(), later.year()));
        }
        return later.withEarlierPeriod(of(earlier, rankText));
    }

    /**
     * Checks only that {@code earlier} comes before {@code later} (a merged unit's former units have other names)
     * and returns {@code later}.
     *
     * @throws InvalidInputException when the earlier one is not earlier
     */
    static Assessment linkOrder(Assessment later, Assessment earlier) {
        if (order(earlier.period(), earlier.year()) >= order(later.period(), later.year())) {
            throw new InvalidInputException("ranking.link.notEarlier", label(earlier.period(), earlier.year()),
                    label(later.period(), later.year()));
        }
        return later;
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
                maximum, applicableMaximum, total, index);
    }

    static String label(Period period, int year) {
        return (period.label() + " " + year).strip();
    }

    /** Half-years before full years within a year; other periods in between. */
    private static int order(Period period, int year) {
        int within = switch (period.kind()) {
            case FIRST_HALF -> 0;
            case OTHER -> 1;
            case FULL_YEAR -> 2;
        };
        return year * 3 + within;
    }

    private static boolean sameUnit(String a, String b) {
        return simplified(a).equals(simplified(b));
    }

    /** "UBND xã Hiền Thành", "xã Hiền Thành" and "Hiền Thành" name the same unit. */
    private static String simplified(String name) {
        String lower = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
        for (String prefix : List.of("ubnd ", "ủy ban nhân dân ", "uỷ ban nhân dân ")) {
            if (lower.startsWith(prefix)) {
                lower = lower.substring(prefix.length());
            }
        }
        for (String prefix : List.of("xã ", "phường ", "thị trấn ", "huyện ", "quận ", "thị xã ", "thành phố ")) {
            if (lower.startsWith(prefix)) {
                lower = lower.substring(prefix.length());
            }
        }
        return lower.strip();
    }
}

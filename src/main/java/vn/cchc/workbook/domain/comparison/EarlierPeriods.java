package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EarlierDepartment;
import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;

/**
 * Makes an {@link EarlierPeriod} baseline from an earlier assessment (scoring it) and links it to a later one, after
 * checking that the two are the same unit and really in that order.
 */
public final class EarlierPeriods {

    private EarlierPeriods() {
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
                totals.total(), index, publishedFigures(earlier.published()));
    }

    /** The published total and index alone: the baseline keeps figures, not the decision's wording. */
    private static vn.cchc.workbook.domain.assessment.PublishedResult publishedFigures(
            vn.cchc.workbook.domain.assessment.PublishedResult published) {
        return published.total() == null && published.index() == null
                ? vn.cchc.workbook.domain.assessment.PublishedResult.NONE
                : new vn.cchc.workbook.domain.assessment.PublishedResult(published.total(), published.index(), "");
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
        if (EarlierPeriod.order(earlier.period(), earlier.year()) >= EarlierPeriod.order(later.period(), later.year())) {
            throw new InvalidInputException("ranking.link.notEarlier", EarlierPeriod.label(earlier.period(), earlier.year()),
                    EarlierPeriod.label(later.period(), later.year()));
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
        if (EarlierPeriod.order(earlier.period(), earlier.year()) >= EarlierPeriod.order(later.period(), later.year())) {
            throw new InvalidInputException("ranking.link.notEarlier", EarlierPeriod.label(earlier.period(), earlier.year()),
                    EarlierPeriod.label(later.period(), later.year()));
        }
        return later;
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

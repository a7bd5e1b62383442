package vn.cchc.workbook.domain.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.documents.DocumentText;
import vn.cchc.workbook.domain.text.Messages;

/**
 * The title of a ranking sheet, from what the ranked workbooks say: "Bảng tổng hợp kết quả, xếp hạng Chỉ số CCHC
 * các xã, thị trấn năm 2023", and under it, when the units' periods differ, which periods they are.
 *
 * <p>Communes are named as their structure named them in the year of their data (since 1 July 2025 local
 * government has two tiers, see {@link UnitKind}): a workbook of a year before
 * {@link UnitKind#FIRST_TWO_TIER_YEAR} belongs to "các xã, thị trấn" ("các xã, phường, thị trấn" when wards are
 * among them), one of that year or later to "các xã, phường, đặc khu". A ranking that mixes both names the kinds of
 * both, once each. Districts, departments and provinces keep the name of their level. Before, a ranking of units of
 * different periods had no year to go by and always fell back to "các xã, thị trấn", even for wards of 2025.
 *
 * @param title  the title, with the period the units share (or the one the user gave) at its end
 * @param marker "(các đơn vị thuộc các kỳ đánh giá khác nhau: năm 2024, 6 tháng đầu năm 2025)" when the ranked units
 *               are of different periods, printed on a line of its own under the title; blank otherwise
 */
public record RankingTitle(String title, String marker) {

    /** Periods listed by name in the marker; more are counted instead, so that the line stays one line. */
    static final int LISTED_PERIODS = 3;

    /** The kinds of commune-level units in the order titles name them. */
    private static final List<UnitKind> WORD_ORDER = List.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP,
            UnitKind.SPECIAL_ZONE);

    public RankingTitle {
        title = Objects.requireNonNullElse(title, "").strip();
        marker = Objects.requireNonNullElse(marker, "").strip();
    }

    /**
     * The title of {@code ranking}.
     *
     * @param periodText what the ranking covers as the user or the caller named it ("năm 2023"); blank for the
     *                   period every ranked unit shares, or none when they differ
     */
    public static RankingTitle of(Ranking ranking, String periodText) {
        List<RankedUnit> units = ranking.units();
        List<PeriodOf> periods = periods(units);
        String period = Objects.requireNonNullElse(periodText, "").strip();
        if (period.isEmpty() && periods.size() == 1) {
            period = periods.get(0).text();
        }
        return new RankingTitle(title(units) + (period.isEmpty() ? "" : " " + period), marker(periods));
    }

    private static String title(List<RankedUnit> units) {
        UnitLevel level = units.isEmpty() ? UnitLevel.COMMUNE : units.get(0).unit().level();
        if (level != UnitLevel.COMMUNE) {
            return Messages.get("reports.ranking.title." + level.id());
        }
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (RankedUnit unit : units) {
            kinds.addAll(customaryKinds(unit, units));
        }
        if (kinds.isEmpty()) {
            kinds.addAll(List.of(UnitKind.COMMUNE, UnitKind.TOWNSHIP));
        }
        StringJoiner words = new StringJoiner(", ");
        WORD_ORDER.stream().filter(kinds::contains).map(UnitKind::word).forEach(words::add);
        return Messages.get("ranking.title.communes", words.toString());
    }

    /**
     * The kinds the customary name of {@code unit}'s structure lists: "xã, phường, đặc khu" from the first two-tier
     * year (or for a special zone, which exists only since); before, "xã, thị trấn", with "phường" when a ward of
     * that structure is ranked too.
     */
    private static Set<UnitKind> customaryKinds(RankedUnit unit, List<RankedUnit> all) {
        if (twoTier(unit)) {
            return EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE);
        }
        boolean wards = all.stream().anyMatch(u -> !twoTier(u) && u.unit().kind() == UnitKind.WARD);
        return wards ? EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP)
                : EnumSet.of(UnitKind.COMMUNE, UnitKind.TOWNSHIP);
    }

    private static boolean twoTier(RankedUnit unit) {
        return unit.year() >= UnitKind.FIRST_TWO_TIER_YEAR || unit.unit().kind() == UnitKind.SPECIAL_ZONE;
    }

    /** A period with its year and its printed text ("6 tháng đầu năm 2025"). */
    private record PeriodOf(int year, Period period, String text) {
    }

    /** The distinct periods of {@code units}, earliest first (by year, the first half before the whole year). */
    private static List<PeriodOf> periods(List<RankedUnit> units) {
        List<PeriodOf> periods = new ArrayList<>();
        for (RankedUnit unit : units) {
            String text = DocumentText.periodText(unit.period(), unit.year());
            if (periods.stream().noneMatch(p -> p.text().equals(text))) {
                periods.add(new PeriodOf(unit.year(), unit.period(), text));
            }
        }
        periods.sort(Comparator.comparingInt(PeriodOf::year).thenComparing(p -> p.period().kind())
                .thenComparing(PeriodOf::text));
        return periods;
    }

    private static String marker(List<PeriodOf> periods) {
        if (periods.size() <= 1) {
            return "";
        }
        if (periods.size() > LISTED_PERIODS) {
            return Messages.get("ranking.title.manyPeriods", periods.size());
        }
        StringJoiner texts = new StringJoiner(", ");
        periods.forEach(p -> texts.add(p.text()));
        return Messages.get("ranking.title.periodsDiffer", texts.toString());
    }
}

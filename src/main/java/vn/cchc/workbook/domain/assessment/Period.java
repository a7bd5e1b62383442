package vn.cchc.workbook.domain.assessment;

import java.util.Objects;
import java.util.Optional;

import vn.cchc.workbook.domain.text.Messages;

/** The period an assessment covers: the first half year, the whole year, or something else named by the user. */
public record Period(Kind kind, String text) {

    public enum Kind {
        FIRST_HALF("6-thang-dau-nam"),
        FULL_YEAR("ca-nam"),
        OTHER("khac");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Kind> fromId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public static final Period FIRST_HALF = new Period(Kind.FIRST_HALF, "");
    public static final Period FULL_YEAR = new Period(Kind.FULL_YEAR, "");

    public Period {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text.strip();
    }

    public static Period other(String text) {
        return new Period(Kind.OTHER, text);
    }

    /** A period with its year, e.g. the one a new workbook most likely assesses. */
    public record WithYear(Period period, int year) {
    }

    /**
     * The period a workbook started on {@code day} most likely assesses: the first half of the year from May to
     * September (the half-year self-assessment is made in June and July), the whole year from October (the year-end
     * assessment), and the whole of the year before from January to April (it is appraised early in the next year).
     */
    public static WithYear likelyOn(java.time.LocalDate day) {
        int month = day.getMonthValue();
        if (month <= 4) {
            return new WithYear(FULL_YEAR, day.getYear() - 1);
        }
        return new WithYear(month <= 9 ? FIRST_HALF : FULL_YEAR, day.getYear());
    }

    /** "6 tháng đầu năm 2023", "cả năm 2024", "Quý 3 năm 2023": the period and year as documents write them. */
    public String labelWithYear(int year) {
        return labelWithYear(label(), year);
    }

    /** {@link #labelWithYear(int)} for a label already written out (e.g. read from a file's manifest). */
    public static String labelWithYear(String label, int year) {
        String shown = label == null ? "" : label.strip();
        if (shown.isEmpty()) {
            return Messages.get("domain.period.yearOnly", year);
        }
        if (shown.contains(Integer.toString(year))) {
            return shown;
        }
        String spacer = shown.toLowerCase(Messages.VIETNAMESE).endsWith("năm") ? " " : " năm ";
        return shown + spacer + year;
    }

    /** "6 tháng đầu năm", "cả năm", or the user's own words. */
    public String label() {
        return kind == Kind.OTHER ? text : Messages.get("domain.period." + kind.id());
    }
}

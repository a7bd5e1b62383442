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

    /** "6 tháng đầu năm", "cả năm", or the user's own words. */
    public String label() {
        return kind == Kind.OTHER ? text : Messages.get("domain.period." + kind.id());
    }
}

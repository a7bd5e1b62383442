package vn.cchc.workbook.domain.assessment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The biện pháp khắc phục for a lost point: what will be done, by when, and how far it has got. */
public record Remedy(String measure, LocalDate deadline, Status status) {

    public enum Status {
        NOT_STARTED("chua-thuc-hien"),
        IN_PROGRESS("dang-thuc-hien"),
        DONE("da-hoan-thanh");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public String messageKey() {
            return "domain.remedy." + id;
        }

        public static Optional<Status> fromId(String id) {
            for (Status status : values()) {
                if (status.id.equals(id)) {
                    return Optional.of(status);
                }
            }
            return Optional.empty();
        }
    }

    public static final Remedy NONE = new Remedy("", null, Status.NOT_STARTED);

    public Remedy {
        measure = measure == null ? "" : measure.strip();
        Objects.requireNonNull(status, "status");
    }

    public boolean isEmpty() {
        return measure.isEmpty() && deadline == null && status == Status.NOT_STARTED;
    }
}

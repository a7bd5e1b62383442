package vn.cchc.workbook.domain.assessment;

import java.time.LocalDate;
import java.util.Objects;

import vn.cchc.workbook.domain.InvalidInputException;

/**
 * One step of the rounds as it was recorded: the stage it reached, the day, and who made it as typed (a person and
 * an organisation, "Nguyễn Văn A", "UBND xã Hiền Thành"). The side is the stage's {@link Stage#actor()}.
 */
public record RoundStep(Stage stage, LocalDate date, String name, String organisation) {

    /** A person's name as typed; longer is not a name. */
    public static final int MAX_NAME = 200;
    /** An organisation's name as typed ("Hội đồng thẩm định CCHC tỉnh …"). */
    public static final int MAX_ORGANISATION = 300;

    public RoundStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(date, "date");
        if (stage.actor() == null) {
            throw new IllegalArgumentException("No step reaches " + stage);
        }
        name = name == null ? "" : name.strip();
        organisation = organisation == null ? "" : organisation.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("rounds.who.nameTooLong", name.length(), MAX_NAME);
        }
        if (organisation.length() > MAX_ORGANISATION) {
            throw new InvalidInputException("rounds.who.organisationTooLong", organisation.length(), MAX_ORGANISATION);
        }
        if (name.chars().anyMatch(Character::isISOControl) || organisation.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("rounds.who.control");
        }
    }

    /** The side that made this step. */
    public Side side() {
        return stage.actor();
    }

    /** "Nguyễn Văn A (UBND xã Hiền Thành)", or whichever of the two was typed. */
    public String who() {
        if (name.isEmpty()) {
            return organisation;
        }
        return organisation.isEmpty() ? name : name + " (" + organisation + ")";
    }
}

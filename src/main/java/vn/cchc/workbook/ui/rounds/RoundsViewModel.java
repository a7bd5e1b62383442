package vn.cchc.workbook.ui.rounds;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.text.VietnameseDates;

/**
 * The rounds of the open workbook as a form: the stage and the steps recorded (read only), whose copy this is, and
 * each step's deadline typed from the province's plan. Applied through the session; nothing changes when a deadline
 * is not a date.
 */
public final class RoundsViewModel {

    /** Whose copy, with "not in the rounds yet" as a choice of its own. */
    public enum Copy {
        NONE(null), UNIT(Side.UNIT), APPRAISER(Side.APPRAISER);

        private final Side side;

        Copy(Side side) {
            this.side = side;
        }

        public Side side() {
            return side;
        }

        public String text() {
            return RoundTexts.side(side);
        }

        static Copy of(Side side) {
            return side == null ? NONE : side == Side.UNIT ? UNIT : APPRAISER;
        }
    }

    private final EditSession session;
    private final ObjectProperty<Copy> copy = new SimpleObjectProperty<>();
    private final Map<Stage, StringProperty> deadlines = new EnumMap<>(Stage.class);
    private final StringProperty message = new SimpleStringProperty("");

    public RoundsViewModel(EditSession session) {
        this.session = session;
        Assessment a = session.assessment();
        copy.set(Copy.of(a.rounds().side()));
        for (Stage step : Stage.steps()) {
            deadlines.put(step, new SimpleStringProperty(VietnameseDates.format(a.rounds().deadline(step)
                    .orElse(null))));
        }
    }

    /** "Thẩm định lần 1". */
    public String stageText() {
        return Messages.get(session.assessment().stage().messageKey());
    }

    public List<String> history() {
        return RoundTexts.history(session.assessment());
    }

    /** The deadline of the next step, "Gửi giải trình: hạn 10/12/2026, còn 4 ngày", or empty. */
    public String dueText(LocalDate today) {
        return session.assessment().due(today).map(d -> d.describe()).orElse("");
    }

    /**
     * Applies the side and the deadlines; false with {@link #messageProperty()} naming the wrong deadline (nothing
     * changes then).
     */
    public boolean apply() {
        Map<Stage, LocalDate> typed = new EnumMap<>(Stage.class);
        for (Map.Entry<Stage, StringProperty> field : deadlines.entrySet()) {
            String text = field.getValue().get() == null ? "" : field.getValue().get().strip();
            if (text.isEmpty()) {
                typed.put(field.getKey(), null);
                continue;
            }
            Optional<LocalDate> date = VietnameseDates.parse(text);
            if (date.isEmpty()) {
                message.set(Messages.get("roundsui.rounds.deadlineWrong", Messages.get(field.getKey().actionKey()),
                        VietnameseDates.problem(text)));
                return false;
            }
            typed.put(field.getKey(), date.get());
        }
        try {
            session.setSide(copy.get().side());
            typed.forEach(session::setDeadline);
        } catch (UserFacingException refused) {
            message.set(refused.getMessage());
            return false;
        }
        message.set("");
        return true;
    }

    public ObjectProperty<Copy> copyProperty() {
        return copy;
    }

    public StringProperty deadlineProperty(Stage step) {
        return deadlines.get(step);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}

package vn.cchc.workbook.ui.rounds;

import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.document.UnitNames;
import vn.cchc.workbook.domain.text.VietnameseDates;

/**
 * The "Gửi …" form: who makes the step (as typed, remembered from this side's last step), the day (today unless
 * typed otherwise) and whether the evidence files go with the file. {@link #step()} checks it all.
 */
public final class SendStepViewModel {

    private final Assessment assessment;
    private final Stage step;
    private final boolean evidenceHere;
    private final int missing;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final BooleanProperty withEvidence = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param evidenceHere whether every evidence file the workbook cites is kept on this computer
     * @param missing      how many items the step still misses ({@code RoundChecks.forNextStep})
     */
    public SendStepViewModel(Assessment assessment, Stage step, LocalDate today, boolean evidenceHere, int missing) {
        this.assessment = assessment;
        this.step = step;
        this.evidenceHere = evidenceHere;
        this.missing = missing;
        date.set(VietnameseDates.format(today));
        // Checked when there are evidence files to carry (a legacy path reference has none).
        withEvidence.set(evidenceHere && !vn.cchc.workbook.domain.assessment.EvidenceInventory.of(assessment)
                .files().isEmpty());
        // The last step of this side, or the unit as it signs its letters ("UBND phường Đông Hà", not "Đông Hà").
        assessment.rounds().steps().stream().filter(s -> s.side() == step.actor()).reduce((a, b) -> b)
                .ifPresentOrElse(last -> {
                    name.set(last.name());
                    organisation.set(last.organisation());
                }, () -> organisation.set(step.actor() == Side.UNIT ? UnitNames.asIssuer(assessment.unit())
                        : assessment.unit().parentAuthority()));
    }

    /** "Gửi thẩm định: ghi bước này vào sổ và lưu tệp .cchc để gửi cho cơ quan thẩm định." */
    public String header() {
        return Messages.get("roundsui.send.header", Messages.get(step.actionKey()),
                Messages.get(step.actor() == Side.UNIT ? "roundsui.send.to.appraiser" : "roundsui.send.to.unit"));
    }

    public String title() {
        return Messages.get("roundsui.send.title", Messages.get(step.actionKey()));
    }

    /** The note under the form: evidence not all here, items still missing; empty when neither. */
    public String note() {
        StringBuilder note = new StringBuilder();
        if (!evidenceHere) {
            note.append(Messages.get("roundsui.send.evidenceNotHere"));
        }
        if (missing > 0) {
            note.append(note.isEmpty() ? "" : "\n").append(Messages.get("roundsui.send.missing", missing));
        }
        return note.toString();
    }

    public boolean evidenceHere() {
        return evidenceHere;
    }

    /**
     * The step as typed, checked against the workbook; null with {@link #messageProperty()} saying what is wrong.
     */
    public RoundStep step() {
        LocalDate day = VietnameseDates.parse(date.get()).orElse(null);
        if (day == null) {
            message.set(Messages.get("roundsui.send.dateWrong", VietnameseDates.problem(date.get())));
            return null;
        }
        try {
            RoundStep made = new RoundStep(step, day, name.get(), organisation.get());
            assessment.withStep(made);
            message.set("");
            return made;
        } catch (InvalidInputException refused) {
            message.set(refused.getMessage());
            return null;
        }
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public BooleanProperty withEvidenceProperty() {
        return withEvidence;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}

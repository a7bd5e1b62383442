package vn.cchc.workbook.ui.rounds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.text.VietnameseDates;

/** The rounds in words, as the status line, the start screen and the dialogs show them. */
public final class RoundTexts {

    private RoundTexts() {
    }

    /** "Bản của đơn vị", or that the copy is not in the rounds yet. */
    public static String side(Side side) {
        return Messages.get(side == null ? "rounds.side.none" : side.messageKey());
    }

    /** "Đã gửi thẩm định · Bản của đơn vị · Gửi kết quả thẩm định: hạn 10/12/2026, còn 4 ngày". */
    public static String status(Assessment assessment, LocalDate today) {
        String stage = Messages.get(assessment.stage().messageKey());
        String side = assessment.rounds().side() == null ? Messages.get("rounds.side.none").replaceAll(" \\(.*\\)$", "")
                : Messages.get(assessment.rounds().side().messageKey());
        Optional<Rounds.Due> due = assessment.due(today);
        return due.map(d -> Messages.get("roundsui.status.due", stage, side, d.describe()))
                .orElseGet(() -> Messages.get("roundsui.status", stage, side));
    }

    /**
     * "Đã gửi thẩm định · Gửi kết quả thẩm định: hạn 10/12/2026, còn 4 ngày" (the start screen's column), from the
     * stage and the next step's deadline ({@link Assessment#due}).
     */
    public static String startLine(Stage stage, Optional<Rounds.Due> due) {
        String text = Messages.get(stage.messageKey());
        return due.map(d -> text + " · " + d.describe()).orElse(text);
    }

    /** Whether the next step's deadline has passed. */
    public static boolean overdue(Assessment assessment, LocalDate today) {
        return assessment.due(today).map(Rounds.Due::overdue).orElse(false);
    }

    /** One line per recorded step: "06/12/2026 · Gửi thẩm định · Lê Thị Hoa (UBND xã Hiền Thành)". */
    public static List<String> history(Assessment assessment) {
        List<String> lines = new ArrayList<>();
        for (RoundStep step : assessment.rounds().steps()) {
            lines.add(Messages.get("roundsui.history.line", VietnameseDates.format(step.date()),
                    Messages.get(step.stage().actionKey()),
                    step.who().isEmpty() ? Messages.get("roundsui.history.noWho") : step.who()));
        }
        if (lines.isEmpty()) {
            lines.add(Messages.get("roundsui.history.none", Messages.get(assessment.stage().messageKey())));
        }
        return lines;
    }
}

package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.function.Consumer;

import vn.cchc.workbook.app.EditSession;

/** Builds the scoring view for an open workbook. */
final class ScoringPanes {

    private ScoringPanes() {
    }

    /** {@code beforeFirstFrame}: the window has not shown yet; see {@link ScoringPane#releaseHeldDetails}. */
    static ScoringPane create(EditSession session, Consumer<Path> openEvidence, boolean beforeFirstFrame) {
        return new ScoringViewPane(session, openEvidence, beforeFirstFrame);
    }
}

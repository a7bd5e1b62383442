package vn.cchc.workbook.ui.app;

import vn.cchc.workbook.app.EditSession;

/** Builds the scoring view for an open workbook. */
final class ScoringPanes {

    private ScoringPanes() {
    }

    static ScoringPane create(EditSession session) {
        return new PlaceholderScoringPane(session);
    }
}

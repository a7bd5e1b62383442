package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;

/** Edits through the session: validated, shown at once, stored by the writer, undoable to a fixed depth, redo cleared by a new edit. */
class EditSessionTest {

    @TempDir
    Path dataDir;

    private H2WorkbookStore store;
    private EditSession session;

    @BeforeEach
    void openStore() {
        store = H2WorkbookStore.open(dataDir);
        Assessment start = SmallCommune.start("Xã Tân Lập", Period.FULL_YEAR, 2025, SmallCommune.standardSet());
        store.createAssessment(start);
        session = new EditSession(store, start);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void anEditShowsInTheTotalsAtOnceAndIsInTheStoreOnceWritten() {
        session.apply(self("2.1", "37.5"));

        assertThat(Points.format(session.scorecard().totals(Track.SELF).total())).isEqualTo("37,50");
        session.requireWritten();
        Assessment stored = store.loadAssessment(session.assessment().id()).orElseThrow();
        assertThat(stored.entry("2.1").self()).isEqualTo(new RuleInput.PointsInput(new BigDecimal("37.5")));
    }

    @Test
    void undoAndRedoWalkTheEditsBackAndForthInTheStoreToo() {
        session.apply(self("1.1", "1"));
        session.apply(self("1.1", "2"));

        assertThat(session.undo()).isEqualTo("1.1");
        assertThat(selfOf("1.1")).isEqualTo("1");
        assertThat(storedSelfOf("1.1")).isEqualTo("1");
        assertThat(session.redo()).isEqualTo("1.1");
        assertThat(selfOf("1.1")).isEqualTo("2");
        assertThat(storedSelfOf("1.1")).isEqualTo("2");
    }

    @Test
    void aNewEditAfterAnUndoClearsTheRedoSteps() {
        session.apply(self("1.1", "1"));
        session.apply(self("1.2", "5"));
        session.undo();
        assertThat(session.canRedo()).isTrue();

        session.apply(self("2.2", "10"));

        assertThat(session.canRedo()).isFalse();
        assertThat(session.redo()).isNull();
        assertThat(selfOf("1.2")).isEmpty();
    }

    @Test
    void undoGoesBackExactlyUndoDepthStepsAndNoFurther() {
        int edits = EditSession.UNDO_DEPTH + 20;
        for (int i = 1; i <= edits; i++) {
            session.apply(self("2.1", String.valueOf(i % 40 + 1))); // never the same value twice in a row
        }

        int undone = 0;
        while (session.undo() != null) {
            undone++;
        }

        assertThat(undone).isEqualTo(EditSession.UNDO_DEPTH);
        // The oldest 20 edits stay: 2.1 is back at the value of edit number 20 (20 % 40 + 1).
        assertThat(selfOf("2.1")).isEqualTo("21");
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void theUndoHistorySurvivesARestart() {
        session.apply(self("1.1", "3"));
        session.apply(self("1.1", "4"));
        session.requireWritten();
        Assessment reloaded = store.loadAssessment(session.assessment().id()).orElseThrow();

        EditSession afterRestart = new EditSession(store, reloaded);

        assertThat(afterRestart.undo()).isEqualTo("1.1");
        assertThat(Points.formatShort(((RuleInput.PointsInput) afterRestart.assessment().entry("1.1").self())
                .points())).isEqualTo("3");
    }

    @Test
    void aRefusedValueChangesNothingAndLeavesNoUndoStep() {
        assertThatThrownBy(() -> session.apply(self("1.1", "4.5")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(selfOf("1.1")).isEmpty();
        assertThat(session.canUndo()).isFalse();
        assertThat(store.history(session.assessment().id(), 10)).isEmpty();
    }

    @Test
    void aLockedWorkbookCannotUndo() {
        session.apply(self("1.1", "1"));
        session.setLocked(true);

        assertThat(session.canUndo()).isFalse();
        assertThat(session.undo()).isNull();
        assertThat(selfOf("1.1")).isEqualTo("1");
    }

    private Entry self(String code, String points) {
        return session.assessment().entry(code).withSelf(new RuleInput.PointsInput(new BigDecimal(points)));
    }

    private String selfOf(String code) {
        return shown(session.assessment().entry(code));
    }

    /** What the store holds once the session's writer has written every accepted change. */
    private String storedSelfOf(String code) {
        session.requireWritten();
        return shown(store.loadAssessment(session.assessment().id()).orElseThrow().entry(code));
    }

    private static String shown(Entry entry) {
        return entry.self() instanceof RuleInput.PointsInput points ? Points.formatShort(points.points()) : "";
    }
}

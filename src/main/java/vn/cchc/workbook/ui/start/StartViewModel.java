package vn.cchc.workbook.ui.start;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.app.StoredWorkbookCheck;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.app.WorkbookStore;

/** The recent workbooks of the local store, most recently edited first. */
public final class StartViewModel {

    private final ObservableList<RecentWorkbook> recent = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(true);

    public ObservableList<RecentWorkbook> recent() {
        return recent;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public void setLoading(boolean value) {
        loading.set(value);
    }

    public void show(List<RecentWorkbook> items) {
        recent.setAll(items);
        loading.set(false);
    }

    /**
     * Reads the list with each workbook's index; slow (the store), so call it off the JavaFX thread. Each workbook is
     * checked and scored on its own with a time limit ({@link StoredWorkbookCheck#checkAll}): one that cannot be
     * scored is listed as damaged and never stops the list. Right after start-up the workbooks come from the store's
     * opening check, so each is read from the disk once.
     */
    public static List<RecentWorkbook> read(WorkbookStore store) {
        List<RecentWorkbook> items = new ArrayList<>();
        java.time.LocalDate today = java.time.LocalDate.now();
        for (StoredWorkbookCheck.Listed listed : StoredWorkbookCheck.checkAll(store)) {
            WorkbookStore.AssessmentSummary summary = listed.summary();
            StoredWorkbookCheck.Outcome checked = listed.outcome();
            String index = checked.isDamaged() ? Messages.get("limits.stored.label") : index(checked.scorecard());
            items.add(new RecentWorkbook(summary.id(), summary.unitName(),
                    summary.period().labelWithYear(summary.year()), index,
                    VietnameseDates.format(summary.lastEdited()),
                    summary.savedFile().map(p -> p.getFileName().toString()).orElse(""), checked.damage(),
                    checked.isDamaged() ? "" : vn.cchc.workbook.ui.rounds.RoundTexts.startLine(checked.assessment(),
                            today),
                    !checked.isDamaged() && vn.cchc.workbook.ui.rounds.RoundTexts.overdue(checked.assessment(), today)));
        }
        return items;
    }

    /** The appraised index once anything is appraised, else the self-assessed one. */
    static String index(Assessment assessment) {
        return index(ScoreEngine.score(assessment));
    }

    private static String index(Scorecard scorecard) {
        Totals appraised = scorecard.totals(Track.APPRAISED);
        Totals shown = appraised.scoredLeaves() > 0 ? appraised : scorecard.totals(Track.SELF);
        BigDecimal value = shown.index();
        return value == null || shown.scoredLeaves() == 0 ? "—" : Points.format(value);
    }
}

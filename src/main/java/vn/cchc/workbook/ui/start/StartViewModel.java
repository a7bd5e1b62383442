package vn.cchc.workbook.ui.start;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.app.StoredWorkbookCheck;
import vn.cchc.workbook.app.StoredWorkbookList;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.ui.rounds.RoundTexts;

/** The recent workbooks of the local store, most recently edited first. */
public final class StartViewModel {

    private final ObservableList<RecentWorkbook> recent = FXCollections.observableArrayList();
    private final StoredWorkbookList<Figures> workbooks = new StoredWorkbookList<>(Figures::of);
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
     * Reads the list with each workbook's index; slow (the store) for the workbooks changed since the last read, so
     * call it off the JavaFX thread. Each workbook is checked and scored on its own with a time limit
     * ({@link StoredWorkbookCheck}): one that cannot be scored is listed as damaged and never stops the list. Only
     * the workbooks changed since the last read are read again ({@link StoredWorkbookList}); right after start-up the
     * workbooks come from the store's opening check, so each is read from the disk once. The deadlines are counted
     * from today at every read.
     */
    public List<RecentWorkbook> read(WorkbookStore store) {
        return read(store, LocalDate.now());
    }

    /** {@link #read(WorkbookStore)} with the deadlines counted from {@code today}. */
    List<RecentWorkbook> read(WorkbookStore store, LocalDate today) {
        List<RecentWorkbook> items = new ArrayList<>();
        for (StoredWorkbookList.Line<Figures> line : workbooks.read(store)) {
            WorkbookStore.AssessmentSummary summary = line.summary();
            Figures figures = line.figures();
            Optional<Rounds.Due> due = figures.due().map(d -> d.on(today));
            items.add(new RecentWorkbook(summary.id(), summary.unitName(),
                    summary.period().labelWithYear(summary.year()), figures.index(),
                    VietnameseDates.format(summary.lastEdited()),
                    summary.savedFile().map(p -> p.getFileName().toString()).orElse(""), figures.damage(),
                    figures.stage() == null ? "" : RoundTexts.startLine(figures.stage(), due),
                    due.map(Rounds.Due::overdue).orElse(false)));
        }
        return items;
    }

    /** How many workbooks {@link #read} has read and scored so far (the others were unchanged). */
    public long workbooksChecked() {
        return workbooks.workbooksChecked();
    }

    /**
     * What the list keeps of one workbook until it changes: not the workbook itself.
     *
     * @param stage null for a damaged workbook
     * @param due   the next step's deadline, counted from the day it was read
     */
    private record Figures(String index, String damage, Stage stage, Optional<Rounds.Due> due) {

        static Figures of(StoredWorkbookCheck.Outcome checked) {
            if (checked.isDamaged()) {
                return new Figures(Messages.get("limits.stored.label"), checked.damage(), null, Optional.empty());
            }
            Assessment assessment = checked.assessment();
            return new Figures(StartViewModel.index(checked.scorecard()), "", assessment.stage(),
                    assessment.due(LocalDate.now()));
        }
    }

    /** The appraised index once anything is appraised, else the self-assessed one. */
    private static String index(Scorecard scorecard) {
        Totals appraised = scorecard.totals(Track.APPRAISED);
        Totals shown = appraised.scoredLeaves() > 0 ? appraised : scorecard.totals(Track.SELF);
        BigDecimal value = shown.index();
        return value == null || shown.scoredLeaves() == 0 ? "—" : Points.format(value);
    }
}

package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.NodeResult;
import vn.cchc.workbook.domain.scoring.Scorecard;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * The totals of the open assessment, formatted once for every place that shows them (the totals line under the
 * table and the summary tab). Both tracks are always named: the self score ("tự đánh giá") and the appraisal
 * ("thẩm định"). Deductions, the index and the unscored count refer to the <em>working</em> track, the appraisal
 * once it has started and the self score before, and their captions say which.
 */
public final class ScoringTotals {

    /** What a figure shows while nothing on its track is scored: not 0 (decision 40), and not red. */
    static final String NONE = "—";
    private static final javafx.css.PseudoClass NONE_SHOWN = javafx.css.PseudoClass.getPseudoClass("none");

    private final ReadOnlyObjectWrapper<Totals> selfTotals = new ReadOnlyObjectWrapper<>(this, "selfTotals");
    private final ReadOnlyObjectWrapper<Totals> appraisedTotals = new ReadOnlyObjectWrapper<>(this, "appraisedTotals");
    private final ReadOnlyObjectWrapper<Track> workingTrack = new ReadOnlyObjectWrapper<>(this, "workingTrack",
            Track.SELF);
    private final ReadOnlyStringWrapper selfTotalText = new ReadOnlyStringWrapper(this, "selfTotalText");
    private final ReadOnlyStringWrapper appraisedTotalText = new ReadOnlyStringWrapper(this, "appraisedTotalText");
    private final ReadOnlyStringWrapper deductionText = new ReadOnlyStringWrapper(this, "deductionText");
    private final ReadOnlyStringWrapper indexText = new ReadOnlyStringWrapper(this, "indexText");
    private final ReadOnlyStringWrapper maximumText = new ReadOnlyStringWrapper(this, "maximumText");
    private final ReadOnlyStringWrapper trackName = new ReadOnlyStringWrapper(this, "trackName");
    private final ReadOnlyIntegerWrapper unscoredCount = new ReadOnlyIntegerWrapper(this, "unscoredCount");
    private final ObservableList<FieldSummary> fieldSummaries = FXCollections.observableArrayList();
    private final ObservableList<DepartmentSummary> departmentSummaries = FXCollections.observableArrayList();

    ScoringTotals() {
    }

    void update(Scorecard card) {
        Totals self = card.totals(Track.SELF);
        Totals appraised = card.totals(Track.APPRAISED);
        Track track = card.workingTrack();
        Totals working = track == Track.APPRAISED ? appraised : self;
        selfTotals.set(self);
        appraisedTotals.set(appraised);
        workingTrack.set(track);
        trackName.set(trackName(track));
        selfTotalText.set(figure(self, self.total()));
        appraisedTotalText.set(figure(appraised, appraised.total()));
        deductionText.set(figure(working, working.deduction()));
        maximumText.set(Points.format(appraised.applicableMaximum()));
        indexText.set(indexText(working));
        unscoredCount.set(working.unscoredLeaves());
        updateSummaries(card);
    }

    /**
     * {@code value} of a track with two decimals, or "—" while nothing on it is scored: an appraisal not begun is not
     * an appraisal of 0,00 with nothing lost (decision 40).
     */
    static String figure(Totals totals, java.math.BigDecimal value) {
        return totals.scoredLeaves() == 0 ? NONE : Points.format(value);
    }

    /** "tự đánh giá" or "thẩm định", as captions name a track. */
    public static String trackName(Track track) {
        return Messages.get(track == Track.APPRAISED ? "scoring.totals.track.appraised"
                : "scoring.totals.track.self");
    }

    /** The index of {@code totals} with two decimals, or "—" while nothing (applicable) on that track is scored. */
    public static String indexText(Totals totals) {
        return totals.index() == null || totals.scoredLeaves() == 0 ? NONE : Points.format(totals.index());
    }

    public ReadOnlyObjectProperty<Totals> selfTotalsProperty() {
        return selfTotals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Totals> appraisedTotalsProperty() {
        return appraisedTotals.getReadOnlyProperty();
    }

    /** The track deductions, index and unscored count refer to: the appraisal once it has started. */
    public ReadOnlyObjectProperty<Track> workingTrackProperty() {
        return workingTrack.getReadOnlyProperty();
    }

    /** The working track's name for captions ("thẩm định"). */
    public ReadOnlyStringProperty trackNameProperty() {
        return trackName.getReadOnlyProperty();
    }

    /** Tổng điểm tự đánh giá, e.g. "77,00". */
    public ReadOnlyStringProperty selfTotalTextProperty() {
        return selfTotalText.getReadOnlyProperty();
    }

    /** Tổng điểm thẩm định, e.g. "69,82". */
    public ReadOnlyStringProperty appraisedTotalTextProperty() {
        return appraisedTotalText.getReadOnlyProperty();
    }

    /** Points lost on what has been scored, on the working track. */
    public ReadOnlyStringProperty deductionTextProperty() {
        return deductionText.getReadOnlyProperty();
    }

    /** The index on the working track, or "—". */
    public ReadOnlyStringProperty indexTextProperty() {
        return indexText.getReadOnlyProperty();
    }

    /** The maximum of the applicable criteria (100 unless some are marked không áp dụng). */
    public ReadOnlyStringProperty maximumTextProperty() {
        return maximumText.getReadOnlyProperty();
    }

    /** Applicable leaves without a score on the working track. */
    public ReadOnlyIntegerProperty unscoredCountProperty() {
        return unscoredCount.getReadOnlyProperty();
    }

    public boolean isAppraising() {
        return workingTrack.get() == Track.APPRAISED;
    }

    public ObservableList<FieldSummary> fieldSummaries() {
        return fieldSummaries;
    }

    /** One line per department (the unassigned remainder last, if any), then a "Tổng" line. */
    public ObservableList<DepartmentSummary> departmentSummaries() {
        return departmentSummaries;
    }

    private void updateSummaries(Scorecard card) {
        List<FieldSummary> fields = new ArrayList<>();
        for (NodeResult field : card.fields()) {
            fields.add(new FieldSummary(field.code(), field.node().title(), field.node().maxPoints(),
                    field.self().achieved(), field.appraised().achieved()));
        }
        fieldSummaries.setAll(fields);

        Map<String, DepartmentResult> selfByDepartment = new HashMap<>();
        for (DepartmentResult result : card.departments(Track.SELF)) {
            selfByDepartment.put(result.isUnassigned() ? null : result.department().id(), result);
        }
        List<DepartmentSummary> lines = new ArrayList<>();
        BigDecimal responsible = BigDecimal.ZERO;
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal deducted = BigDecimal.ZERO;
        for (DepartmentResult result : card.departments(Track.APPRAISED)) {
            String id = result.isUnassigned() ? null : result.department().id();
            DepartmentResult selfResult = selfByDepartment.get(id);
            BigDecimal selfAchieved = selfResult == null ? BigDecimal.ZERO : selfResult.achieved();
            String name = result.isUnassigned() ? Messages.get("scoring.summary.department.unassigned")
                    : result.department().name();
            // A department with nothing scored yet has no points to show: null ("—"), not 0.
            boolean selfScored = selfResult != null && selfResult.isScored();
            lines.add(new DepartmentSummary(name, result.responsibleMaximum(), selfScored ? selfAchieved : null,
                    result.isScored() ? result.achieved() : null, result.isScored() ? result.deduction() : null,
                    false));
            responsible = responsible.add(result.responsibleMaximum());
            self = self.add(selfAchieved);
            achieved = achieved.add(result.achieved());
            deducted = deducted.add(result.deduction());
        }
        lines.add(new DepartmentSummary(Messages.get("scoring.summary.department.total"), responsible, self,
                achieved, deducted, true));
        departmentSummaries.setAll(lines);
    }

    /**
     * Gives {@code figure} the pseudo-class {@code :none} while it shows {@link #NONE}, so that a deduction's red is
     * not spent on a dash: "Điểm bị trừ (thẩm định)" showed a red "—" before any appraisal.
     */
    static void markNone(javafx.scene.control.Label figure) {
        figure.pseudoClassStateChanged(NONE_SHOWN, NONE.equals(figure.getText()));
        figure.textProperty().addListener((obs, old, text) -> figure.pseudoClassStateChanged(NONE_SHOWN,
                NONE.equals(text)));
    }
}

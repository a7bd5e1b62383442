package vn.cchc.workbook.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.app.StoredWorkbookCheck;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.planning.NodePlan;
import vn.cchc.workbook.domain.planning.Projection;
import vn.cchc.workbook.domain.scoring.DepartmentResult;
import vn.cchc.workbook.domain.scoring.Figures;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * The figures behind the charts of the open assessment: per lĩnh vực (maximum, self, appraised, target), per
 * department (responsible, achieved, deducted) and the index over the linked periods (earlier periods → now).
 * Values are rounded to 2 decimals as shown; a missing value is NaN (no bar).
 */
public final class ChartsViewModel {

    /** Follows links through the store at most this far back (a loop of links cannot hang the window). */
    static final int MAX_PERIODS = 12;

    /** One lĩnh vực's bars. */
    public record FieldBars(String code, String title, double maximum, double self, double appraised,
                            double target) {
    }

    /** One department's bars. */
    public record DepartmentBars(String name, double responsible, double achieved, double deducted) {
    }

    /** One period on the trend line. */
    public record TrendPoint(String label, double index) {
    }

    private final EditSession session;
    private final Runnable listener = this::refresh;
    private final ObservableList<FieldBars> fields = FXCollections.observableArrayList();
    // One read-only view per list, kept: a wrapper made per call drops its listeners when it is collected.
    private final ObservableList<FieldBars> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<DepartmentBars> departments = FXCollections.observableArrayList();
    private final ObservableList<DepartmentBars> departmentsView = FXCollections.unmodifiableObservableList(departments);
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final ObservableList<TrendPoint> trendView = FXCollections.unmodifiableObservableList(trend);
    /** The figures the department bars show: self scores until the appraisal has begun. */
    private Track departmentTrack = Track.APPRAISED;

    public ChartsViewModel(EditSession session) {
        this.session = session;
        session.addListener(listener);
        refresh();
    }

    /** Rebuilds the bars from the session, and the trend from the embedded earlier period only. */
    public void refresh() {
        Assessment assessment = session.assessment();
        Track track = session.scorecard().workingTrack();
        departmentTrack = track;
        Projection projection = Projection.of(assessment, session.scorecard(), track);
        List<FieldBars> fieldBars = new ArrayList<>();
        for (NodePlan field : projection.fields()) {
            Figures self = session.scorecard().node(field.code()).figures(Track.SELF);
            Figures appraised = session.scorecard().node(field.code()).figures(Track.APPRAISED);
            fieldBars.add(new FieldBars(field.code(), field.node().title(), value(field.node().maxPoints()),
                    self.isScored() ? value(self.achieved()) : Double.NaN,
                    appraised.isScored() ? value(appraised.achieved()) : Double.NaN, value(field.target())));
        }
        fields.setAll(fieldBars);
        List<DepartmentBars> departmentBars = new ArrayList<>();
        for (DepartmentResult d : session.scorecard().departments(track)) {
            String name = d.isUnassigned() ? Messages.get("analysis.department.unassigned") : d.department().name();
            departmentBars.add(new DepartmentBars(name, value(d.responsibleMaximum()), value(d.achieved()),
                    value(d.deduction())));
        }
        departments.setAll(departmentBars);
        if (trend.isEmpty() || !sameEnds(trendFromEmbedded())) {
            trend.setAll(trendFromEmbedded());
        }
    }

    /**
     * The index over every linked period: the embedded earlier period, then the earlier periods linked to it in
     * turn as far as the store has them. Store work: off the JavaFX thread; show it with {@link #showTrend(List)}.
     */
    public List<TrendPoint> collectTrend() {
        List<TrendPoint> points = new ArrayList<>(trendFromEmbedded());
        Set<String> seen = new HashSet<>();
        seen.add(session.assessment().id());
        Optional<EarlierPeriod> earlier = session.assessment().earlier();
        while (earlier.isPresent() && seen.add(earlier.get().assessmentId()) && points.size() < MAX_PERIODS) {
            // A damaged stored workbook (values beyond the bounds) ends the trend rather than being drawn.
            Optional<Assessment> stored = session.store().loadAssessment(earlier.get().assessmentId())
                    .filter(a -> StoredWorkbookCheck.damageOf(a).isEmpty());
            earlier = stored.flatMap(Assessment::earlier);
            earlier.ifPresent(e -> points.add(0, point(e)));
        }
        return points;
    }

    public void showTrend(List<TrendPoint> points) {
        trend.setAll(points);
    }

    public void dispose() {
        session.removeListener(listener);
    }

    private List<TrendPoint> trendFromEmbedded() {
        List<TrendPoint> points = new ArrayList<>();
        Assessment now = session.assessment();
        now.earlier().ifPresent(e -> points.add(point(e)));
        points.add(new TrendPoint(label(now), value(session.scorecard().totals(Track.APPRAISED).index())));
        return points;
    }

    /** Whether the current trend ends with the same two periods (the rest came from the store). */
    private boolean sameEnds(List<TrendPoint> embedded) {
        if (trend.size() < embedded.size()) {
            return false;
        }
        List<TrendPoint> tail = trend.subList(trend.size() - embedded.size(), trend.size());
        if (!tail.equals(embedded)) {
            return false;
        }
        return true;
    }

    private static TrendPoint point(EarlierPeriod e) {
        return new TrendPoint(capitalized(e.label()), value(e.index()));
    }

    private static String label(Assessment a) {
        return capitalized((a.period().label() + " " + a.year()).strip());
    }

    /** "cả năm 2023" → "Cả năm 2023" at the start of a label. */
    static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static double value(BigDecimal value) {
        return value == null ? Double.NaN : Points.rounded(value).doubleValue();
    }

    public ObservableList<FieldBars> fields() {
        return fieldsView;
    }

    /** {@link Track#SELF} while the department bars show self scores (nothing is appraised yet). */
    public Track departmentTrack() {
        return departmentTrack;
    }

    public ObservableList<DepartmentBars> departments() {
        return departmentsView;
    }

    /** Oldest period first, now last; at least the current period. */
    public ObservableList<TrendPoint> trend() {
        return trendView;
    }
}

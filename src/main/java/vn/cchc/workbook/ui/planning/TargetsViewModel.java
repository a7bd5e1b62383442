package vn.cchc.workbook.ui.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.planning.DepartmentPlan;
import vn.cchc.workbook.domain.planning.NodePlan;
import vn.cchc.workbook.domain.planning.OverallPlan;
import vn.cchc.workbook.domain.planning.Projection;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Mục tiêu và dự kiến: for the open assessment, per node (lĩnh vực and criteria) and per department, the points now,
 * the expected gain, the projected total, the target and what is still missing to reach it. Follows every edit of
 * the session (targets and gains are typed in the scoring view's detail pane).
 */
public final class TargetsViewModel {

    /** How a figure of an unscored criterion shows: as the grid and the appendix show it. */
    static final String UNSCORED = "—";

    private final EditSession session;
    private final Runnable listener = this::refresh;
    private final ObservableList<PlanRow> nodes = FXCollections.observableArrayList();
    // One read-only view per list, kept: a wrapper made per call drops its listeners when it is collected.
    private final ObservableList<PlanRow> nodesView = FXCollections.unmodifiableObservableList(nodes);
    private final ObservableList<PlanRow> departments = FXCollections.observableArrayList();
    private final ObservableList<PlanRow> departmentsView = FXCollections.unmodifiableObservableList(departments);
    private final ReadOnlyStringWrapper currentText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper gainText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper projectedText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper targetText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missingText = new ReadOnlyStringWrapper("");

    public TargetsViewModel(EditSession session) {
        this.session = session;
        session.addListener(listener);
        refresh();
    }

    /** Rebuilds every figure from the session. */
    public void refresh() {
        // Planned from the self scores until the appraisal has begun, as the window's totals.
        Track track = session.scorecard().workingTrack();
        Projection projection = Projection.of(session.assessment(), session.scorecard(), track);
        List<PlanRow> nodeRows = new ArrayList<>();
        for (NodePlan plan : projection.nodes()) {
            String label = plan.node().shownCode() + ". " + plan.node().title();
            PlanRow row = row(plan.code(), label, plan.depth(), plan.maximum(), plan.scored(), plan.current(),
                    plan.expectedGain(), plan.projected(), plan.target(), plan.missing(), plan.uncovered());
            if (plan.maximum().signum() == 0 && plan.node().maxPoints().signum() > 0) {
                // Không áp dụng (itself or every part of it): named as such, no maximum of 0,00 beside the grid's
                // 1,00 (the node's own maximum leaves the lĩnh vực's, as it does in the index).
                row = row.notApplicable(Messages.get("analysis.targets.notApplicable", label), UNSCORED);
            }
            nodeRows.add(row);
        }
        nodes.setAll(nodeRows);
        List<PlanRow> departmentRows = new ArrayList<>();
        for (DepartmentPlan plan : projection.departments()) {
            String name = plan.isUnassigned() ? Messages.get("analysis.department.unassigned")
                    : plan.department().name();
            departmentRows.add(row("", name, 0, plan.responsible(), plan.scored(), plan.current(),
                    plan.expectedGain(), plan.projected(), plan.target(), plan.missing(), plan.uncovered()));
        }
        departments.setAll(departmentRows);
        OverallPlan overall = projection.overall();
        currentText.set(!overall.scored() ? Messages.get("analysis.targets.unscored")
                : Messages.get(track == Track.SELF ? "analysis.targets.pointsAndIndexSelf"
                : "analysis.targets.pointsAndIndex", Points.format(overall.current()),
                indexText(overall.currentIndex())));
        gainText.set(overall.expectedGain() == null ? "—" : Points.format(overall.expectedGain()));
        projectedText.set(!overall.scored() ? "—"
                : Messages.get("analysis.targets.pointsAndIndex", Points.format(overall.projected()),
                indexText(overall.projectedIndex())));
        targetText.set(overall.target() == null ? Messages.get("analysis.targets.noTarget")
                : Messages.get("analysis.targets.pointsAndIndex", Points.format(overall.target()),
                indexText(overall.targetIndex())));
        missingText.set(overall.missing() == null ? "—"
                : Messages.get("analysis.targets.missingValue", Points.format(overall.missing()),
                Points.format(overall.uncovered())));
    }

    public void dispose() {
        session.removeListener(listener);
    }

    /**
     * A row of figures. Without any score there are no points now, so the current and projected points show as
     * unscored ("—", as in the grid and the appendix) and nothing is computed as missing from them.
     */
    private static PlanRow row(String code, String label, int depth, BigDecimal maximum, boolean scored,
                               BigDecimal current, BigDecimal gain, BigDecimal projected, BigDecimal target,
                               BigDecimal missing, BigDecimal uncovered) {
        boolean reached = target != null && uncovered != null && uncovered.signum() == 0;
        String unknownGap = target == null ? "" : UNSCORED;
        return new PlanRow(code, label, depth, Points.format(maximum), scored ? Points.format(current) : UNSCORED,
                Points.format(gain), scored ? Points.format(projected) : UNSCORED, Points.format(target),
                scored ? Points.format(missing) : unknownGap, scored ? Points.format(uncovered) : unknownGap,
                reached);
    }

    private static String indexText(BigDecimal index) {
        return index == null ? "—" : Points.format(index);
    }

    /** Lĩnh vực and criteria in printed order. */
    public ObservableList<PlanRow> nodes() {
        return nodesView;
    }

    /** Departments in the assessment's order, the unassigned points last. */
    public ObservableList<PlanRow> departments() {
        return departmentsView;
    }

    /** "79,00 điểm — chỉ số 79,00". */
    public ReadOnlyStringProperty currentTextProperty() {
        return currentText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gainTextProperty() {
        return gainText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty projectedTextProperty() {
        return projectedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    /** What is still missing from now, and what the planned gains leave uncovered. */
    public ReadOnlyStringProperty missingTextProperty() {
        return missingText.getReadOnlyProperty();
    }
}

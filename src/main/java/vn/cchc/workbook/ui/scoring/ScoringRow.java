package vn.cchc.workbook.ui.scoring;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.text.Points;

/**
 * One node of the assessment as a table row. The object lives as long as the view model, so a table keeps its
 * rows, selection and expansion across edits; only {@link #stateProperty()} changes when figures change.
 */
public final class ScoringRow {

    private final CriterionNode node;
    private final int depth;
    private final String parentCode;
    private final ReadOnlyObjectWrapper<RowState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper unwritten = new ReadOnlyBooleanWrapper(this, "unwritten");

    ScoringRow(CriterionNode node, int depth, String parentCode, RowState initial) {
        this.node = node;
        this.depth = depth;
        this.parentCode = parentCode;
        this.state.set(initial);
    }

    /** The node's key: what scores, the selection and every lookup go by. */
    public String code() {
        return node.code();
    }

    /** The code as the province prints it ({@link CriterionNode#shownCode()}): what the grid and its texts show. */
    public String shownCode() {
        return node.shownCode();
    }

    public String title() {
        return node.title();
    }

    public CriterionNode node() {
        return node;
    }

    /** 0 for a lĩnh vực, 1 for a tiêu chí, and so on. */
    public int depth() {
        return depth;
    }

    /** The parent's code, or null for a top-level node. */
    public String parentCode() {
        return parentCode;
    }

    public boolean isLeaf() {
        return node.isLeaf();
    }

    public String maxText() {
        return Points.format(node.maxPoints());
    }

    public RowState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<RowState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /**
     * The row's entry was changed but the change is NOT on disk: the session's writer stopped on a refused write
     * (a full or read-only disk) and holds it; the table marks the row until it is written.
     */
    public ReadOnlyBooleanProperty unwrittenProperty() {
        return unwritten.getReadOnlyProperty();
    }

    public boolean isUnwritten() {
        return unwritten.get();
    }

    void setUnwritten(boolean value) {
        unwritten.set(value);
    }

    void update(RowState next) {
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    @Override
    public String toString() {
        return shownCode() + " " + title();
    }
}

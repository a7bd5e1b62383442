package vn.cchc.workbook.ui.planning;

import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.figures.FigureStyle;
import vn.cchc.workbook.ui.figures.FigureTables;

/**
 * Mục tiêu và dự kiến: the overall figures on top, then per lĩnh vực / criterion and per department the points now,
 * the expected gain, the projected total, the target and what is missing.
 */
public final class TargetsView {

    private final VBox root = new VBox(10);

    public TargetsView(TargetsViewModel model) {
        FigureStyle.addTo(root);
        root.setId("targets-view");
        FlowPane tiles = new FlowPane(10, 10,
                FigureTables.tile("analysis.targets.current", model.currentTextProperty(), "targets-current"),
                FigureTables.tile("analysis.targets.gain", model.gainTextProperty(), "targets-gain"),
                FigureTables.tile("analysis.targets.projected", model.projectedTextProperty(), "targets-projected"),
                FigureTables.tile("analysis.targets.target", model.targetTextProperty(), "targets-target"),
                FigureTables.tile("analysis.targets.missing", model.missingTextProperty(), "targets-missing"));
        Label hint = new Label(Messages.get("analysis.targets.hint"));
        hint.getStyleClass().add("analysis-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TableView<PlanRow> nodes = table("targets-nodes", "analysis.col.content", 360);
        nodes.setItems(model.nodes());
        TableView<PlanRow> departments = table("targets-departments", "analysis.col.department", 280);
        departments.getColumns().get(1).setText(Messages.get("analysis.targets.col.responsible"));
        vn.cchc.workbook.ui.common.ColumnHeaders.fit(departments.getColumns().get(1));
        departments.setItems(model.departments());

        VBox nodeBox = new VBox(4, FigureTables.heading("analysis.targets.byNode"), nodes);
        VBox departmentBox = new VBox(4, FigureTables.heading("analysis.targets.byDepartment"), departments);
        VBox.setVgrow(nodes, Priority.ALWAYS);
        VBox.setVgrow(departments, Priority.ALWAYS);
        SplitPane split = new SplitPane(nodeBox, departmentBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(tiles, hint, split);
    }

    /**
     * The figures' headers take two lines and their columns only what the figures need, so the label column gets the
     * rest of the width: with one-line headers it was left 220 pixels and "1. Công tác chỉ đạo, điều …" was cut.
     */
    private static TableView<PlanRow> table(String id, String labelKey, double labelWidth) {
        TableView<PlanRow> table = FigureTables.table(id);
        TableColumn<PlanRow, String> label = FigureTables.text(labelKey, labelWidth,
                row -> "  ".repeat(row.depth()) + row.label());
        table.getColumns().add(label);
        table.getColumns().add(FigureTables.number("analysis.targets.col.maximum", 80, PlanRow::maximum));
        table.getColumns().add(FigureTables.number("analysis.targets.col.current", 80, PlanRow::current));
        table.getColumns().add(FigureTables.number("analysis.targets.col.gain", 80, PlanRow::expectedGain));
        table.getColumns().add(FigureTables.number("analysis.targets.col.projected", 80, PlanRow::projected));
        table.getColumns().add(FigureTables.number("analysis.targets.col.target", 80, PlanRow::target));
        table.getColumns().add(FigureTables.styled("analysis.targets.col.missing", 80, PlanRow::missing,
                row -> !row.hasFigure(row.missing()) ? null
                        : row.missing().equals("0,00") ? "missing-done" : "missing-open"));
        table.getColumns().add(FigureTables.styled("analysis.targets.col.uncovered", 80, PlanRow::uncovered,
                row -> !row.hasFigure(row.uncovered()) ? null : row.reached() ? "missing-done" : "missing-open"));
        for (TableColumn<PlanRow, ?> figure : table.getColumns().subList(1, table.getColumns().size())) {
            figure.setMaxWidth(figure.getPrefWidth() + 24);
        }
        // The label column, not the last figure, takes what is left.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        FigureTables.styleRows(table, row -> row.depth() == 0 && !row.code().isEmpty() ? "row-field" : null);
        return table;
    }

    public Parent getRoot() {
        return root;
    }
}

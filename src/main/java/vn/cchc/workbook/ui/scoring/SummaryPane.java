package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.ui.common.ColumnPolicy;

/**
 * The summary tab: the totals and the index, a bar chart per lĩnh vực (maximum, self score, appraisal) and the
 * per-department table officials attach to their reports (points responsible for, achieved, deducted).
 */
final class SummaryPane {

    private final ScoringViewModel model;
    private final VBox root = new VBox(12);
    private final XYChart.Series<String, Number> maxSeries = new XYChart.Series<>();
    private final XYChart.Series<String, Number> selfSeries = new XYChart.Series<>();
    private final XYChart.Series<String, Number> appraisedSeries = new XYChart.Series<>();

    SummaryPane(ScoringViewModel model) {
        this.model = model;
        root.getStyleClass().add("summary-pane");
        root.setPadding(new Insets(12));

        FlowPane tiles = new FlowPane(10, 10);
        tiles.getChildren().addAll(
                tile("scoring.summary.self", model.totals().selfTotalTextProperty(), "summary-self"),
                tile("scoring.summary.appraised", model.totals().appraisedTotalTextProperty(), "summary-appraised"),
                tile("scoring.summary.deduction", model.totals().appraisedTotalsProperty()
                        .map(t -> ScoringTotals.figure(t, t.deduction())), "summary-deduction"),
                tile("scoring.summary.index", model.totals().appraisedTotalsProperty().map(ScoringTotals::indexText),
                        "summary-index"),
                tile("scoring.summary.selfIndex", model.totals().selfTotalsProperty().map(ScoringTotals::indexText),
                        "summary-self-index"),
                tile("scoring.summary.applicable", model.totals().maximumTextProperty(), "summary-applicable"),
                tile("scoring.summary.unscored", model.revisionProperty().map(r -> Messages.get(
                        "scoring.summary.unscoredValue", model.totals().selfTotalsProperty().get().unscoredLeaves(),
                        model.totals().appraisedTotalsProperty().get().unscoredLeaves())), "summary-unscored"));

        Label chartTitle = new Label(Messages.get("scoring.summary.chart"));
        chartTitle.getStyleClass().add("summary-heading");
        BarChart<String, Number> chart = chart();
        VBox chartBox = new VBox(4, chartTitle, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label tableTitle = new Label(Messages.get("scoring.summary.departments"));
        tableTitle.getStyleClass().add("summary-heading");
        TableView<DepartmentSummary> table = departmentTable();
        VBox tableBox = new VBox(4, tableTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox lower = new HBox(16, chartBox, tableBox);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        HBox.setHgrow(tableBox, Priority.ALWAYS);
        chartBox.setPrefWidth(560);
        tableBox.setPrefWidth(620);
        VBox.setVgrow(lower, Priority.ALWAYS);
        root.getChildren().addAll(tiles, lower);
    }

    Node root() {
        return root;
    }

    /** Puts the keyboard in the department table, the pane's one control that takes it. */
    void focus() {
        root.lookup("#summary-departments").requestFocus();
    }

    private static Node tile(String key, ObservableValue<String> value, String id) {
        Label caption = new Label(Messages.get(key));
        caption.getStyleClass().add("tile-caption");
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add("tile-figure");
        figure.textProperty().bind(value);
        ScoringTotals.markNone(figure);
        VBox tile = new VBox(2, caption, figure);
        tile.getStyleClass().add("summary-tile");
        return tile;
    }

    private BarChart<String, Number> chart() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("scoring.summary.chart.axis"));
        y.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("summary-chart");
        chart.setAnimated(false);
        chart.setCategoryGap(14);
        chart.setBarGap(2);
        chart.setLegendVisible(true);
        maxSeries.setName(Messages.get("scoring.summary.chart.max"));
        selfSeries.setName(Messages.get("scoring.summary.chart.self"));
        appraisedSeries.setName(Messages.get("scoring.summary.chart.appraised"));
        chart.getData().addAll(java.util.List.of(maxSeries, selfSeries, appraisedSeries));
        fillChart();
        model.totals().fieldSummaries().addListener((ListChangeListener<FieldSummary>) change -> fillChart());
        return chart;
    }

    private void fillChart() {
        var max = new java.util.ArrayList<XYChart.Data<String, Number>>();
        var self = new java.util.ArrayList<XYChart.Data<String, Number>>();
        var appraised = new java.util.ArrayList<XYChart.Data<String, Number>>();
        for (FieldSummary field : model.totals().fieldSummaries()) {
            String category = field.code();
            max.add(bar(category, field.maximum(), field));
            self.add(bar(category, field.self(), field));
            appraised.add(bar(category, field.appraised(), field));
        }
        if (!sameBars(maxSeries, max)) {
            maxSeries.getData().setAll(max);
        }
        update(selfSeries, self);
        update(appraisedSeries, appraised);
    }

    private static boolean sameBars(XYChart.Series<String, Number> series,
                                    java.util.List<XYChart.Data<String, Number>> bars) {
        if (series.getData().size() != bars.size()) {
            return false;
        }
        for (int i = 0; i < bars.size(); i++) {
            if (!series.getData().get(i).getXValue().equals(bars.get(i).getXValue())
                    || series.getData().get(i).getYValue().doubleValue() != bars.get(i).getYValue().doubleValue()) {
                return false;
            }
        }
        return true;
    }

    /** Changes bar heights in place, so the chart does not rebuild (and flicker) after every typed score. */
    private static void update(XYChart.Series<String, Number> series,
                               java.util.List<XYChart.Data<String, Number>> bars) {
        if (series.getData().size() != bars.size()) {
            series.getData().setAll(bars);
            return;
        }
        for (int i = 0; i < bars.size(); i++) {
            series.getData().get(i).setYValue(bars.get(i).getYValue());
        }
    }

    private static XYChart.Data<String, Number> bar(String category, BigDecimal value, FieldSummary field) {
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, Points.rounded(value).doubleValue());
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(field.code() + ". " + field.title()));
            }
        });
        return data;
    }

    private TableView<DepartmentSummary> departmentTable() {
        TableView<DepartmentSummary> table = new TableView<>(model.totals().departmentSummaries());
        table.setId("summary-departments");
        ColumnPolicy.fillOrScroll(table);
        TableColumn<DepartmentSummary, String> name = column("scoring.summary.department.name",
                DepartmentSummary::name, 240);
        name.setMinWidth(200);
        table.getColumns().add(name);
        table.getColumns().add(number("scoring.summary.department.responsible", DepartmentSummary::responsible));
        table.getColumns().add(number("scoring.summary.department.self", DepartmentSummary::selfAchieved));
        // Before the appraisal has begun its columns show "—", not departments that achieved 0 points.
        table.getColumns().add(appraised(number("scoring.summary.department.achieved", DepartmentSummary::achieved)));
        table.getColumns().add(appraised(number("scoring.summary.department.deducted", DepartmentSummary::deducted)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(DepartmentSummary item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && item.total()) {
                    getStyleClass().add("total-row");
                }
            }
        });
        return table;
    }

    private TableColumn<DepartmentSummary, String> appraised(TableColumn<DepartmentSummary, String> column) {
        var figures = column.getCellValueFactory();
        column.setCellValueFactory(features -> model.totals().appraisedTotalsProperty().get().scoredLeaves() == 0
                ? new ReadOnlyStringWrapper("—") : figures.call(features));
        return column;
    }

    private static TableColumn<DepartmentSummary, String> column(String key, Function<DepartmentSummary, String> value,
                                                                 double width) {
        return vn.cchc.workbook.ui.common.TextColumns.text(key, value, width);
    }

    private static TableColumn<DepartmentSummary, String> number(String key,
                                                                Function<DepartmentSummary, BigDecimal> value) {
        TableColumn<DepartmentSummary, String> column = column(key,
                d -> value.apply(d) == null ? "—" : Points.format(value.apply(d)), 118);
        column.getStyleClass().add("col-number");
        return column;
    }
}

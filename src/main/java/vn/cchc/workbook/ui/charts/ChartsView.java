package vn.cchc.workbook.ui.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.figures.FigureStyle;
import vn.cchc.workbook.ui.figures.LocalBusy;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.IndexAxis;
import vn.cchc.workbook.ui.common.Tasks;

/**
 * Biểu đồ: per lĩnh vực (maximum, self, appraised, target), per department (responsible, achieved, deducted) and
 * the index over the linked periods, each with "Lưu ảnh PNG…".
 */
public final class ChartsView {

    private final ChartsViewModel model;
    private final DialogService dialogs;
    private final Supplier<Path> folder;
    private final LocalBusy busy = new LocalBusy("charts-busy");
    private final VBox root = new VBox(8);
    private final TabPane tabs = new TabPane();
    private static final javafx.css.PseudoClass SELF_SCORES = javafx.css.PseudoClass.getPseudoClass("self-scores");

    private final BarChart<String, Number> fieldChart = barChart("chart-fields", "analysis.chart.fields.title");
    private final BarChart<String, Number> departmentChart = barChart("chart-departments",
            "analysis.chart.departments.title");
    private final LineChart<String, Number> trendChart;

    /** @param folder where the save dialog starts (the last folder used), or null */
    public ChartsView(ChartsViewModel model, DialogService dialogs, Supplier<Path> folder) {
        this.model = model;
        this.dialogs = dialogs;
        this.folder = folder;
        FigureStyle.addTo(root);
        root.setId("charts-view");
        CategoryAxis x = new CategoryAxis();
        trendChart = new LineChart<>(x, IndexAxis.create("analysis.chart.indexAxis"));
        trendChart.setId("chart-trend");
        trendChart.setTitle(Messages.get("analysis.chart.trend.title"));
        trendChart.setAnimated(false);
        trendChart.setLegendVisible(false);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("analysis.chart.fields", fieldChart, "chart-save-fields"),
                tab("analysis.chart.departments", departmentChart, "chart-save-departments"),
                tab("analysis.chart.trend", trendChart, "chart-save-trend"));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(tabs, busy.node());

        model.fields().addListener((ListChangeListener<ChartsViewModel.FieldBars>) c -> fillFields());
        model.departments().addListener((ListChangeListener<ChartsViewModel.DepartmentBars>) c -> fillDepartments());
        model.trend().addListener((ListChangeListener<ChartsViewModel.TrendPoint>) c -> fillTrend());
        fillFields();
        fillDepartments();
        fillTrend();
        reloadTrend();
    }

    public Parent getRoot() {
        return root;
    }

    /** Follows the earlier periods' own links in the store, off the JavaFX thread. */
    public void reloadTrend() {
        Tasks.create(model::collectTrend).onSuccess(model::showTrend).onError(dialogs::showError).start();
    }

    /** Shows the tab of chart {@code index} (0 lĩnh vực, 1 departments, 2 trend). */
    public void select(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** Saves the chart as drawn now to {@code file}; the work after the snapshot runs off the JavaFX thread. */
    public void savePng(XYChart<?, ?> chart, Path file, Runnable done) {
        var image = ChartExport.snapshot(chart);
        Tasks.create(() -> ChartExport.writePng(image, file))
                .busy(busy, Messages.get("analysis.chart.saving", file.getFileName()))
                .onSuccess(v -> done.run()).onError(dialogs::showError).start();
    }

    public BarChart<String, Number> fieldChart() {
        return fieldChart;
    }

    public BarChart<String, Number> departmentChart() {
        return departmentChart;
    }

    public LineChart<String, Number> trendChart() {
        return trendChart;
    }

    private Tab tab(String key, XYChart<String, Number> chart, String buttonId) {
        Button save = new Button(Messages.get("analysis.chart.save"));
        save.setId(buttonId);
        save.setOnAction(e -> dialogs.chooseFileToSave(Messages.get("analysis.chart.saveTitle"),
                DialogService.FileKind.PNG, folder.get(), fileName(chart)).ifPresent(file ->
                savePng(chart, file, () -> { })));
        HBox bar = new HBox(8, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, bar, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Tab tab = new Tab(Messages.get(key), box);
        return tab;
    }

    private static String fileName(XYChart<?, ?> chart) {
        return (chart.getTitle() == null ? "bieu-do" : chart.getTitle()).replaceAll("[\\\\/:*?\"<>|]", "-") + ".png";
    }

    private static BarChart<String, Number> barChart(String id, String titleKey) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.get("analysis.chart.pointsAxis"));
        y.setForceZeroInRange(true);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(Messages.get(titleKey));
        chart.setAnimated(false);
        chart.setCategoryGap(16);
        chart.setBarGap(2);
        return chart;
    }

    private void fillFields() {
        XYChart.Series<String, Number> max = series("analysis.chart.maximum");
        XYChart.Series<String, Number> self = series("analysis.chart.self");
        XYChart.Series<String, Number> appraised = series("analysis.chart.appraised");
        XYChart.Series<String, Number> target = series("analysis.chart.target");
        for (ChartsViewModel.FieldBars f : model.fields()) {
            String category = f.code();
            add(max, category, f.maximum(), f.code() + ". " + f.title());
            add(self, category, f.self(), f.code() + ". " + f.title());
            add(appraised, category, f.appraised(), f.code() + ". " + f.title());
            add(target, category, f.target(), f.code() + ". " + f.title());
        }
        fieldChart.getData().setAll(List.of(max, self, appraised, target));
    }

    private void fillDepartments() {
        XYChart.Series<String, Number> responsible = series("analysis.chart.responsible");
        boolean self = model.departmentTrack() == Track.SELF;
        // The unit's own scores in the colour the lĩnh vực chart gives them (app.css).
        departmentChart.pseudoClassStateChanged(SELF_SCORES, self);
        XYChart.Series<String, Number> achieved = series(self ? "analysis.chart.achievedSelf" : "analysis.chart.achieved");
        XYChart.Series<String, Number> deducted = series(self ? "analysis.chart.deductedSelf"
                : "analysis.chart.deducted");
        for (ChartsViewModel.DepartmentBars d : model.departments()) {
            String category = shortName(d.name());
            add(responsible, category, d.responsible(), d.name());
            add(achieved, category, d.achieved(), d.name());
            add(deducted, category, d.deducted(), d.name());
        }
        departmentChart.getData().setAll(List.of(responsible, achieved, deducted));
    }

    private void fillTrend() {
        XYChart.Series<String, Number> index = series("analysis.chart.index");
        for (ChartsViewModel.TrendPoint p : model.trend()) {
            // The period with its index under it: a period alone was a dot without a figure.
            String category = Double.isNaN(p.index()) ? p.label() : p.label() + "\n"
                    + vn.cchc.workbook.domain.text.Points.format(java.math.BigDecimal.valueOf(p.index()));
            add(index, category, p.index(), p.label());
        }
        trendChart.getData().setAll(List.of(index));
    }

    /** Department names are long ("Công chức Văn phòng - Thống kê"); the axis gets a short form, the tooltip all. */
    static String shortName(String name) {
        String shortened = vn.cchc.workbook.domain.assessment.Department.compact(name);
        return shortened.length() <= 24 ? shortened : shortened.substring(0, 23) + "…";
    }

    private static XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(Messages.get(key));
        return series;
    }

    private static void add(XYChart.Series<String, Number> series, String category, double value, String tip) {
        if (Double.isNaN(value)) {
            // An empty bar keeps the category in every series, so the groups stay aligned.
            value = 0;
        }
        XYChart.Data<String, Number> data = new XYChart.Data<>(category, value);
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip + ": " + vn.cchc.workbook.domain.text.Points.format(
                        java.math.BigDecimal.valueOf(data.getYValue().doubleValue()))));
            }
        });
        series.getData().add(data);
    }
}

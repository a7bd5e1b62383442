package vn.cchc.workbook.ui.ranking;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.workbook.domain.ranking.FieldColumn;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.ui.figures.FigureStyle;
import vn.cchc.workbook.ui.figures.FigureTables;
import vn.cchc.workbook.ui.figures.LocalBusy;
import vn.cchc.workbook.ui.charts.ChartExport;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.IndexAxis;
import vn.cchc.workbook.ui.common.Tasks;

/**
 * Xếp hạng nhiều sổ: choose .cchc files or a folder, rank them off the JavaFX thread, see the table, the files that
 * could not be ranked, the band thresholds, a bar chart of the indices, and write the sheet ("Xuất Excel…").
 */
public final class RankingView {

    /** The widest bar of the chart, in pixels. */
    private static final double WIDEST_BAR = 56;

    private final RankingViewModel model;
    private final DialogService dialogs;
    private final Supplier<Path> lastFolder;
    private final Consumer<Path> rememberFolder;
    private final Consumer<Path> openWithSystem;
    private final LocalBusy busy = new LocalBusy("ranking-busy");
    private final VBox root = new VBox(8);
    private final TableView<RankingRow> table = FigureTables.table("ranking-table",
            TableView.UNCONSTRAINED_RESIZE_POLICY);
    private final BarChart<String, Number> chart;
    private final Button rankButton = new Button(Messages.get("analysis.ranking.rank"));
    private final javafx.beans.property.BooleanProperty ranking = new javafx.beans.property.SimpleBooleanProperty();

    /**
     * @param lastFolder     where file choosers start, or null
     * @param rememberFolder told the folder of each chosen file
     * @param openWithSystem opens a file or folder with the system's programs
     */
    public RankingView(RankingViewModel model, DialogService dialogs, Supplier<Path> lastFolder,
                       Consumer<Path> rememberFolder, Consumer<Path> openWithSystem) {
        this.model = model;
        this.dialogs = dialogs;
        this.lastFolder = lastFolder;
        this.rememberFolder = rememberFolder;
        this.openWithSystem = openWithSystem;
        FigureStyle.addTo(root);
        root.setId("ranking-view");

        Button addFiles = new Button(Messages.get("analysis.ranking.addFiles"));
        addFiles.setId("ranking-add-files");
        addFiles.setOnAction(e -> addSources(dialogs.chooseFilesToOpen(Messages.get("analysis.ranking.filesTitle"),
                DialogService.FileKind.WORKBOOK)));
        Button addFolder = new Button(Messages.get("analysis.ranking.addFolder"));
        addFolder.setId("ranking-add-folder");
        addFolder.setOnAction(e -> dialogs.chooseFolder(Messages.get("analysis.ranking.folderTitle"),
                lastFolder.get()).ifPresent(folder -> addSources(List.of(folder))));
        Button clear = new Button(Messages.get("analysis.ranking.clear"));
        clear.setId("ranking-clear");
        clear.setOnAction(e -> model.clearSources());
        rankButton.setId("ranking-run");
        rankButton.getStyleClass().add("accent");
        rankButton.setDefaultButton(true);
        rankButton.setOnAction(e -> rank());
        rankButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.sources()).or(ranking));
        Label sources = new Label();
        sources.setId("ranking-sources");
        sources.setMaxWidth(420);
        model.sources().addListener((ListChangeListener<Path>) c -> sources.setText(sourcesText()));
        sources.setText(sourcesText());

        TextField bands = new TextField();
        bands.setId("ranking-bands");
        bands.setPrefColumnCount(10);
        bands.textProperty().bindBidirectional(model.bandsInputProperty());
        bands.setOnAction(e -> model.applyBands());
        bands.setTooltip(new Tooltip(Messages.get("analysis.ranking.bandsTip")));
        Button applyBands = new Button(Messages.get("analysis.ranking.applyBands"));
        applyBands.setId("ranking-apply-bands");
        applyBands.setOnAction(e -> model.applyBands());
        Label bandsError = new Label();
        bandsError.setId("ranking-bands-error");
        bandsError.getStyleClass().add("field-error");
        bandsError.textProperty().bind(model.bandsErrorProperty());
        Button export = new Button(Messages.get("analysis.ranking.export"));
        export.setId("ranking-export");
        export.disableProperty().bind(model.exportableProperty().not());
        export.setOnAction(e -> export());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = row(addFiles, addFolder, clear, sources, spacer, rankButton);
        javafx.scene.control.ComboBox<ResultBasis> basis = new javafx.scene.control.ComboBox<>();
        basis.setId("ranking-basis");
        basis.getItems().setAll(ResultBasis.values());
        basis.valueProperty().bindBidirectional(model.basisProperty());
        basis.setConverter(vn.cchc.workbook.ui.common.FormFields.converter(ResultBasis::label));
        model.basisProperty().addListener((obs, was, now) -> rank());
        Label basisLabel = new Label(Messages.get("comparison.ranking.basisLabel"));
        basisLabel.setLabelFor(basis);
        HBox second = row(new Label(Messages.get("analysis.ranking.bands")), bands, applyBands, bandsError,
                basisLabel, basis, spacer(), busy.node(), export);

        Label summary = new Label();
        summary.setId("ranking-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label basisText = new Label();
        basisText.setId("ranking-basis-text");
        basisText.setWrapText(true);
        basisText.textProperty().bind(model.basisTextProperty());
        basisText.visibleProperty().bind(model.basisTextProperty().isNotEmpty());
        basisText.managedProperty().bind(basisText.visibleProperty());
        Label warning = new Label();
        warning.setId("ranking-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("field-error");
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        // A wrapping label in a VBox is given one line unless its height follows its text.
        for (Label line : List.of(summary, basisText, warning)) {
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        table.setItems(model.rows());
        // Fixed widths, the columns rebuilt with the lĩnh vực (a constrained policy gave the leftover width to "STT"
        // on a rebuild). Narrow figure columns under two-line headers and a wrapping unit and note keep eight lĩnh
        // vực and the note inside the window's 1280 px: at 1366×768 the note ("Còn 83 tiêu chí chưa thẩm định",
        // "Kết quả tính", "Đồng hạng") had been past the right edge, behind a sideways scroll.
        model.fields().addListener((ListChangeListener<FieldColumn>) c -> buildColumns());
        buildColumns();
        FigureTables.styleRows(table, r -> r.tied() ? "row-tied" : null);

        // Both columns wrap and share the width: the file names of one commune's copies ("Dong Ha - ca nam 2026 - …")
        // were cut to the same "Dong Ha - ca na…", so which file was left out could not be read.
        TableView<RejectedRow> bad = FigureTables.table("ranking-rejected",
                TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        bad.getColumns().add(FigureTables.wrapped("analysis.col.file", 200, RejectedRow::file));
        bad.getColumns().add(FigureTables.wrapped("analysis.col.problem", 320, RejectedRow::problem));
        bad.setItems(model.rejected());
        bad.setPlaceholder(new Label(Messages.get("analysis.ranking.noRejected")));
        Label badTitle = FigureTables.heading("analysis.ranking.rejected");
        badTitle.getStyleClass().add("bad-files-title");
        VBox badBox = new VBox(4, badTitle, bad);
        VBox.setVgrow(bad, Priority.ALWAYS);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = IndexAxis.create("analysis.chart.indexAxis");
        chart = new BarChart<>(x, y);
        chart.setId("ranking-chart");
        chart.setTitle(Messages.get("analysis.ranking.chartTitle"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        x.widthProperty().addListener((obs, old, width) -> fitBars());
        model.rows().addListener((ListChangeListener<RankingRow>) c -> fillChart());
        Button saveChart = new Button(Messages.get("analysis.chart.save"));
        saveChart.setId("ranking-save-chart");
        saveChart.disableProperty().bind(model.exportableProperty().not());
        saveChart.setOnAction(e -> saveChart());
        HBox chartBar = row(FigureTables.heading("analysis.ranking.chart"), spacer(), saveChart);
        VBox chartBox = new VBox(4, chartBar, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);

        SplitPane lower = new SplitPane(chartBox, badBox);
        lower.setDividerPositions(0.6);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(top, second, summary, basisText, warning, sheetOptions(), split);
    }

    public Parent getRoot() {
        return root;
    }

    public BarChart<String, Number> chart() {
        return chart;
    }

    /** Adds files or folders and ranks them all. */
    public void addSources(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        rememberFolder.accept(paths.get(0).toAbsolutePath().getParent());
        model.addSources(paths);
        rank();
    }

    private void rank() {
        if (model.sources().isEmpty()) {
            return;
        }
        ranking.set(true);
        Tasks.create(model::rank).busy(busy, Messages.get("analysis.ranking.ranking", model.sources().size()))
                .onSuccess(model::show).onError(dialogs::showError)
                .andFinally(() -> ranking.set(false)).start();
    }

    /**
     * The sheet's header, date, "Kèm theo", signer and recipients, as in the export dialog of the other reports;
     * collapsed until wanted (the sheet is dated today and unsigned by default).
     */
    private javafx.scene.control.TitledPane sheetOptions() {
        RankingSheetForm form = model.sheet();
        TextField authority = field(form.authorityProperty(), "comparison.rankingSheet.ui.authority.prompt", "ranking-sheet-authority");
        TextField issuer = field(form.issuingUnitProperty(), "comparison.rankingSheet.ui.issuer.prompt", "ranking-sheet-issuer");
        TextField place = field(form.placeProperty(), "", "ranking-sheet-place");
        TextField date = vn.cchc.workbook.ui.common.FormFields.dateField(form.dateProperty(), "ranking-sheet-date");
        TextField refKind = field(form.referenceKindProperty(), "", "ranking-sheet-ref-kind");
        TextField refNumber = field(form.referenceNumberProperty(), "ui.export.reference.number.prompt",
                "ranking-sheet-ref-number");
        TextField refDate = vn.cchc.workbook.ui.common.FormFields.dateField(form.referenceDateProperty(),
                "ranking-sheet-ref-date");
        TextField refIssuer = field(form.referenceIssuerProperty(), "", "ranking-sheet-ref-issuer");
        TextField signerLine = field(form.signerLineProperty(), "comparison.rankingSheet.ui.signer.line.prompt",
                "ranking-sheet-signer-line");
        TextField signerTitle = field(form.signerTitleProperty(), "comparison.rankingSheet.ui.signer.title.prompt",
                "ranking-sheet-signer-title");
        TextField signerName = field(form.signerNameProperty(), "ui.export.signer.name.prompt",
                "ranking-sheet-signer-name");
        javafx.scene.control.TextArea recipients = new javafx.scene.control.TextArea();
        recipients.setId("ranking-sheet-recipients");
        recipients.textProperty().bindBidirectional(form.recipientsProperty());
        recipients.setPrefRowCount(2);
        recipients.setPromptText(Messages.get("ui.export.recipients.prompt"));
        Label message = new Label();
        message.setId("ranking-sheet-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(form.messageProperty());

        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("comparison.rankingSheet.ui.authority", authority), authority,
                label("comparison.rankingSheet.ui.issuer", issuer), issuer);
        grid.addRow(row++, label("ui.export.place", place), place, label("comparison.rankingSheet.ui.date", date),
                date);
        refKind.setPrefColumnCount(6);
        HBox reference = row(refKind, refNumber);
        HBox.setHgrow(refNumber, Priority.ALWAYS);
        grid.addRow(row++, label("ui.export.reference", refKind), reference,
                label("comparison.rankingSheet.ui.refDate", refDate), row(refDate, new Label(Messages.get("ui.export.reference.issuer")), refIssuer));
        grid.addRow(row++, label("ui.export.signer", signerLine), row(signerLine, signerTitle), new Label(),
                signerName);
        grid.addRow(row++, label("ui.export.recipients", recipients), recipients);
        javafx.scene.layout.GridPane.setColumnSpan(recipients, 3);
        grid.add(message, 1, row, 3, 1);
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
                Messages.get("comparison.rankingSheet.ui.options"), grid);
        pane.setId("ranking-sheet-options");
        pane.setExpanded(false);
        vn.cchc.workbook.ui.common.TitledPanes.focusContentOnExpand(pane);
        return pane;
    }

    private static TextField field(javafx.beans.property.StringProperty property, String promptKey, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        if (!promptKey.isEmpty()) {
            field.setPromptText(Messages.get(promptKey));
        }
        return field;
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(target);
        return label;
    }

    private void export() {
        vn.cchc.workbook.reports.RankingSheetOptions options = model.sheetOptions();
        if (options == null) {
            // What is wrong is shown under the fields; open them so it is seen.
            root.lookupAll("#ranking-sheet-options").forEach(n -> ((javafx.scene.control.TitledPane) n)
                    .setExpanded(true));
            return;
        }
        dialogs.chooseFileToSave(Messages.get("analysis.ranking.exportTitle"), DialogService.FileKind.EXCEL,
                lastFolder.get(), model.suggestedFileName()).ifPresent(file ->
                Tasks.create(() -> model.export(options, file))
                        .busy(busy, Messages.get("analysis.ranking.exporting", file.getFileName()))
                        .onSuccess(v -> {
                            rememberFolder.accept(file.toAbsolutePath().getParent());
                            dialogs.offerToOpen(file, openWithSystem);
                        }).onError(dialogs::showError).start());
    }

    private void saveChart() {
        dialogs.chooseFileToSave(Messages.get("analysis.chart.saveTitle"), DialogService.FileKind.PNG,
                lastFolder.get(), Messages.get("analysis.ranking.chartTitle") + ".png").ifPresent(file -> {
                    var image = ChartExport.snapshot(chart);
                    Tasks.create(() -> ChartExport.writePng(image, file))
                            .busy(busy, Messages.get("analysis.chart.saving", file.getFileName()))
                            .onError(dialogs::showError).start();
                });
    }

    private void buildColumns() {
        table.getColumns().clear();
        table.getColumns().add(FigureTables.number("analysis.col.position", 46, r -> String.valueOf(r.position())));
        TableColumn<RankingRow, String> unit = FigureTables.wrapped("analysis.col.unit", 130, RankingRow::unit);
        table.getColumns().add(unit);
        List<FieldColumn> fields = model.fields();
        for (int i = 0; i < fields.size(); i++) {
            int column = i;
            FieldColumn field = fields.get(i);
            TableColumn<RankingRow, String> c = FigureTables.number("analysis.col.field", 72,
                    r -> column < r.fieldPoints().size() ? r.fieldPoints().get(column) : "");
            c.setText(Messages.get("analysis.ranking.fieldColumn", field.code(), Points.formatShort(field.maximum())));
            Label header = new Label(c.getText());
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.setTooltip(new Tooltip(field.code() + ". " + field.title()));
            c.setGraphic(header);
            c.setText("");
            table.getColumns().add(c);
        }
        table.getColumns().add(FigureTables.number("analysis.col.total", 64, RankingRow::total));
        table.getColumns().add(FigureTables.number("analysis.col.index", 64, RankingRow::index));
        table.getColumns().add(FigureTables.number("analysis.col.rank", 56, RankingRow::rank));
        table.getColumns().add(FigureTables.wrapped("analysis.col.band", 84, RankingRow::band));
        table.getColumns().add(FigureTables.wrapped("analysis.col.note", 150, RankingRow::note));
    }

    private void fillChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(Messages.get("analysis.chart.index"));
        java.util.Map<String, Long> named = model.rows().stream().collect(
                java.util.stream.Collectors.groupingBy(RankingRow::unit, java.util.stream.Collectors.counting()));
        for (RankingRow r : model.rows()) {
            if (!Double.isNaN(r.indexValue())) {
                // A unit ranked twice (two periods of one commune) is one category to the axis: its bars fell on
                // one place. Each gets its row number.
                String category = named.get(r.unit()) > 1 ? r.unit() + " (" + r.position() + ")" : r.unit();
                XYChart.Data<String, Number> data = new XYChart.Data<>(category, r.indexValue());
                data.nodeProperty().addListener((obs, old, node) -> {
                    if (node != null) {
                        Tooltip.install(node, new Tooltip(r.unit() + ": " + r.index() + " — " + r.band()));
                    }
                });
                series.getData().add(data);
            }
        }
        chart.getData().setAll(List.of(series));
        fitBars();
    }

    /** A bar is at most {@link #WIDEST_BAR} wide: one or two units had bars across the whole chart. */
    private void fitBars() {
        int units = chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
        double width = chart.getXAxis().getWidth();
        if (units > 0 && width > 0) {
            chart.setCategoryGap(Math.max(4, width / units - WIDEST_BAR));
        }
    }

    private String sourcesText() {
        if (model.sources().isEmpty()) {
            return Messages.get("analysis.ranking.noSources");
        }
        Path first = model.sources().get(0);
        return model.sources().size() == 1 ? String.valueOf(first)
                : Messages.get("analysis.ranking.sources", first.getFileName(), model.sources().size() - 1);
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private static HBox row(javafx.scene.Node... children) {
        HBox row = new HBox(8, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}

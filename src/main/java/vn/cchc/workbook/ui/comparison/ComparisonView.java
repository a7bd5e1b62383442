package vn.cchc.workbook.ui.comparison;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.cchc.workbook.app.PeriodLinks;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.comparison.MergedUnits;
import vn.cchc.workbook.domain.scoring.ResultBasis;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.ui.figures.FigureStyle;
import vn.cchc.workbook.ui.figures.FigureTables;
import vn.cchc.workbook.ui.figures.LocalBusy;
import vn.cchc.workbook.ui.common.DialogService;
import vn.cchc.workbook.ui.common.Tasks;

/**
 * So sánh với kỳ trước: the link bar (an earlier period from the store or a .cchc file, its rank as typed), this
 * period's own rank, the totals of both periods, and the change per node, department and the repeated deductions.
 */
public final class ComparisonView {

    private final ComparisonViewModel model;
    private final DialogService dialogs;
    private final LocalBusy busy = new LocalBusy("compare-busy");
    /** The tables' least height: a header and about five rows in each of the right-hand pair. */
    static final double SPLIT_MIN_HEIGHT = 360;

    private final VBox root = new VBox(10);
    private final javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(root);
    private final ComboBox<PeriodLinks.EarlierChoice> choices = new ComboBox<>();

    public ComparisonView(ComparisonViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        FigureStyle.addTo(root);
        root.setId("comparison-view");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("edge-to-edge");

        choices.setId("compare-choices");
        choices.setItems(model.choices());
        choices.setPromptText(Messages.get("analysis.compare.choose"));
        choices.setPrefWidth(300);
        // An empty list said nothing: the popup opened as a blank strip.
        Label noneInStore = new Label(Messages.get("analysis.compare.noneInStore", model.unitName(),
                Messages.get("analysis.compare.linkFile"), Messages.get("criteriasets.ui.merge.files")));
        noneInStore.setId("compare-none-in-store");
        noneInStore.setWrapText(true);
        noneInStore.setMaxWidth(420);
        noneInStore.setPadding(new javafx.geometry.Insets(6, 8, 6, 8));
        choices.setPlaceholder(noneInStore);
        TextField earlierRank = new TextField();
        earlierRank.setId("compare-earlier-rank");
        earlierRank.setPromptText(Messages.get("analysis.compare.rankPrompt"));
        earlierRank.setPrefColumnCount(14);
        earlierRank.textProperty().bindBidirectional(model.earlierRankInputProperty());
        earlierRank.setOnAction(e -> attempt(model::commitEarlierRank));
        earlierRank.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                attempt(model::commitEarlierRank);
            }
        });
        Button linkStore = new Button(Messages.get("analysis.compare.linkStore"));
        linkStore.setId("compare-link-store");
        linkStore.disableProperty().bind(choices.valueProperty().isNull());
        linkStore.setOnAction(e -> linkFromStore());
        Button linkFile = new Button(Messages.get("analysis.compare.linkFile"));
        linkFile.setId("compare-link-file");
        linkFile.setOnAction(e -> linkFromFile());
        // A merged commune's earlier period: the results of its former units, combined as the user picks.
        ComboBox<MergedUnits.Method> mergeMethod = new ComboBox<>();
        mergeMethod.setId("compare-merge-method");
        mergeMethod.getItems().setAll(MergedUnits.Method.AVERAGE, MergedUnits.Method.SUM, MergedUnits.Method.CHOSEN);
        mergeMethod.setValue(MergedUnits.Method.AVERAGE);
        mergeMethod.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MergedUnits.Method method) {
                return method == null ? "" : Messages.get("criteriasets.ui.merge." + method.id());
            }

            @Override
            public MergedUnits.Method fromString(String text) {
                return null;
            }
        });
        Button linkMerged = new Button(Messages.get("criteriasets.ui.merge.files"));
        linkMerged.setId("compare-link-merged");
        linkMerged.setOnAction(e -> linkMergedFiles(mergeMethod.getValue()));
        Button unlink = new Button(Messages.get("analysis.compare.unlink"));
        unlink.setId("compare-unlink");
        unlink.disableProperty().bind(model.linkedProperty().not());
        unlink.setOnAction(e -> attempt(model::unlink));
        HBox linkBar = row(new Label(Messages.get("analysis.compare.earlier")), choices, linkStore, linkFile,
                new Label(Messages.get("analysis.compare.earlierRank")), earlierRank, unlink);
        HBox mergeBar = row(new Label(Messages.get("criteriasets.ui.merge.label")), mergeMethod, linkMerged);

        TextField ownRank = new TextField();
        ownRank.setId("compare-own-rank");
        ownRank.setPromptText(Messages.get("analysis.compare.rankPrompt"));
        ownRank.setPrefColumnCount(14);
        ownRank.textProperty().bindBidirectional(model.ownRankInputProperty());
        ownRank.setOnAction(e -> attempt(model::commitOwnRank));
        ownRank.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                attempt(model::commitOwnRank);
            }
        });
        ComboBox<ResultBasis> basis = new ComboBox<>();
        basis.setId("compare-basis");
        basis.getItems().setAll(ResultBasis.values());
        basis.valueProperty().bindBidirectional(model.basisProperty());
        basis.setConverter(vn.cchc.workbook.ui.common.FormFields.converter(ResultBasis::label));
        Label basisLabel = new Label(Messages.get("comparison.view.basis"));
        basisLabel.setLabelFor(basis);
        Button export = new Button(Messages.get("comparison.view.export"));
        export.setId("compare-export");
        export.disableProperty().bind(model.linkedProperty().not());
        export.setOnAction(e -> exportSheet());
        HBox ownBar = row(new Label(Messages.get("analysis.compare.ownRank")), ownRank, basisLabel, basis,
                busy.node(), export);

        FlowPane tiles = new FlowPane(10, 10,
                FigureTables.tile("analysis.compare.earlierTile", model.earlierTextProperty(), "compare-earlier"),
                FigureTables.tile("analysis.compare.laterTile", model.laterTextProperty(), "compare-later"),
                FigureTables.tile("analysis.compare.totalChange", model.totalChangeTextProperty(),
                        "compare-total-change"),
                FigureTables.tile("analysis.compare.indexChange", model.indexChangeTextProperty(),
                        "compare-index-change"),
                FigureTables.tile("analysis.compare.criteria", model.criteriaTextProperty(), "compare-criteria"),
                FigureTables.tile("comparison.view.basisTile", model.basisTextProperty(), "compare-basis-text"));

        TableView<ChangeRow> nodes = changeTable("compare-nodes", "analysis.col.content", 240);
        nodes.setItems(model.nodes());
        TableView<ChangeRow> departments = changeTable("compare-departments", "analysis.col.department", 180);
        departments.setItems(model.departments());
        TableView<RepeatedRow> repeated = table("compare-repeated");
        repeated.getColumns().add(FigureTables.text("analysis.col.code", 60, RepeatedRow::code));
        repeated.getColumns().add(FigureTables.wrapped("analysis.col.content", 170, RepeatedRow::title));
        repeated.getColumns().add(FigureTables.number("comparison.view.col.lostBefore", 80,
                RepeatedRow::earlierDeduction));
        repeated.getColumns().add(FigureTables.number("comparison.view.col.lostNow", 80, RepeatedRow::laterDeduction));
        repeated.getColumns().add(FigureTables.wrapped("analysis.col.opinion", 200,
                r -> r.laterOpinion().isBlank() ? r.earlierOpinion() : r.laterOpinion()));
        repeated.setItems(model.repeatedDeductions());
        repeated.setPlaceholder(new Label(Messages.get("analysis.compare.noRepeated")));

        VBox left = box("analysis.compare.byNode", nodes);
        SplitPane right = new SplitPane(box("analysis.compare.byDepartment", departments),
                box("analysis.compare.repeated", repeated));
        right.setOrientation(Orientation.VERTICAL);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        // The tables keep room for a few rows; on a low screen with the field ranks open the view scrolls instead
        // (at 1280×720 the tables shrank to their headers).
        split.setMinHeight(SPLIT_MIN_HEIGHT);
        root.getChildren().addAll(linkBar, mergeBar, ownBar, fieldRankPane(), tiles, split);
        refreshChoices();
    }

    public Parent getRoot() {
        return scroller;
    }

    /** Reads the store's assessments of the same unit again (after a workbook was added). */
    public void refreshChoices() {
        Tasks.create(model::findChoices).busy(busy, Messages.get("analysis.compare.loading"))
                .onSuccess(model::showChoices).onError(dialogs::showError).start();
    }

    private void linkFromStore() {
        PeriodLinks.EarlierChoice choice = choices.getValue();
        if (choice == null) {
            return;
        }
        Tasks.create(() -> model.loadEarlier(choice.assessmentId()))
                .busy(busy, Messages.get("analysis.compare.loading"))
                .onSuccess(this::link).onError(dialogs::showError).start();
    }

    private void linkFromFile() {
        dialogs.chooseFileToOpen(Messages.get("analysis.compare.fileTitle"), DialogService.FileKind.WORKBOOK)
                .ifPresent(file -> Tasks.create(() -> model.readEarlier(file))
                        .busy(busy, Messages.get("analysis.compare.reading", file.getFileName()))
                        .onSuccess(this::link).onError(dialogs::showError).start());
    }

    private void exportSheet() {
        dialogs.chooseFileToSave(Messages.get("comparison.view.exportTitle"), DialogService.FileKind.EXCEL, null,
                model.suggestedExportName()).ifPresent(file -> Tasks.create(() -> model.exportComparison(file))
                .busy(busy, Messages.get("comparison.view.exporting", file.getFileName()))
                .onSuccess(v -> dialogs.showInfo(Messages.get("comparison.view.exportTitle"),
                        Messages.get("comparison.view.exported", file.toString())))
                .onError(dialogs::showError).start());
    }

    private void linkMergedFiles(MergedUnits.Method method) {
        List<Path> files = dialogs.chooseFilesToOpen(Messages.get("criteriasets.ui.merge.filesTitle"),
                DialogService.FileKind.WORKBOOK);
        if (files.isEmpty() || method == null) {
            return;
        }
        Tasks.create(() -> files.stream().map(model::readEarlier).toList())
                .busy(busy, Messages.get("analysis.compare.loading"))
                .onSuccess(formers -> attempt(() -> model.linkMerged(formers, method)))
                .onError(dialogs::showError).start();
    }

    private void link(Assessment earlier) {
        attempt(() -> model.link(earlier));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException refused) {
            dialogs.showError(refused);
        }
    }

    /**
     * The earlier period's rank per lĩnh vực, one text field each (Tab goes from one to the next); each is kept
     * when the field is left or Enter is pressed. Collapsed by default; hidden when nothing is linked.
     */
    private javafx.scene.control.TitledPane fieldRankPane() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int index = 0;
            for (ComparisonViewModel.FieldRank field : model.fieldRanks()) {
                Label label = new Label(field.label());
                label.setMaxWidth(420);
                // A long lĩnh vực name wraps under itself rather than being cut.
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                TextField input = new TextField();
                input.setId("compare-field-rank-" + field.code());
                input.setPromptText(Messages.get("comparison.view.fieldRankPrompt"));
                input.setPrefColumnCount(14);
                input.textProperty().bindBidirectional(field.input());
                input.setOnAction(e -> attempt(() -> model.commitFieldRank(field)));
                input.focusedProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        attempt(() -> model.commitFieldRank(field));
                    }
                });
                label.setLabelFor(input);
                // Two lĩnh vực a line, read left to right as Tab goes: half the height of one column.
                grid.add(label, (index % 2) * 2, index / 2);
                grid.add(input, (index % 2) * 2 + 1, index / 2);
                index++;
            }
        };
        model.fieldRanks().addListener((javafx.collections.ListChangeListener<ComparisonViewModel.FieldRank>) c -> fill.run());
        fill.run();
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(
                Messages.get("comparison.view.fieldRanks"), grid);
        pane.setId("compare-field-ranks");
        pane.setExpanded(false);
        vn.cchc.workbook.ui.common.TitledPanes.focusContentOnExpand(pane);
        pane.visibleProperty().bind(model.linkedProperty());
        pane.managedProperty().bind(model.linkedProperty());
        return pane;
    }

    private static TableView<ChangeRow> changeTable(String id, String labelKey, double width) {
        TableView<ChangeRow> table = table(id);
        table.getColumns().add(FigureTables.wrapped(labelKey, width, row -> "  ".repeat(row.depth()) + row.label()));
        table.getColumns().add(FigureTables.number("analysis.col.earlier", 84, ChangeRow::earlier));
        table.getColumns().add(FigureTables.number("analysis.col.now", 80, ChangeRow::now));
        table.getColumns().add(FigureTables.styled("analysis.col.change", 96, ChangeRow::change,
                row -> row.direction() > 0 ? "change-up" : row.direction() < 0 ? "change-down" : null));
        table.getColumns().add(FigureTables.wrapped("analysis.col.note", 100, ChangeRow::status));
        if (id.equals("compare-nodes")) {
            table.getColumns().add(FigureTables.wrapped("comparison.view.col.earlierRank", 90,
                    ChangeRow::earlierRank));
        }
        FigureTables.styleRows(table, row -> switch (row.kind()) {
            case NEW -> "row-new";
            case DROPPED -> "row-dropped";
            case MATCHED -> row.depth() == 0 ? "row-field" : null;
            case DEPARTMENT -> null;
        });
        return table;
    }

    /**
     * A table of the view: titles, notes and opinions wrap, and the columns share the width in proportion (the title
     * column, the widest, takes most of a wider window), so at the analysis window's size (1240 px at 1366×768)
     * every column shows without scrolling sideways and no title or note is cut to "Chưa …".
     */
    private static <R> TableView<R> table(String id) {
        return FigureTables.table(id, TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static VBox box(String headingKey, TableView<?> table) {
        VBox box = new VBox(4, FigureTables.heading(headingKey), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static HBox row(javafx.scene.Node... children) {
        HBox row = new HBox(8, children);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}

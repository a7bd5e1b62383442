package vn.cchc.workbook.ui.start;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.ui.common.ColumnHeaders;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.Icons;

/**
 * The start screen: three ways in, and the recent workbooks (double-click or Enter opens). A workbook that cannot be
 * scored is listed as damaged; selecting it offers to export its data as JSON or to delete it.
 */
public final class StartView {

    private static final PseudoClass DAMAGED = PseudoClass.getPseudoClass("damaged");

    private final VBox root;
    private final TableView<RecentWorkbook> table;
    private final VBox actions;

    /**
     * @param onExportDamaged saves a damaged workbook's data as JSON (for a colleague or support to repair)
     * @param onDeleteDamaged deletes a damaged workbook from this computer (after asking)
     */
    public StartView(StartViewModel model, Runnable onNew, Runnable onOpenFile, Runnable onSample,
                     Consumer<RecentWorkbook> onOpenRecent, Consumer<RecentWorkbook> onExportDamaged,
                     Consumer<RecentWorkbook> onDeleteDamaged) {
        Label title = new Label(Messages.get("ui.app.name"));
        title.getStyleClass().addAll("title-1", "start-title");
        Label subtitle = new Label(Messages.get("ui.start.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);

        Button create = action("startNew", "ui.start.new", Icons.of(MaterialDesignF.FILE_PLUS_OUTLINE), onNew);
        create.getStyleClass().add("accent");
        Button open = action("startOpen", "ui.start.open", Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE), onOpenFile);
        Button sample = action("startSample", "ui.start.sample", Icons.of(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
                onSample);
        actions = new VBox(10, create, open, sample);
        actions.setFillWidth(true);
        actions.setPrefWidth(280);
        // In a narrow window the list gives up room, not the buttons (at the window's 960-px minimum they showed
        // only their icons and "…").
        actions.setMinWidth(Region.USE_PREF_SIZE);
        actions.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));

        table = new TableView<>(model.recent());
        table.setId("recentTable");
        table.getColumns().add(column("ui.start.col.unit", RecentWorkbook::unit, 180));
        table.getColumns().add(column("ui.start.col.period", RecentWorkbook::period, 200));
        table.getColumns().add(column("ui.start.col.index", RecentWorkbook::index, 70));
        table.getColumns().add(roundColumn());
        TableColumn<RecentWorkbook, String> lastEdited = column("ui.start.col.lastEdited", RecentWorkbook::lastEdited, 150);
        lastEdited.setId("recentLastEdited");
        // The date and time whole: in a window of 1200 pixels the column shrank to its header, "06/12/2026 22:…".
        lastEdited.setMinWidth(ColumnHeaders.width(
                VietnameseDates.DATE_TIME.format(java.time.LocalDateTime.of(2026, 12, 28, 22, 58))));
        table.getColumns().add(lastEdited);
        table.getColumns().add(column("ui.start.col.file", RecentWorkbook::file, 160));
        table.getColumns().forEach(ColumnHeaders::fit);
        ColumnPolicy.fillOrScroll(table);
        Label empty = new Label(Messages.get("ui.start.empty"));
        empty.getStyleClass().add("text-muted");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        StackPane placeholder = new StackPane(empty, spinner);
        empty.visibleProperty().bind(model.loadingProperty().not());
        spinner.visibleProperty().bind(model.loadingProperty());
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> {
            TableRow<RecentWorkbook> row = new TableRow<>() {
                @Override
                protected void updateItem(RecentWorkbook item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean damaged = !empty && item != null && item.isDamaged();
                    pseudoClassStateChanged(DAMAGED, damaged);
                    setTooltip(damaged ? new Tooltip(Messages.get("limits.stored.tooltip", item.damage())) : null);
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    onOpenRecent.accept(row.getItem());
                }
            });
            return row;
        });
        // Coming in with Tab, the most recent workbook is chosen at once, so Enter opens it and the row shows.
        table.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        });
        table.setOnKeyPressed(event -> {
            RecentWorkbook selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                onOpenRecent.accept(selected);
                event.consume();
            }
        });
        Label recentTitle = new Label(Messages.get("ui.start.recent"));
        recentTitle.getStyleClass().add("title-4");
        VBox recentBox = new VBox(8, recentTitle, table, damagedBar(onExportDamaged, onDeleteDamaged));
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(recentBox, Priority.ALWAYS);

        HBox body = new HBox(32, actions, recentBox);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(6, title, subtitle, new Label(" "), body);
        root.getStyleClass().add("start-view");
        root.setPadding(new Insets(28, 32, 24, 32));
        root.setAlignment(Pos.TOP_LEFT);
    }

    public Node node() {
        return root;
    }

    /** Under the list, for the selected workbook when it is damaged: why, and the two ways out. */
    private Node damagedBar(Consumer<RecentWorkbook> onExport, Consumer<RecentWorkbook> onDelete) {
        Label reason = new Label();
        reason.setId("damagedReason");
        reason.setWrapText(true);
        reason.getStyleClass().add("danger");
        Button export = new Button(Messages.get("limits.stored.export"));
        export.setId("damagedExport");
        Button delete = new Button(Messages.get("limits.stored.delete"));
        delete.setId("damagedDelete");
        delete.getStyleClass().add("danger");
        // The reason wraps in whatever width is left; it must not widen the list or squeeze the buttons.
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMinWidth(0);
        reason.setPrefWidth(1);
        reason.setMaxWidth(Double.MAX_VALUE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        delete.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, reason, export, delete);
        bar.setId("damagedBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Runnable update = () -> {
            RecentWorkbook selected = table.getSelectionModel().getSelectedItem();
            boolean damaged = selected != null && selected.isDamaged();
            bar.setVisible(damaged);
            bar.setManaged(damaged);
            reason.setText(damaged ? Messages.get("limits.stored.damaged", selected.unit(), selected.damage()) : "");
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> update.run());
        update.run();
        export.setOnAction(e -> {
            RecentWorkbook selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                onExport.accept(selected);
            }
        });
        delete.setOnAction(e -> {
            RecentWorkbook selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                onDelete.accept(selected);
            }
        });
        return bar;
    }

    /** Adds a way in below the others (such as the criteria library); the caller decides when it is enabled. */
    public Button addAction(String id, String key, Node icon, Runnable handler) {
        Button button = action(id, key, icon, handler);
        button.setMaxWidth(Double.MAX_VALUE);
        actions.getChildren().add(button);
        return button;
    }

    public TableView<RecentWorkbook> table() {
        return table;
    }

    private static Button action(String id, String key, Node icon, Runnable handler) {
        Button button = new Button(Messages.get(key), icon);
        button.setId(id);
        button.getStyleClass().add("start-action");
        button.setAlignment(Pos.CENTER_LEFT);
        button.setOnAction(e -> handler.run());
        return button;
    }

    /** The stage in the rounds and the next step's deadline, in the danger colour once it has passed. */
    private static TableColumn<RecentWorkbook, RecentWorkbook> roundColumn() {
        TableColumn<RecentWorkbook, RecentWorkbook> column = new TableColumn<>(Messages.get("roundsui.start.col"));
        column.setId("recentRound");
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(view -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(RecentWorkbook item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("start-overdue");
                setText(empty || item == null ? null : item.round());
                setTooltip(empty || item == null || item.round().isEmpty() ? null : new Tooltip(item.round()));
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("start-overdue");
                }
            }
        });
        column.setPrefWidth(290);
        return column;
    }

    private static TableColumn<RecentWorkbook, String> column(String key, Function<RecentWorkbook, String> value,
                                                             double width) {
        // A text cut in a narrow window is whole in its tooltip.
        TableColumn<RecentWorkbook, String> column = vn.cchc.workbook.ui.common.TextColumns.text(key, value, width);
        column.setSortable(true);
        return column;
    }
}

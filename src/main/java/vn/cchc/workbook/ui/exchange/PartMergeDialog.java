package vn.cchc.workbook.ui.exchange;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.DepartmentParts.Resolution;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.WindowFocus;
import vn.cchc.workbook.ui.exchange.PartMergeViewModel.ConflictRow;

/**
 * "Nhận phần…": what a department's returned part changes, with the same view as a returned file, and each
 * conflict (a field both the part and the workbook changed since the part was sent) side by side with the side to
 * keep. "Nhập phần này" stays disabled while a conflict has no side or the part changed anything outside its
 * criteria; nothing is applied before it is pressed.
 */
public final class PartMergeDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType merge = new ButtonType(Messages.get("exchange.merge.apply"), ButtonBar.ButtonData.OK_DONE);
    private final PartMergeViewModel model;

    public PartMergeDialog(Window owner, String fileName, PartMergeViewModel model, Consumer<List<Change>> print) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Messages.get("exchange.merge.title"));
        dialog.setResizable(true);
        Label heading = new Label(Messages.get("exchange.merge.heading", model.departmentName(), fileName,
                model.applied().size(), model.conflicts().size()));
        heading.setId("mergeHeading");
        heading.setWrapText(true);
        VBox content = new VBox(8, heading);
        if (!model.outside().isEmpty()) {
            Label refused = new Label(Messages.get("exchange.merge.outside", model.outside().size(),
                    model.departmentName()));
            refused.setId("mergeOutside");
            refused.setWrapText(true);
            refused.getStyleClass().add("danger");
            ChangesView outside = new ChangesView(new ChangesViewModel(model.outside()), null);
            outside.setPrefHeight(180);
            content.getChildren().addAll(refused, outside);
        }
        ChangesView changes = new ChangesView(new ChangesViewModel(model.applied()), print);
        VBox.setVgrow(changes, Priority.ALWAYS);
        content.getChildren().add(changes);
        if (!model.conflicts().isEmpty()) {
            content.getChildren().addAll(new Label(Messages.get("exchange.merge.conflicts", model.conflicts().size())),
                    conflictTable(), conflictButtons());
        }
        content.setPrefSize(1120, model.conflicts().isEmpty() ? 500 : 560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(merge,
                new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(merge).disableProperty().bind(model.canMergeProperty().not());
        Dialogs.style(dialog.getDialogPane(), owner);
        WindowFocus.initialControl(dialog.getDialogPane(), changes.table());
    }

    private TableView<ConflictRow> conflictTable() {
        TableView<ConflictRow> table = new TableView<>(model.conflicts());
        table.setId("mergeConflicts");
        table.setEditable(true);
        table.setPrefHeight(170);
        ColumnPolicy.fillOrScroll(table);
        table.getColumns().setAll(List.of(
                column("exchange.col.code", 70, row -> row.conflict().code()),
                ChangesView.wrapped(column("exchange.col.criterion", 200, row -> row.conflict().title())),
                column("exchange.col.field", 150, row -> Messages.get(row.conflict().field().messageKey())),
                ChangesView.wrapped(column("exchange.merge.workbookSide", 230, row -> row.conflict().workbook())),
                ChangesView.wrapped(column("exchange.merge.partSide", 230, row -> row.conflict().part())),
                choiceColumn()));
        return table;
    }

    private static TableColumn<ConflictRow, String> column(String key, double width,
                                                           Function<ConflictRow, String> value) {
        TableColumn<ConflictRow, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<ConflictRow, Resolution> choiceColumn() {
        TableColumn<ConflictRow, Resolution> column = new TableColumn<>(Messages.get("exchange.merge.choice"));
        column.setPrefWidth(190);
        column.setCellValueFactory(cell -> cell.getValue().choiceProperty());
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<Resolution> box = new ComboBox<>();

            {
                box.getItems().setAll(Resolution.NONE, Resolution.WORKBOOK, Resolution.PART);
                box.setConverter(FormFields.converter(PartMergeDialog::sideText));
                box.setMaxWidth(Double.MAX_VALUE);
                box.getStyleClass().add("merge-choice");
                box.valueProperty().addListener((obs, old, now) -> {
                    ConflictRow row = getTableRow() == null ? null : getTableRow().getItem();
                    if (row != null && now != null) {
                        row.choiceProperty().set(now);
                    }
                });
            }

            @Override
            protected void updateItem(Resolution item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    box.setValue(item);
                    setGraphic(box);
                }
            }
        });
        return column;
    }

    static String sideText(Resolution side) {
        return Messages.get(switch (side) {
            case NONE -> "exchange.merge.side.none";
            case WORKBOOK -> "exchange.merge.side.workbook";
            case PART -> "exchange.merge.side.part";
        });
    }

    private HBox conflictButtons() {
        Button keepAll = new Button(Messages.get("exchange.merge.keepAll"));
        keepAll.setId("mergeKeepAll");
        keepAll.setOnAction(e -> model.chooseAll(Resolution.WORKBOOK));
        Button takeAll = new Button(Messages.get("exchange.merge.takeAll"));
        takeAll.setId("mergeTakeAll");
        takeAll.setOnAction(e -> model.chooseAll(Resolution.PART));
        return new HBox(8, keepAll, takeAll);
    }

    /** True when the user pressed "Nhập phần này" (only possible with every conflict settled). */
    public boolean showAndWait() {
        return dialog.showAndWait().orElse(null) == merge;
    }
}

package vn.cchc.workbook.ui.exchange;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import org.controlsfx.control.CheckComboBox;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Kind;
import vn.cchc.workbook.ui.common.ColumnPolicy;
import vn.cchc.workbook.ui.common.FormFields;

/**
 * The what-changed table with its filters: kinds of change and fields (ControlsFX check lists, all checked at
 * first), a text on code or title, the count shown, and "In danh sách…" for the printable list of what is shown.
 */
public final class ChangesView extends VBox {

    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused");

    private final ChangesViewModel model;
    private final TableView<Change> table = new TableView<>();

    /**
     * @param print receives the shown changes when "In danh sách…" is pressed; null for no such button
     */
    public ChangesView(ChangesViewModel model, java.util.function.Consumer<List<Change>> print) {
        this.model = model;
        setSpacing(8);
        setPadding(new Insets(4, 0, 0, 0));

        CheckComboBox<Kind> kinds = new CheckComboBox<>();
        kinds.setId("changesKinds");
        kinds.getItems().setAll(Kind.values());
        kinds.setConverter(FormFields.converter(kind -> Messages.get(kind.messageKey())));
        kinds.setTitle(Messages.get("exchange.ui.kinds"));
        kinds.getCheckModel().checkAll();
        openableByKeyboard(kinds);
        kinds.getCheckModel().getCheckedItems().addListener((ListChangeListener<Kind>) c ->
                model.chooseKinds(List.copyOf(kinds.getCheckModel().getCheckedItems())));

        CheckComboBox<Field> fields = new CheckComboBox<>();
        fields.setId("changesFields");
        fields.getItems().setAll(model.fields());
        fields.setConverter(FormFields.converter(field -> Messages.get(field.messageKey())));
        fields.setTitle(Messages.get("exchange.ui.fields"));
        fields.getCheckModel().checkAll();
        openableByKeyboard(fields);
        fields.getCheckModel().getCheckedItems().addListener((ListChangeListener<Field>) c ->
                model.chooseFields(List.copyOf(fields.getCheckModel().getCheckedItems())));

        TextField search = new TextField();
        search.setId("changesSearch");
        search.setPromptText(Messages.get("exchange.ui.search"));
        search.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Label count = new Label();
        count.setId("changesCount");
        count.textProperty().bind(model.countProperty());

        HBox filters = new HBox(8, new Label(Messages.get("exchange.ui.kindsLabel")), kinds,
                new Label(Messages.get("exchange.ui.fieldsLabel")), fields, search, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        if (print != null) {
            Button printButton = new Button(Messages.get("exchange.ui.print"));
            printButton.setId("changesPrint");
            printButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.shown()));
            printButton.setOnAction(e -> print.accept(model.shownCopy()));
            filters.getChildren().add(printButton);
        }

        table.setId("changesTable");
        table.setItems(model.shown());
        table.setPlaceholder(new Label(Messages.get(model.all().isEmpty() ? "exchange.ui.noChanges"
                : "exchange.ui.noneShown")));
        ColumnPolicy.fillOrScroll(table);
        table.getColumns().setAll(List.of(
                column("exchange.col.code", 70, Change::where),
                wrapped(column("exchange.col.criterion", 230, Change::title)),
                wrapped(column("exchange.col.field", 160, change -> Messages.get(change.field().messageKey()))),
                column("exchange.col.kind", 60, change -> Messages.get(change.kind().messageKey())),
                wrapped(column("exchange.col.before", 250, Change::before)),
                wrapped(column("exchange.col.after", 250, Change::after))));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(filters, table);
    }

    public TableView<Change> table() {
        return table;
    }

    public ChangesViewModel model() {
        return model;
    }

    /**
     * ControlsFX's check list takes no keyboard of its own and draws no focus (controlsfx#1085): here it is reached
     * by Tab, shows the focus as a combo box does (its inner combo box takes the focused look), and ↓, Alt+↓, F4 or
     * Space opens the list, where ↑↓ move, Space checks or clears and Esc closes. Enter is left to the dialog's
     * default button.
     */
    static void openableByKeyboard(CheckComboBox<?> box) {
        box.setFocusTraversable(true);
        box.focusedProperty().addListener((observable, was, focused) -> box.lookupAll(".combo-box-base").stream()
                .filter(node -> node != box)
                .forEach(inner -> inner.pseudoClassStateChanged(FOCUSED, focused)));
        box.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            KeyCode code = event.getCode();
            if (code == KeyCode.DOWN || code == KeyCode.F4 || code == KeyCode.SPACE) {
                box.show();
                event.consume();
            }
        });
    }

    private static TableColumn<Change, String> column(String key, double width, Function<Change, String> value) {
        TableColumn<Change, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Long values (opinions, explanations, evidence) wrap within the column instead of being cut. */
    static <S> TableColumn<S, String> wrapped(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                }
            }
        });
        return column;
    }
}

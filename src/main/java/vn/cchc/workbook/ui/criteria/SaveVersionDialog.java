package vn.cchc.workbook.ui.criteria;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.criteria.editing.VersionDetails;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.TextFolding;
import vn.cchc.workbook.ui.common.FieldRules;
import vn.cchc.workbook.ui.common.FormFields;
import vn.cchc.workbook.ui.common.FormValidation;
import vn.cchc.workbook.ui.common.Dialogs;
import vn.cchc.workbook.ui.common.WindowFocus;

/** "Lưu thành phiên bản mới…": the name, decision, year and version of the set about to be stored. */
final class SaveVersionDialog {

    /** The years a criteria set can be for (the oldest sets still in use date from the 1990s). */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private SaveVersionDialog() {
    }

    /**
     * The name, year and version of every set in the library, so that a new one is not saved as a twin of another:
     * two rows alike in every column of the library and of "Tạo sổ chấm điểm mới" (seen after importing the same
     * province's file twice).
     */
    record Taken(Set<String> keys) {

        /** What the library holds now. */
        static Taken of(CriteriaLibrary library) {
            return of(library.entries().stream().map(CriteriaLibrary.Entry::set).toList());
        }

        static Taken of(Collection<CriteriaSet> sets) {
            return new Taken(sets.stream().map(set -> key(set.name(), Integer.toString(set.year()), set.version()))
                    .collect(Collectors.toUnmodifiableSet()));
        }

        boolean has(String name, String year, String version) {
            return keys.contains(key(name, year, version));
        }

        private static String key(String name, String year, String version) {
            return TextFolding.fold(name.strip()) + "\n" + year.strip() + "\n" + TextFolding.fold(version.strip());
        }

        /** {@code suggested}, or with the next free numbered version when its own is taken ("1" → "2"). */
        VersionDetails free(VersionDetails suggested) {
            String year = Integer.toString(suggested.year());
            if (!has(suggested.name(), year, suggested.version()) || !suggested.version().matches("\\d{1,3}")) {
                return suggested;
            }
            for (int next = Integer.parseInt(suggested.version()) + 1; next < 1000; next++) {
                if (!has(suggested.name(), year, Integer.toString(next))) {
                    return new VersionDetails(suggested.name(), suggested.decisionNumber(), suggested.decisionDate(),
                            suggested.year(), Integer.toString(next), suggested.level());
                }
            }
            return suggested;
        }
    }

    static Optional<VersionDetails> ask(Window owner, VersionDetails proposed, boolean newVersionOfStoredSet,
                                        Taken taken) {
        VersionDetails suggested = taken.free(proposed);
        Dialog<VersionDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Dialogs.style(dialog.getDialogPane(), owner);
        dialog.setTitle(Messages.get("criteriaui.save.title"));
        dialog.setHeaderText(Messages.get(newVersionOfStoredSet ? "criteriaui.save.headerNewVersion"
                : "criteriaui.save.headerNew"));
        ButtonType save = new ButtonType(Messages.get("criteriaui.save.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("criteriaui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);

        TextField name = new TextField(suggested.name());
        WindowFocus.initialControl(dialog.getDialogPane(), name);
        name.setId("saveName");
        name.setPrefColumnCount(36);
        TextField decision = new TextField(suggested.decisionNumber());
        decision.setId("saveDecision");
        decision.setPromptText(Messages.get("criteriaui.save.decisionPrompt"));
        ObjectProperty<LocalDate> dateValue = new SimpleObjectProperty<>(suggested.decisionDate());
        TextField date = FormFields.dateField(dateValue, "saveDecisionDate");
        TextField year = new TextField(Integer.toString(suggested.year()));
        year.setId("saveYear");
        year.setPrefColumnCount(5);
        TextField version = new TextField(suggested.version());
        version.setId("saveVersion");
        ComboBox<UnitLevel> level = new ComboBox<>();
        level.setId("saveLevel");
        level.getItems().setAll(Arrays.asList(UnitLevel.values()));
        level.setValue(suggested.level());
        level.setConverter(FormFields.converter(value -> Messages.get(value.messageKey())));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        ColumnConstraints first = new ColumnConstraints();
        // The labels stay whole; the fields give up room (seen: "Tên bộ tiê…" beside a province's long set name).
        first.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints second = new ColumnConstraints();
        second.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(first, second);
        String[] labels = {"criteriaui.save.name", "criteriaui.save.level", "criteriaui.save.decision",
                "criteriaui.save.decisionDate", "criteriaui.save.year", "criteriaui.save.version"};
        javafx.scene.Node[] fields = {name, level, decision, date, year, version};
        for (int i = 0; i < labels.length; i++) {
            grid.add(new Label(Messages.get(labels[i])), 0, i);
            grid.add(fields[i], 1, i);
        }
        Label note = new Label(Messages.get("criteriaui.save.note"));
        note.setWrapText(true);
        note.setMaxWidth(460);
        note.getStyleClass().add("hint");
        grid.add(note, 0, labels.length, 2, 1);
        FormValidation validation = new FormValidation()
                .require(name, text -> FieldRules.requiredText(text, Messages.get("criteriaui.save.name"),
                        Limits.NAME_LENGTH))
                .check(decision, text -> FieldRules.maxLength(text, Messages.get("criteriaui.save.decision"),
                        Limits.SHORT_LENGTH))
                .require(year, text -> FieldRules.year(text, Messages.get("criteriaui.save.year"), FIRST_YEAR,
                        LAST_YEAR, true))
                .require(version, text -> {
                    String problem = FieldRules.requiredText(text, Messages.get("criteriaui.save.version"),
                            Limits.SHORT_LENGTH);
                    return problem != null && !problem.isEmpty() || !taken.has(name.getText(), year.getText(), text)
                            ? problem : Messages.get("criteriaui.save.taken", year.getText().strip(), text.strip());
                });
        FormFields.checkDate(validation, date, Messages.get("forms.field.decisionDate"), false);
        grid.add(validation.messageLine("saveMessage", null), 0, labels.length + 1, 2, 1);
        dialog.getDialogPane().setContent(validation.around(grid));

        javafx.scene.Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveConfirm");
        validation.disableWhileInvalid(saveButton);
        dialog.setResultConverter(button -> button == save
                ? new VersionDetails(name.getText(), decision.getText(), dateValue.get(),
                        FieldRules.yearValue(year.getText(), FIRST_YEAR, LAST_YEAR).orElseThrow(),
                        version.getText(), level.getValue())
                : null);
        return dialog.showAndWait();
    }
}

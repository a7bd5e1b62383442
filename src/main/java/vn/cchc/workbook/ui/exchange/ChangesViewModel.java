package vn.cchc.workbook.ui.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Field;
import vn.cchc.workbook.domain.assessment.AssessmentChanges.Kind;
import vn.cchc.workbook.domain.text.TextFolding;

/**
 * What changed between two copies of a workbook, filtered by the kind of change, by the field (score, opinion,
 * evidence…) and by a text on the criterion's code or title (without diacritics, as the grid's search).
 */
public final class ChangesViewModel {

    private final ObservableList<Change> all = FXCollections.observableArrayList();
    private final FilteredList<Change> shown = new FilteredList<>(all);
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final Set<Kind> kindsChosen = EnumSet.allOf(Kind.class);
    private final Set<Field> fieldsChosen = EnumSet.allOf(Field.class);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringBinding count = Bindings.createStringBinding(
            () -> Messages.get("exchange.ui.count", shown.size(), all.size()), shown, all);

    public ChangesViewModel(List<Change> changes) {
        all.setAll(changes);
        Set<Field> present = new LinkedHashSet<>();
        for (Field field : Field.values()) {
            if (changes.stream().anyMatch(c -> c.field() == field)) {
                present.add(field);
            }
        }
        fields.setAll(present);
        text.addListener((observable, old, now) -> refilter());
    }

    /** Every change, unfiltered. */
    public List<Change> all() {
        return List.copyOf(all);
    }

    /** The changes the filters let through, in printed order. */
    public ObservableList<Change> shown() {
        return shown;
    }

    /** The fields present among the changes, in the order a criterion's changes are listed (for the filter). */
    public ObservableList<Field> fields() {
        return fields;
    }

    /** Text on the code or the title; empty shows all. */
    public StringProperty textProperty() {
        return text;
    }

    /** "Hiện 3/12 thay đổi". */
    public StringBinding countProperty() {
        return count;
    }

    public void chooseKinds(Collection<Kind> kinds) {
        kindsChosen.clear();
        kindsChosen.addAll(kinds);
        refilter();
    }

    public void chooseFields(Collection<Field> chosen) {
        fieldsChosen.clear();
        fieldsChosen.addAll(chosen);
        refilter();
    }

    private void refilter() {
        String wanted = TextFolding.fold(text.get() == null ? "" : text.get().strip());
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        kinds.addAll(kindsChosen);
        Set<Field> chosen = new LinkedHashSet<>(fieldsChosen);
        shown.setPredicate(change -> kinds.contains(change.kind()) && chosen.contains(change.field())
                && (wanted.isEmpty() || TextFolding.fold(change.code()).startsWith(wanted)
                || TextFolding.fold(change.shownCode()).startsWith(wanted)
                || TextFolding.fold(change.title()).contains(wanted)));
    }

    /** The shown changes as a new list (for printing what the user sees). */
    public List<Change> shownCopy() {
        return new ArrayList<>(shown);
    }
}

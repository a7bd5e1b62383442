package vn.cchc.workbook.ui.exchange;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.domain.assessment.AssessmentChanges.Change;
import vn.cchc.workbook.domain.assessment.DepartmentParts;
import vn.cchc.workbook.domain.assessment.DepartmentParts.Conflict;
import vn.cchc.workbook.domain.assessment.DepartmentParts.Resolution;

/**
 * A returned part before it is merged: the changes that apply as they are, the changes refused (outside the
 * part's criteria), and each conflict with the side the user chose for it. Nothing may be merged while a conflict
 * has no side or anything is refused.
 */
public final class PartMergeViewModel {

    /** One conflict and the side chosen for it ({@link Resolution#NONE} until the user chooses). */
    public static final class ConflictRow {
        private final Conflict conflict;
        private final ObjectProperty<Resolution> choice = new SimpleObjectProperty<>(Resolution.NONE);

        ConflictRow(Conflict conflict) {
            this.conflict = conflict;
        }

        public Conflict conflict() {
            return conflict;
        }

        public ObjectProperty<Resolution> choiceProperty() {
            return choice;
        }
    }

    private final String departmentName;
    private final List<Change> applied;
    private final List<Change> outside;
    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[] {row.choiceProperty()});
    private final BooleanBinding canMerge;

    public PartMergeViewModel(String departmentName, DepartmentParts.MergeResult preview) {
        this.departmentName = departmentName;
        this.applied = List.copyOf(preview.applied());
        this.outside = List.copyOf(preview.outside());
        preview.conflicts().forEach(conflict -> conflicts.add(new ConflictRow(conflict)));
        canMerge = Bindings.createBooleanBinding(() -> outside.isEmpty()
                && conflicts.stream().allMatch(row -> row.choiceProperty().get() != Resolution.NONE), conflicts);
    }

    public String departmentName() {
        return departmentName;
    }

    /** Changes taken as they are (the workbook still had what was sent). */
    public List<Change> applied() {
        return applied;
    }

    /** Changes outside the part's criteria or to the workbook as a whole: the part is refused while there are any. */
    public List<Change> outside() {
        return outside;
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    /** True when every conflict has a side and nothing is refused. */
    public BooleanBinding canMergeProperty() {
        return canMerge;
    }

    /** The sides chosen, for the merge: a conflict not in this list (the workbook changed meanwhile) stays open. */
    public Function<Conflict, Resolution> resolutions() {
        List<ConflictRow> rows = List.copyOf(conflicts);
        return conflict -> rows.stream()
                .filter(row -> row.conflict().code().equals(conflict.code())
                        && row.conflict().field() == conflict.field())
                .map(row -> row.choiceProperty().get()).findFirst().orElse(Resolution.NONE);
    }

    /** Chooses one side for every conflict ("Giữ tất cả bản trong máy" / "Lấy tất cả bản của phòng ban"). */
    public void chooseAll(Resolution side) {
        conflicts.forEach(row -> row.choiceProperty().set(side));
    }
}

package vn.cchc.workbook.ui.departments;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;

/**
 * The list of đơn vị phụ trách being edited: add, rename, remove, reorder. Each step is checked against the
 * assessment at once (a department still assigned cannot be removed), and the whole list is applied through
 * {@link EditSession#setDepartments} when the dialog is confirmed.
 */
public final class DepartmentsViewModel {

    private final EditSession session;
    private final ObservableList<Department> departments;
    private final StringProperty message = new SimpleStringProperty("");

    public DepartmentsViewModel(EditSession session) {
        this.session = session;
        this.departments = FXCollections.observableArrayList(session.assessment().departments());
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    /** The last refusal, in Vietnamese; empty when the last step succeeded. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean add(String name) {
        return add(name, "");
    }

    /** Adds a department with a short name for the grid ("" for none). */
    public boolean add(String name, String shortName) {
        List<Department> next = new ArrayList<>(departments);
        next.add(Department.named(name).withShortName(shortName));
        return tryReplace(next);
    }

    public boolean rename(int index, String name) {
        return edit(index, name, departments.get(index).shortName());
    }

    /** Renames the department and sets its short name; its assignments stay (the id does not change). */
    public boolean edit(int index, String name, String shortName) {
        List<Department> next = new ArrayList<>(departments);
        next.set(index, next.get(index).withName(name).withShortName(shortName));
        return tryReplace(next);
    }

    public boolean remove(int index) {
        List<Department> next = new ArrayList<>(departments);
        next.remove(index);
        return tryReplace(next);
    }

    public boolean moveUp(int index) {
        return index > 0 && swap(index, index - 1);
    }

    public boolean moveDown(int index) {
        return index < departments.size() - 1 && swap(index, index + 1);
    }

    /** Applies the edited list; false (with {@link #messageProperty()} set) when the store or domain refused it. */
    public boolean apply() {
        try {
            session.setDepartments(List.copyOf(departments));
            message.set("");
            return true;
        } catch (UserFacingException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    private boolean swap(int a, int b) {
        List<Department> next = new ArrayList<>(departments);
        Department moved = next.get(a);
        next.set(a, next.get(b));
        next.set(b, moved);
        return tryReplace(next);
    }

    private boolean tryReplace(List<Department> next) {
        Assessment current = session.assessment();
        try {
            current.withDepartments(next);
        } catch (UserFacingException e) {
            message.set(e.getMessage());
            return false;
        }
        departments.setAll(next);
        message.set("");
        return true;
    }
}

package vn.cchc.workbook.ui.scoring;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;

/**
 * Which rows of the scoring table are shown: free text, "only with deductions / unscored / not applicable" and one
 * department. A matching row keeps its ancestors visible so the tree still reads as printed.
 */
public final class ScoringFilter {

    private final List<ScoringRow> rows;
    private final Map<String, ScoringRow> rowsByCode;
    private final Supplier<Assessment> assessment;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty onlyDeductions = new SimpleBooleanProperty(this, "onlyDeductions");
    private final BooleanProperty onlyUnscored = new SimpleBooleanProperty(this, "onlyUnscored");
    private final BooleanProperty onlyNotApplicable = new SimpleBooleanProperty(this, "onlyNotApplicable");
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>(this, "department");
    private final ReadOnlyObjectWrapper<Set<String>> visibleCodes = new ReadOnlyObjectWrapper<>(this, "visibleCodes");
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");

    ScoringFilter(List<ScoringRow> rows, Map<String, ScoringRow> rowsByCode, Supplier<Assessment> assessment) {
        this.rows = rows;
        this.rowsByCode = rowsByCode;
        this.assessment = assessment;
        searchText.addListener((obs, old, text) -> update());
        onlyDeductions.addListener((obs, old, on) -> update());
        onlyUnscored.addListener((obs, old, on) -> update());
        onlyNotApplicable.addListener((obs, old, on) -> update());
        department.addListener((obs, old, d) -> update());
    }

    /** Free text searched in codes, titles and opinions, ignoring case and diacritics. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty onlyDeductionsProperty() {
        return onlyDeductions;
    }

    public BooleanProperty onlyUnscoredProperty() {
        return onlyUnscored;
    }

    public BooleanProperty onlyNotApplicableProperty() {
        return onlyNotApplicable;
    }

    /** Only the rows of this department (null: every row). */
    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    /**
     * The codes of the rows to show: the rows matching every active filter and their ancestors, in printed order;
     * null when no filter is active (everything is shown).
     */
    public ReadOnlyObjectProperty<Set<String>> visibleCodesProperty() {
        return visibleCodes.getReadOnlyProperty();
    }

    /** How many rows match the filter themselves (not counting ancestors kept for context). */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isVisible(String code) {
        Set<String> visible = visibleCodes.get();
        return visible == null || visible.contains(code);
    }

    /** The first row that matches the filter itself (not an ancestor kept for context), in printed order. */
    public java.util.Optional<ScoringRow> firstMatch() {
        String query = SearchText.fold(searchText.get());
        Department chosen = department.get();
        for (ScoringRow row : rows) {
            if (isVisible(row.code()) && matches(row, query, chosen)) {
                return java.util.Optional.of(row);
            }
        }
        return java.util.Optional.empty();
    }

    public void clear() {
        searchText.set("");
        onlyDeductions.set(false);
        onlyUnscored.set(false);
        onlyNotApplicable.set(false);
        department.set(null);
    }

    /** Follows a changed department list: a filtered department that was renamed or removed. */
    void departmentsChanged(Assessment current) {
        Department filtered = department.get();
        if (filtered != null) {
            department.set(current.department(filtered.id()).orElse(null));
        }
    }

    void update() {
        String query = SearchText.fold(searchText.get());
        Department chosen = department.get();
        boolean on = !query.isEmpty() || onlyDeductions.get() || onlyUnscored.get() || onlyNotApplicable.get()
                || chosen != null;
        active.set(on);
        if (!on) {
            matchCount.set(rows.size());
            if (visibleCodes.get() != null) {
                visibleCodes.set(null);
            }
            return;
        }
        Set<String> visible = new LinkedHashSet<>();
        int matches = 0;
        for (ScoringRow row : rows) {
            if (matches(row, query, chosen)) {
                matches++;
                visible.add(row.code());
                String parent = row.parentCode();
                while (parent != null && visible.add(parent)) {
                    parent = rowsByCode.get(parent).parentCode();
                }
            }
        }
        // Ancestors were added after their descendants; restore printed order.
        Set<String> ordered = new LinkedHashSet<>();
        for (ScoringRow row : rows) {
            if (visible.contains(row.code())) {
                ordered.add(row.code());
            }
        }
        matchCount.set(matches);
        Set<String> result = Collections.unmodifiableSet(ordered);
        if (!result.equals(visibleCodes.get())) {
            visibleCodes.set(result);
        }
    }

    private boolean matches(ScoringRow row, String query, Department chosen) {
        RowState state = row.state();
        if (onlyDeductions.get() && !state.hasDeduction()) {
            return false;
        }
        if (onlyUnscored.get() && !(row.isLeaf() && state.unscored())) {
            return false;
        }
        if (onlyNotApplicable.get() && !state.notApplicable()) {
            return false;
        }
        Assessment current = assessment.get();
        if (chosen != null && (!row.isLeaf() || EffectiveResponsibility.of(current, row.code()).responsibilities()
                .stream().noneMatch(r -> r.departmentId().equals(chosen.id())))) {
            return false;
        }
        if (!query.isEmpty()) {
            String haystack = SearchText.fold(row.code() + " " + row.shownCode() + " " + row.title() + " "
                    + current.entry(row.code()).appraisalOpinion());
            return haystack.contains(query);
        }
        return true;
    }
}

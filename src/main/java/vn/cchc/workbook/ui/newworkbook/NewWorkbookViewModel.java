package vn.cchc.workbook.ui.newworkbook;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.ui.common.FieldRules;

/**
 * The "Tạo sổ chấm điểm mới" form: what is typed, the criteria sets to choose from, the department list, and one
 * Vietnamese message per field that is wrong. {@link #build()} turns a valid form into a new assessment.
 */
public final class NewWorkbookViewModel {

    private final StringProperty unitName = new SimpleStringProperty("");
    private final ObjectProperty<UnitLevel> level = new SimpleObjectProperty<>(UnitLevel.COMMUNE);
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(UnitKind.COMMUNE);
    private final ObservableList<UnitKind> kindsForLevel = FXCollections.observableArrayList();
    private final StringProperty parentPrompt = new SimpleStringProperty("");
    private final StringProperty parentAuthority = new SimpleStringProperty("");
    private final StringProperty placeName = new SimpleStringProperty("");
    private final ObjectProperty<Period.Kind> periodKind = new SimpleObjectProperty<>(Period.Kind.FIRST_HALF);
    private final StringProperty periodText = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty(String.valueOf(Year.now().getValue()));
    private final ObservableList<CriteriaSet> allSets = FXCollections.observableArrayList();
    private final ObservableList<CriteriaSet> setsForLevel = FXCollections.observableArrayList();
    private final ObjectProperty<CriteriaSet> criteriaSet = new SimpleObjectProperty<>();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final BooleanProperty departmentsEdited = new SimpleBooleanProperty();

    private final StringProperty unitNameError = new SimpleStringProperty("");
    private final StringProperty parentError = new SimpleStringProperty("");
    private final StringProperty placeError = new SimpleStringProperty("");
    private final StringProperty periodError = new SimpleStringProperty("");
    private final StringProperty yearError = new SimpleStringProperty("");
    private final StringProperty criteriaError = new SimpleStringProperty("");
    private final StringProperty departmentsError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public NewWorkbookViewModel(List<CriteriaSet> availableSets) {
        this(availableSets, java.time.LocalDate.now());
    }

    /** @param today the day the form opens, which decides the period proposed ({@link Period#likelyOn}) */
    public NewWorkbookViewModel(List<CriteriaSet> availableSets, java.time.LocalDate today) {
        Period.WithYear likely = Period.likelyOn(today);
        periodKind.set(likely.period().kind());
        year.set(String.valueOf(likely.year()));
        allSets.setAll(availableSets);
        level.addListener((obs, old, now) -> {
            fillKinds();
            filterSets();
        });
        kind.addListener((obs, old, now) -> {
            if (now != null && now.level() != level.get()) {
                level.set(now.level());
            }
            updateParentPrompt();
            // "Công an xã" becomes "Công an phường" for a ward, while the list is still the proposed one.
            if (now != null && !departmentsEdited.get() && criteriaSet.get() != null) {
                departments.setAll(defaultDepartments());
            }
        });
        year.addListener((obs, old, now) -> updateParentPrompt());
        // "Phường Ba Đình" or "Sở Tư pháp" typed as the name: the kind, and with it the level, the proposed set and
        // departments, follow its first word, so the clerk need not also pick them (left at "cấp xã", the workbook
        // was a commune named "Sở Tư pháp", scored on the commune set).
        // The level first: its kinds replace the kind list's items while the kind chosen is still of the old level
        // (a ComboBox whose value is among its new items empties it for a moment).
        unitName.addListener((obs, old, now) -> vn.cchc.workbook.domain.document.UnitNames.kindNamed(now)
                .ifPresent(named -> {
                    level.set(named.level());
                    kind.set(named);
                }));
        fillKinds();
        updateParentPrompt();
        criteriaSet.addListener((obs, old, now) -> {
            if (!departmentsEdited.get()) {
                departments.setAll(defaultDepartments());
            }
        });
        filterSets();
        javafx.beans.Observable[] inputs = {unitName, parentAuthority, placeName, periodKind, periodText, year, kind,
                criteriaSet, departments};
        for (javafx.beans.Observable input : inputs) {
            input.addListener(changed -> check());
        }
        check();
    }

    /** Adds a set read from a JSON file and selects it (switching the level to the set's own). */
    public void addCriteriaSet(CriteriaSet set) {
        allSets.removeIf(s -> s.id().equals(set.id()));
        allSets.add(0, set);
        level.set(set.level());
        keepKindInYear(set);
        filterSets();
        criteriaSet.set(set);
    }

    /** The kind chosen; the usual one of the level while the kind list, refilled, has none selected. */
    private UnitKind chosenKind() {
        return kind.get() != null ? kind.get() : UnitKind.usualFor(level.get());
    }

    /** The kinds of the chosen level (xã, phường, đặc khu, and thị trấn before 7/2025 for communes). */
    private void fillKinds() {
        kindsForLevel.setAll(UnitKind.ofLevel(level.get()));
        if (kind.get() == null || kind.get().level() != level.get()) {
            kind.set(UnitKind.usualFor(level.get()));
        }
    }

    /** A set of the old structure (a district's) chosen while the year is of the new one: the year follows the set. */
    private void keepKindInYear(CriteriaSet set) {
        Integer typed = parseYear();
        if (typed != null && !chosenKind().existsIn(typed)) {
            year.set(String.valueOf(set.year()));
        }
    }

    /** "UBND tỉnh …" from 2025, "UBND huyện …" before: who the unit of this kind reports to in that year. */
    private void updateParentPrompt() {
        Integer typed = parseYear();
        int when = typed == null ? Year.now().getValue() : typed;
        parentPrompt.set(vn.cchc.workbook.ui.common.FormFields.parentPrompt(chosenKind(), when));
    }

    /**
     * Starts the form on {@code set} (chosen in the criteria library): it replaces the choice with the same id, or
     * joins the list first when it is not there, and is selected with the level switched to its own.
     */
    public void preselect(CriteriaSet set) {
        int index = -1;
        for (int i = 0; i < allSets.size(); i++) {
            if (allSets.get(i).id().equals(set.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            allSets.set(index, set);
        } else {
            allSets.add(0, set);
        }
        level.set(set.level());
        keepKindInYear(set);
        filterSets();
        criteriaSet.set(set);
    }

    /** The department names this set's criteria name as defaults; else the usual ones for the level. */
    public List<String> defaultDepartments() {
        Set<String> names = new LinkedHashSet<>();
        CriteriaSet set = criteriaSet.get();
        if (set != null) {
            for (CriterionNode node : set.nodes()) {
                if (!node.defaultDepartment().isBlank()) {
                    names.add(chosenKind().ownWording(node.defaultDepartment()));
                }
            }
        }
        if (names.isEmpty()) {
            for (String name : Messages.get("ui.departments.usual." + level.get().id()).split(";")) {
                if (!name.isBlank()) {
                    names.add(chosenKind().ownWording(name.strip()));
                }
            }
        }
        return new ArrayList<>(names);
    }

    public void markDepartmentsEdited() {
        departmentsEdited.set(true);
    }

    /**
     * Sets every field's message from what is typed now ("" when right). Runs on every change, so the dialog marks a
     * wrong field while the user types and keeps "Tạo sổ" disabled until all are right.
     */
    private void check() {
        unitNameError.set(FieldRules.first(
                unitName.get().isBlank() ? Messages.get("ui.new.error.unitName") : "",
                FieldRules.maxLength(unitName.get(), Messages.get("ui.new.unitName"), Limits.NAME_LENGTH)));
        parentError.set(FieldRules.maxLength(parentAuthority.get(), Messages.get("ui.new.parent"), Limits.NAME_LENGTH));
        placeError.set(FieldRules.maxLength(placeName.get(), Messages.get("ui.new.place"), Limits.SHORT_LENGTH));
        periodError.set(periodKind.get() != Period.Kind.OTHER ? ""
                : FieldRules.first(periodText.get().isBlank() ? Messages.get("ui.new.error.periodText") : "",
                FieldRules.maxLength(periodText.get(), Messages.get("ui.new.periodText.prompt"), Limits.SHORT_LENGTH)));
        Integer yearValue = parseYear();
        yearError.set(yearValue == null ? Messages.get("ui.new.error.year", Limits.abbreviate(year.get().strip(), 40))
                : !chosenKind().existsIn(yearValue)
                ? Messages.get("criteriasets.ui.new.kindNotInYear", Messages.get(chosenKind().messageKey()), yearValue) : "");
        criteriaError.set(criteriaSet.get() == null ? Messages.get("ui.new.error.criteria") : "");
        Set<String> seen = new LinkedHashSet<>();
        String duplicate = departments.stream().map(String::strip)
                .filter(name -> !seen.add(name.toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(null);
        departmentsError.set(duplicate != null ? Messages.get("ui.new.error.departmentDuplicate", duplicate)
                : departments.size() > Limits.MAX_DEPARTMENTS
                ? FieldRules.maxCount(departments.size(), Messages.get("ui.new.departments"), Limits.MAX_DEPARTMENTS)
                : departments.stream().map(name -> FieldRules.maxLength(name, Messages.get("ui.new.departments"),
                        Limits.NAME_LENGTH)).filter(m -> !m.isEmpty()).findFirst().orElse(""));
    }

    /** Checks every field, setting its message; the assessment when all are right. */
    public Optional<Assessment> build() {
        check();
        message.set("");
        Integer yearValue = parseYear();
        if (hasErrors()) {
            return Optional.empty();
        }
        Period period = switch (periodKind.get()) {
            case FIRST_HALF -> Period.FIRST_HALF;
            case FULL_YEAR -> Period.FULL_YEAR;
            case OTHER -> Period.other(periodText.get());
        };
        AssessedUnit unit = new AssessedUnit(unitName.get(), level.get(), parentAuthority.get(), placeName.get(),
                chosenKind());
        List<Department> list = departments.stream().filter(n -> !n.isBlank()).map(Department::named).toList();
        try {
            return Optional.of(Assessment.start(unit, period, yearValue, criteriaSet.get(), list));
        } catch (UserFacingException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    private boolean hasErrors() {
        return !unitNameError.get().isEmpty() || !parentError.get().isEmpty() || !placeError.get().isEmpty()
                || !periodError.get().isEmpty() || !yearError.get().isEmpty()
                || !criteriaError.get().isEmpty() || !departmentsError.get().isEmpty();
    }

    private Integer parseYear() {
        try {
            int value = Integer.parseInt(year.get().strip());
            return value >= 2000 && value <= 2100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void filterSets() {
        CriteriaSet selected = criteriaSet.get();
        setsForLevel.setAll(allSets.stream().filter(s -> s.level() == level.get()).toList());
        if (selected == null || !setsForLevel.contains(selected)) {
            criteriaSet.set(setForYear());
        }
        if (!departmentsEdited.get()) {
            departments.setAll(defaultDepartments());
        }
    }

    /** The set of the level for the typed year: the newest not later than it, else the first offered. */
    private CriteriaSet setForYear() {
        Integer typed = parseYear();
        if (setsForLevel.isEmpty()) {
            return null;
        }
        if (typed == null) {
            return setsForLevel.get(0);
        }
        return setsForLevel.stream().filter(s -> s.year() <= typed)
                .max(java.util.Comparator.comparingInt(CriteriaSet::year)).orElse(setsForLevel.get(0));
    }

    /** xã, phường, đặc khu … within the chosen level. */
    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public ObservableList<UnitKind> kindsForLevel() {
        return kindsForLevel;
    }

    /** The usual parent authority for the kind and year, as a hint in the empty field ("Ví dụ: UBND tỉnh …"). */
    public ReadOnlyStringProperty parentPromptProperty() {
        return parentPrompt;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public ObjectProperty<UnitLevel> levelProperty() {
        return level;
    }

    public StringProperty parentAuthorityProperty() {
        return parentAuthority;
    }

    public StringProperty placeNameProperty() {
        return placeName;
    }

    public ObjectProperty<Period.Kind> periodKindProperty() {
        return periodKind;
    }

    public StringProperty periodTextProperty() {
        return periodText;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObservableList<CriteriaSet> setsForLevel() {
        return setsForLevel;
    }

    public ObjectProperty<CriteriaSet> criteriaSetProperty() {
        return criteriaSet;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ReadOnlyStringProperty unitNameErrorProperty() {
        return unitNameError;
    }

    /** Why "Tạo sổ" was refused when no field shows it (the set does not fit the unit); "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty parentErrorProperty() {
        return parentError;
    }

    public ReadOnlyStringProperty placeErrorProperty() {
        return placeError;
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError;
    }

    public ReadOnlyStringProperty yearErrorProperty() {
        return yearError;
    }

    public ReadOnlyStringProperty criteriaErrorProperty() {
        return criteriaError;
    }

    public ReadOnlyStringProperty departmentsErrorProperty() {
        return departmentsError;
    }
}

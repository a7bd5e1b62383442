package vn.cchc.workbook.ui.info;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.document.UnitNames;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.ui.common.FieldRules;

/** "Thông tin sổ": the unit and period of the open workbook, edited and applied through the session. */
public final class WorkbookInfoViewModel {

    private final EditSession session;
    private final StringProperty unitName = new SimpleStringProperty();
    private final StringProperty parentAuthority = new SimpleStringProperty();
    private final StringProperty placeName = new SimpleStringProperty();
    private final ObjectProperty<Period.Kind> periodKind = new SimpleObjectProperty<>();
    private final StringProperty periodText = new SimpleStringProperty();
    private final StringProperty year = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** The unit's kind (xã, phường, đặc khu…), one of its level's. */
    private final ObjectProperty<UnitKind> unitKind = new SimpleObjectProperty<>();
    private final java.util.List<UnitKind> kindsForLevel;
    private final StringProperty kindError = new SimpleStringProperty("");
    private final ObjectProperty<ParentLine> parentLine = new SimpleObjectProperty<>(ParentLine.BY_KIND);
    private final StringProperty publishedTotal = new SimpleStringProperty("");
    private final StringProperty publishedIndex = new SimpleStringProperty("");
    private final StringProperty publishedDecision = new SimpleStringProperty("");
    private final StringProperty unitNameError = new SimpleStringProperty("");
    private final StringProperty parentError = new SimpleStringProperty("");
    private final StringProperty placeError = new SimpleStringProperty("");
    private final StringProperty periodTextError = new SimpleStringProperty("");
    private final StringProperty yearError = new SimpleStringProperty("");
    private final StringProperty publishedTotalError = new SimpleStringProperty("");
    private final StringProperty publishedIndexError = new SimpleStringProperty("");
    private final StringProperty publishedDecisionError = new SimpleStringProperty("");

    public WorkbookInfoViewModel(EditSession session) {
        this.session = session;
        Assessment a = session.assessment();
        unitName.set(a.unit().name());
        parentAuthority.set(a.unit().parentAuthority());
        placeName.set(a.unit().placeName());
        periodKind.set(a.period().kind());
        periodText.set(a.period().text());
        year.set(String.valueOf(a.year()));
        parentLine.set(a.unit().parentLine());
        unitKind.set(a.unit().kind());
        kindsForLevel = UnitKind.ofLevel(a.unit().level());
        // "Phường Ba Đình" typed as the new name: the kind follows its first word, as in the new-workbook form.
        unitName.addListener((obs, old, now) -> UnitNames.kindNamedIn(now, a.unit().level()).ifPresent(unitKind::set));
        PublishedResult published = a.published();
        publishedTotal.set(published.total() == null ? "" : Points.formatShort(published.total()));
        publishedIndex.set(published.index() == null ? "" : Points.formatShort(published.index()));
        publishedDecision.set(published.decision());
        javafx.beans.Observable[] inputs = {unitName, unitKind, parentAuthority, placeName, periodKind, periodText, year,
                publishedTotal, publishedIndex, publishedDecision};
        for (javafx.beans.Observable input : inputs) {
            input.addListener(changed -> check());
        }
        check();
    }

    /** Sets every field's message from what is typed now ("" when right); runs on every change. */
    private void check() {
        unitNameError.set(FieldRules.requiredText(unitName.get(), Messages.get("ui.new.unitName"), Limits.NAME_LENGTH));
        parentError.set(FieldRules.maxLength(parentAuthority.get(), Messages.get("ui.new.parent"), Limits.NAME_LENGTH));
        placeError.set(FieldRules.maxLength(placeName.get(), Messages.get("ui.new.place"), Limits.SHORT_LENGTH));
        periodTextError.set(periodKind.get() != Period.Kind.OTHER ? ""
                : FieldRules.requiredText(periodText.get(), Messages.get("ui.new.periodText.prompt"), Limits.SHORT_LENGTH));
        Integer yearValue = parseYear();
        yearError.set(yearValue == null ? Messages.get("ui.new.error.year", Limits.abbreviate(year.get().strip(), 40)) : "");
        kindError.set(yearValue != null && unitKind.get() != null && !unitKind.get().existsIn(yearValue)
                ? Messages.get("criteriasets.ui.new.kindNotInYear", Messages.get(unitKind.get().messageKey()), yearValue)
                : "");
        publishedTotalError.set(published(publishedTotal.get(), "ui.info.published.total",
                total -> new PublishedResult(total, null, "")));
        publishedIndexError.set(published(publishedIndex.get(), "ui.info.published.index",
                index -> new PublishedResult(null, index, "")));
        publishedDecisionError.set(FieldRules.maxLength(publishedDecision.get(), Messages.get("ui.info.published.decision"),
                Limits.NAME_LENGTH));
    }

    /** A published figure: blank, or a number the published result accepts (its own bounds, named). */
    private static String published(String text, String fieldKey,
                                    java.util.function.Function<java.math.BigDecimal, PublishedResult> result) {
        String wrong = FieldRules.number(text, Messages.get(fieldKey), false);
        if (!wrong.isEmpty() || text == null || text.isBlank()) {
            return wrong;
        }
        try {
            result.apply(Points.parse(text));
            return "";
        } catch (UserFacingException outOfBounds) {
            return outOfBounds.getMessage();
        }
    }

    /** The first field message, "" when every field is right. */
    private String firstError() {
        return FieldRules.first(unitNameError.get(), kindError.get(), parentError.get(), placeError.get(), periodTextError.get(),
                yearError.get(), publishedTotalError.get(), publishedIndexError.get(), publishedDecisionError.get());
    }

    /** Applies the form; false with {@link #messageProperty()} set when something is wrong (nothing changes then). */
    public boolean apply() {
        check();
        String wrong = firstError();
        if (!wrong.isEmpty()) {
            message.set(wrong);
            return false;
        }
        int yearValue = parseYear();
        Period period = periodKind.get() == Period.Kind.OTHER ? Period.other(periodText.get())
                : new Period(periodKind.get(), "");
        Assessment a = session.assessment();
        try {
            PublishedResult published = new PublishedResult(FieldRules.numberValue(publishedTotal.get()).orElse(null),
                    FieldRules.numberValue(publishedIndex.get()).orElse(null), publishedDecision.get());
            // The unit keeps its kind (a phường stays one) unless the clerk chose another or named it so.
            session.setDescription(new AssessedUnit(unitName.get(), a.unit().level(), parentAuthority.get(),
                    placeName.get(), unitKind.get(), parentLine.get()), period, yearValue);
            session.setPublished(published);
        } catch (UserFacingException e) {
            message.set(e.getMessage());
            return false;
        }
        message.set("");
        return true;
    }

    private Integer parseYear() {
        return FieldRules.yearValue(year.get(), 2000, 2100).orElse(null);
    }

    public ReadOnlyStringProperty unitNameErrorProperty() {
        return unitNameError;
    }

    public ReadOnlyStringProperty parentErrorProperty() {
        return parentError;
    }

    public ReadOnlyStringProperty placeErrorProperty() {
        return placeError;
    }

    public ReadOnlyStringProperty periodTextErrorProperty() {
        return periodTextError;
    }

    public ReadOnlyStringProperty yearErrorProperty() {
        return yearError;
    }

    public ReadOnlyStringProperty publishedTotalErrorProperty() {
        return publishedTotalError;
    }

    public ReadOnlyStringProperty publishedIndexErrorProperty() {
        return publishedIndexError;
    }

    public ReadOnlyStringProperty publishedDecisionErrorProperty() {
        return publishedDecisionError;
    }

    public ObjectProperty<ParentLine> parentLineProperty() {
        return parentLine;
    }

    public StringProperty publishedTotalProperty() {
        return publishedTotal;
    }

    public StringProperty publishedIndexProperty() {
        return publishedIndex;
    }

    public StringProperty publishedDecisionProperty() {
        return publishedDecision;
    }

    /** The parent authority's hint for the unit's kind and year as the dialog opens ("Ví dụ: UBND tỉnh …"). */
    public String parentPrompt() {
        Integer typed = parseYear();
        UnitKind kind = unitKind.get() != null ? unitKind.get()
                : UnitKind.usualFor(session.assessment().unit().level());
        return vn.cchc.workbook.ui.common.FormFields.parentPrompt(kind,
                typed != null ? typed : java.time.Year.now().getValue());
    }

    public ObjectProperty<UnitKind> unitKindProperty() {
        return unitKind;
    }

    /** The kinds of the unit's level: several for a commune (xã, phường, đặc khu, thị trấn), one otherwise. */
    public java.util.List<UnitKind> kindsForLevel() {
        return kindsForLevel;
    }

    public ReadOnlyStringProperty kindErrorProperty() {
        return kindError;
    }

    public StringProperty unitNameProperty() {
        return unitName;
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

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** What the form cannot change: the level and the criteria set the workbook was started with. */
    public String fixedFacts() {
        Assessment a = session.assessment();
        return Messages.get("ui.info.fixed", Messages.get(a.unit().level().messageKey()), a.criteria().name(), a.criteria().year());
    }
}

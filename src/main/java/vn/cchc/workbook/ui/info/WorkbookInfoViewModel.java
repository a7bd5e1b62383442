package vn.cchc.workbook.ui.info;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.ParentLine;
import vn.cchc.workbook.domain.text.Points;
import vn.cchc.workbook.ui.common.Texts;

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
    private final ObjectProperty<ParentLine> parentLine = new SimpleObjectProperty<>(ParentLine.BY_KIND);
    private final StringProperty publishedTotal = new SimpleStringProperty("");
    private final StringProperty publishedIndex = new SimpleStringProperty("");
    private final StringProperty publishedDecision = new SimpleStringProperty("");

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
        PublishedResult published = a.published();
        publishedTotal.set(published.total() == null ? "" : Points.formatShort(published.total()));
        publishedIndex.set(published.index() == null ? "" : Points.formatShort(published.index()));
        publishedDecision.set(published.decision());
    }

    /** Applies the form; false with {@link #messageProperty()} set when something is wrong (nothing changes then). */
    public boolean apply() {
        int yearValue;
        try {
            yearValue = Integer.parseInt(year.get().strip());
        } catch (NumberFormatException e) {
            yearValue = -1;
        }
        if (yearValue < 2000 || yearValue > 2100) {
            message.set(Texts.t("ui.new.error.year", year.get().strip()));
            return false;
        }
        if (periodKind.get() == Period.Kind.OTHER && periodText.get().isBlank()) {
            message.set(Texts.t("ui.new.error.periodText"));
            return false;
        }
        Period period = periodKind.get() == Period.Kind.OTHER ? Period.other(periodText.get())
                : new Period(periodKind.get(), "");
        Assessment a = session.assessment();
        PublishedResult published;
        try {
            published = new PublishedResult(optionalNumber(publishedTotal.get(), "ui.info.published.total"),
                    optionalNumber(publishedIndex.get(), "ui.info.published.index"), publishedDecision.get());
        } catch (UserFacingException e) {
            message.set(e.getMessage());
            return false;
        }
        try {
            session.setDescription(new AssessedUnit(unitName.get(), a.unit().level(), parentAuthority.get(),
                    placeName.get(), parentLine.get()), period, yearValue);
            session.setPublished(published);
        } catch (UserFacingException e) {
            message.set(e.getMessage());
            return false;
        }
        message.set("");
        return true;
    }

    /** A typed figure ("69,82"), or null when the field is blank; a wrong one names the field. */
    private static java.math.BigDecimal optionalNumber(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Points.parse(text);
        } catch (UserFacingException notANumber) {
            throw new vn.cchc.workbook.domain.InvalidInputException("ui.info.published.notANumber",
                    Texts.t(fieldKey), text.strip());
        }
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
        return Texts.t("ui.info.fixed", Texts.t(a.unit().level().messageKey()), a.criteria().name(), a.criteria().year());
    }
}

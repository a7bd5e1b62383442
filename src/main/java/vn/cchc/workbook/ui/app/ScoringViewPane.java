package vn.cchc.workbook.ui.app;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.ui.scoring.ScoringView;
import vn.cchc.workbook.ui.scoring.ScoringViewModel;

/** The scoring view (tree table, detail pane, filters, summary) of one open workbook. */
final class ScoringViewPane implements ScoringPane {

    private final ScoringViewModel model;
    private final ScoringView view;

    ScoringViewPane(EditSession session, Consumer<Path> openEvidence, boolean beforeFirstFrame) {
        model = new ScoringViewModel(session);
        StartupProbe.mark("scoring model built");
        view = new ScoringView(model, openEvidence);
        if (beforeFirstFrame) {
            view.holdLowerDetails();
        }
        view.selectStart();
        StartupProbe.mark("scoring view built");
    }

    @Override
    public Node node() {
        return view.getRoot();
    }

    @Override
    public StringProperty selectedCode() {
        return model.selectedCodeProperty();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void markUnwritten(java.util.Set<String> codes) {
        model.markUnwritten(codes);
    }

    /** Selects and scrolls to {@code code} (the row an undo or redo changed). */
    @Override
    public void reveal(String code) {
        view.reveal(code);
    }

    @Override
    public void focus() {
        javafx.application.Platform.runLater(() -> {
            keepStartFocus();
            view.focusStart();
            StartupProbe.mark("table focused, first row's details built");
        });
    }

    /**
     * The screen this view replaced may have held the focus (a start-screen button, a dialog's owner): the scene
     * then clears it on its next pulse and gives it to the first field of the window, the "Đi tới mã" box, after
     * the table asked for it. Until the focus first settles, a move to anything outside the table is undone once.
     */
    private void keepStartFocus() {
        javafx.scene.Scene scene = view.getRoot().getScene();
        if (scene == null) {
            return;
        }
        scene.focusOwnerProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Node> owner, Node was, Node now) {
                if (now == null) {
                    return;
                }
                owner.removeListener(this);
                if (!view.tableHasFocus()) {
                    javafx.application.Platform.runLater(view::focusStart);
                }
            }
        });
    }

    @Override
    public void focusSelected() {
        javafx.application.Platform.runLater(view::focusTable);
    }

    @Override
    public javafx.beans.value.ObservableValue<String> statusMessage() {
        return view.statusMessageProperty();
    }

    @Override
    public void say(String text) {
        view.say(text);
    }

    @Override
    public boolean commitPendingEdits() {
        return view.commitPendingEdits();
    }

    @Override
    public java.util.Optional<javafx.beans.property.DoubleProperty> dividerPosition() {
        return java.util.Optional.of(view.dividerPositionProperty());
    }

    @Override
    public void releaseHeldDetails() {
        view.releaseLowerDetails();
    }

    @Override
    public void run(ScoringCommand command) {
        switch (command) {
            case GO_TO -> view.focusGoTo();
            case SEARCH -> view.focusSearch();
            case SWITCH_PANE -> view.switchPane();
            case TABLE -> view.focusTable();
            case SUMMARY -> view.showSummary();
            case CLEAR_FILTER -> view.clearFilter();
            case ONLY_DEDUCTIONS, ONLY_UNSCORED, ONLY_NOT_APPLICABLE -> setOn(command, !isOn(command));
        }
    }

    @Override
    public boolean isOn(ScoringCommand filter) {
        return filterProperty(filter).map(javafx.beans.property.BooleanProperty::get).orElse(false);
    }

    @Override
    public boolean isFiltered() {
        return model.filter().activeProperty().get();
    }

    @Override
    public void setOn(ScoringCommand filter, boolean on) {
        filterProperty(filter).ifPresent(property -> {
            property.set(on);
            view.focusTable();
        });
    }

    private java.util.Optional<javafx.beans.property.BooleanProperty> filterProperty(ScoringCommand filter) {
        return java.util.Optional.ofNullable(switch (filter) {
            case ONLY_DEDUCTIONS -> model.filter().onlyDeductionsProperty();
            case ONLY_UNSCORED -> model.filter().onlyUnscoredProperty();
            case ONLY_NOT_APPLICABLE -> model.filter().onlyNotApplicableProperty();
            default -> null;
        });
    }

    @Override
    public void dispose() {
        model.dispose();
    }

    ScoringView view() {
        return view;
    }
}

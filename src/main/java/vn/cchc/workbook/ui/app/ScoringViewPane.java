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

    ScoringViewPane(EditSession session, Consumer<Path> openEvidence) {
        model = new ScoringViewModel(session);
        StartupProbe.mark("scoring model built");
        view = new ScoringView(model, openEvidence);
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
            view.focusStart();
            StartupProbe.mark("table focused, first row's details built");
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
    public void dispose() {
        model.dispose();
    }

    ScoringView view() {
        return view;
    }
}

package vn.cchc.workbook.ui.app;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import vn.cchc.workbook.app.EditSession;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.ui.common.Texts;

/** Stands in for the scoring view until it is merged (TODO remove when ScoringView is on main). */
final class PlaceholderScoringPane implements ScoringPane {

    private final EditSession session;
    private final StringProperty selectedCode = new SimpleStringProperty();
    private final Label summary = new Label();
    private final VBox root;

    PlaceholderScoringPane(EditSession session) {
        this.session = session;
        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        Assessment a = session.assessment();
        heading.setText(a.unit().name() + " — " + a.period().label() + " " + a.year());
        root = new VBox(12, heading, summary);
        root.setAlignment(Pos.CENTER);
        refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public StringProperty selectedCode() {
        return selectedCode;
    }

    @Override
    public void refresh() {
        summary.setText(Texts.t("ui.placeholder.scoring", session.assessment().criteria().nodes().size()));
    }
}

package vn.cchc.workbook.ui.scoring;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Everything about the selected row: guidance and required evidence from the criteria set, the score inputs of
 * each round, không áp dụng, the evidence documents, the explanation, the appraisal opinion, the remedy, the
 * target and the responsible departments. Each committed field is one {@code EditSession} edit. The controls are
 * built once per selected row and only refilled after each change, so focus stays where the clerk is typing.
 *
 * <p>Keyboard: Tab walks the fields in order (never typing a tab character), Alt+Down / Alt+Up move to the next or
 * previous criterion and keep the cursor in the same field, so a clerk writes one opinion after another without the
 * mouse.
 */
final class DetailPane {

    private final ScoringViewModel model;
    private final Consumer<Path> openFile;
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label message = new Label();
    private DetailForm form;
    private String code;
    /**
     * While the window has not shown its first frame: the sections below the first screen (evidence, texts, remedy,
     * departments) wait, so that the first frame styles and lays out a third fewer nodes. See {@link #holdLowerSections}.
     */
    private boolean holding;
    private Runnable heldSections;
    /** Keeps the pane's scroll bar (and so its width) while the lower sections wait. */
    private final javafx.scene.layout.Region heldSpace = new javafx.scene.layout.Region();

    DetailPane(ScoringViewModel model, Consumer<Path> openFile) {
        this.model = model;
        this.openFile = openFile;
        content.getStyleClass().add("detail-content");
        content.setPadding(new Insets(10, 12, 16, 12));
        scroll.getStyleClass().add("detail-pane");
        scroll.setId("detail-pane");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setTooltip(new Tooltip(Messages.get("scoring.detail.keys")));
        message.getStyleClass().add("detail-message");
        message.setId("detail-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        model.selectedCodeProperty().addListener((obs, old, selected) -> selectionChanged(selected));
        model.revisionProperty().addListener((obs, old, revision) -> refill());
        model.editableProperty().addListener((obs, old, editable) -> build(code));
        model.writeStoppedProperty().addListener((obs, was, stopped) -> {
            // The retry has written the held changes: a text kept after the writer refused it can be stored now.
            if (!stopped && form != null && form.refusedField().isPresent() && form.refusedByWriter()) {
                message.setText(Messages.get("writer.resumedKept"));
            }
        });
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        build(model.getSelectedCode());
    }

    Node root() {
        return scroll;
    }

    /**
     * Builds only the upper sections (the criterion, its scores, its guidance) until {@link #releaseLowerSections}:
     * asked for a pane made before the window's first frame, whose CSS and layout are most of the time to that frame.
     */
    void holdLowerSections() {
        holding = true;
    }

    /** Builds the sections held back by {@link #holdLowerSections}, and every later pane whole. */
    void releaseLowerSections() {
        holding = false;
        Runnable held = heldSections;
        heldSections = null;
        if (held != null) {
            held.run();
        }
    }

    /** Puts the cursor in the pane's first field (or keeps it there); false when the pane has no fields. */
    boolean focusFirstField() {
        releaseLowerSections();
        if (form == null || form.fields().isEmpty()) {
            return false;
        }
        Control first = form.fields().values().stream().filter(c -> !c.isDisabled()).findFirst().orElse(null);
        if (first == null) {
            return false;
        }
        layOutForFocus();
        first.requestFocus();
        return true;
    }

    /**
     * Lays the pane out now: in a pane just rebuilt for another criterion the fields inside the sections are not in
     * the scene until the sections' skins exist (at the next pulse), and a focus request made before is lost.
     */
    private void layOutForFocus() {
        scroll.applyCss();
        scroll.layout();
    }

    /**
     * Puts the cursor in the field registered as {@code key} and scrolls it into view; false when the pane has no
     * such field or it is greyed out (the other side's in the rounds, a locked workbook).
     */
    boolean focusField(String key) {
        releaseLowerSections();
        Control field = form == null ? null : form.fields().get(key);
        if (field == null || field.isDisabled() || !field.isVisible()) {
            return false;
        }
        layOutForFocus();
        field.requestFocus();
        scrollIntoView(field);
        return field.isFocused();
    }

    /**
     * Puts the keyboard in text field {@code key} with {@code typed} in it, when that field is shown, may be typed in
     * and is still empty; false (nothing moved) otherwise.
     */
    boolean typeIntoEmpty(String key, String typed) {
        releaseLowerSections();
        Control field = form == null ? null : form.fields().get(key);
        if (!(field instanceof javafx.scene.control.TextInputControl text) || !text.isEditable()
                || !text.getText().isEmpty() || !focusField(key)) {
            return false;
        }
        text.insertText(0, typed);
        return true;
    }

    private void scrollIntoView(Node node) {
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
        scroll.setVvalue(Math.max(0, Math.min(1, (top - 24) / (contentHeight - viewport))));
    }

    /**
     * Stores the field being typed in (leaving it commits it) and puts the cursor back.
     *
     * @return false when the value was refused; it stays in the field with its message
     */
    boolean commitFocusedField() {
        String field = focusedFieldKey();
        if (field == null) {
            return true;
        }
        Control control = form.fields().get(field);
        scroll.requestFocus();
        control.requestFocus();
        return !control.getPseudoClassStates().contains(DetailForm.DANGER);
    }

    /** Whether the keyboard focus is inside the pane. */
    boolean hasFocus() {
        Node focused = scroll.getScene() == null ? null : scroll.getScene().getFocusOwner();
        while (focused != null) {
            if (focused == scroll) {
                return true;
            }
            focused = focused.getParent();
        }
        return false;
    }

    // ---- keyboard ----------------------------------------------------------------------------------------------

    private void keys(KeyEvent event) {
        if (!event.isAltDown() || (event.getCode() != KeyCode.DOWN && event.getCode() != KeyCode.UP)) {
            return;
        }
        event.consume();
        String field = focusedFieldKey();
        // Leaving the field commits it (or keeps a refused value with its message, and the pane stays put).
        scroll.requestFocus();
        if (form != null && !message.getText().isEmpty()) {
            if (field != null) {
                form.fields().get(field).requestFocus();
            }
            return;
        }
        Optional<ScoringRow> next = neighbour(event.getCode() == KeyCode.DOWN ? 1 : -1);
        if (next.isEmpty()) {
            if (field != null) {
                form.fields().get(field).requestFocus();
            }
            return;
        }
        model.setSelectedCode(next.get().code());
        Platform.runLater(() -> {
            // The same field of the next criterion, scrolled into view (the new criterion's pane starts at its top).
            if (field == null || !focusField(field)) {
                focusFirstField();
            }
        });
    }

    private String focusedFieldKey() {
        if (form == null || scroll.getScene() == null) {
            return null;
        }
        Node focused = scroll.getScene().getFocusOwner();
        while (focused != null) {
            for (var field : form.fields().entrySet()) {
                if (field.getValue() == focused) {
                    return field.getKey();
                }
            }
            focused = focused.getParent();
        }
        return null;
    }

    /** The next (or previous) criterion that can be scored among the rows shown, in printed order. */
    private Optional<ScoringRow> neighbour(int step) {
        var rows = model.rows();
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().equals(code)) {
                at = i;
            }
        }
        for (int i = at + step; i >= 0 && i < rows.size(); i += step) {
            ScoringRow row = rows.get(i);
            if (row.isLeaf() && model.filter().isVisible(row.code())) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    // ---- building ----------------------------------------------------------------------------------------------

    /**
     * Shows the newly selected row, unless a text field of this one holds a refused value (a text the domain refused,
     * or any text typed while the writer is stopped on a refused write): the pane then stays on its row with the typed
     * text and its message, and the selection goes back to it, as a refused cell stays open in the table. Nothing
     * typed disappears with a click on another row; Esc in the field gives the text up.
     */
    private void selectionChanged(String selected) {
        if (form != null && java.util.Objects.equals(selected, code)) {
            // The selection came back to the row whose refused value is kept: its form is still shown.
            return;
        }
        Optional<Control> refused = form == null || selected == null ? Optional.empty() : form.refusedField();
        if (refused.isPresent()) {
            String kept = code;
            Control field = refused.get();
            Platform.runLater(() -> {
                model.setSelectedCode(kept);
                field.requestFocus();
            });
            return;
        }
        build(selected);
    }

    private void build(String selected) {
        code = selected;
        message.setText("");
        content.getChildren().clear();
        form = null;
        if (selected == null || model.row(selected).isEmpty()) {
            Label empty = new Label(Messages.get("scoring.detail.empty"));
            empty.setWrapText(true);
            empty.getStyleClass().add("detail-empty");
            content.getChildren().add(empty);
            return;
        }
        ScoringRow row = model.row(selected).orElseThrow();
        CriterionNode node = row.node();
        form = new DetailForm(model, selected, message);

        Label title = new Label(row.shownCode() + "  " + row.title());
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label facts = new Label(Messages.get("scoring.detail.max", node.maxPoints()) + "  ·  "
                + Messages.get("scoring.detail.rule", ScoreInputsSection.ruleText(node)));
        facts.getStyleClass().add("detail-facts");
        facts.setWrapText(true);
        content.getChildren().addAll(title, facts, message);

        java.util.List<Node> upper = java.util.List.of(
                section("scoring.detail.section.scores", ScoreInputsSection.build(form, row)),
                section("scoring.detail.section.guidance", guidance(node)));
        content.getChildren().addAll(upper);
        enableSections(selected, upper);
        heldSections = null;
        if (holding) {
            DetailForm heldForm = form;
            heldSpace.setPrefHeight(scroll.getHeight() > 0 ? scroll.getHeight() : 800);
            content.getChildren().add(heldSpace);
            heldSections = () -> {
                if (form == heldForm) {
                    content.getChildren().remove(heldSpace);
                    addLowerSections(selected);
                    refill();
                }
            };
        } else {
            addLowerSections(selected);
        }
        refill();
        if (model.isEditable() && !model.isEditable(selected)) {
            // A department's part: say why this criterion's details are greyed out.
            model.whyNotScorable(selected).ifPresent(message::setText);
        }
        scroll.setVvalue(0);
    }

    /** The evidence, the explanation, the opinion, the remedy and the departments of {@code selected}. */
    private void addLowerSections(String selected) {
        java.util.List<Node> lower = java.util.List.of(
                section("scoring.detail.section.evidence", EvidenceSection.build(form, openFile)),
                section("scoring.detail.section.explanation", RemedySection.text(form, "detail-explanation",
                        Entry::selfExplanation, model::commitSelfExplanation)),
                section("scoring.detail.section.opinion", RemedySection.text(form, "detail-opinion",
                        Entry::appraisalOpinion, model::commitAppraisalOpinion)),
                section("scoring.detail.section.remedy", RemedySection.remedy(form)),
                section("scoring.detail.section.responsibility", ResponsibilitySection.build(form)));
        content.getChildren().addAll(lower);
        enableSections(selected, lower);
        // In the rounds the other side's texts are shown, selectable, but not editable (the domain refuses them too).
        readOnlyUnless(model.mayChange(vn.cchc.workbook.domain.assessment.Rounds.Part.SELF), "#detail-explanation");
        readOnlyUnless(model.mayChange(vn.cchc.workbook.domain.assessment.Rounds.Part.APPRAISAL), "#detail-opinion");
    }

    private void enableSections(String selected, java.util.List<Node> sections) {
        for (Node child : sections) {
            if (child instanceof TitledPane pane && !pane.getContent().getProperties().containsKey("keepEnabled")) {
                pane.getContent().setDisable(!model.isEditable(selected));
            }
        }
    }

    private void readOnlyUnless(boolean allowed, String selector) {
        if (content.lookup(selector) instanceof javafx.scene.control.TextInputControl text) {
            text.setEditable(allowed);
        }
    }

    private void refill() {
        if (form != null && model.row(code).isPresent()) {
            form.refill();
        }
    }

    private static TitledPane section(String key, Node body) {
        TitledPane pane = new TitledPane(Messages.get(key), body);
        pane.setAnimated(false);
        pane.setExpanded(true);
        // The section headers are not stops of their own: Tab goes from field to field.
        pane.setFocusTraversable(false);
        pane.getStyleClass().addAll("detail-section", atlantafx.base.theme.Styles.DENSE);
        return pane;
    }

    private static Node guidance(CriterionNode node) {
        VBox box = new VBox(6);
        Label guidance = new Label(node.guidance().isBlank() ? Messages.get("scoring.detail.none") : node.guidance());
        guidance.setWrapText(true);
        Label requiredTitle = new Label(Messages.get("scoring.detail.section.evidenceRequired"));
        requiredTitle.getStyleClass().add("detail-subtitle");
        Label required = new Label(node.evidenceRequired().isBlank() ? Messages.get("scoring.detail.none")
                : node.evidenceRequired());
        required.setWrapText(true);
        box.getChildren().addAll(guidance, requiredTitle, required);
        return box;
    }

    /** For tests and the view: the refusal shown above the sections, blank when the last edit was taken. */
    Optional<String> message() {
        return message.getText().isEmpty() ? Optional.empty() : Optional.of(message.getText());
    }
}

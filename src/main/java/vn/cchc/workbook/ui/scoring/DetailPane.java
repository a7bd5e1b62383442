package vn.cchc.workbook.ui.scoring;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.assessment.RuleInput;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Messages;
import vn.cchc.workbook.domain.text.Points;

/**
 * Everything about the selected row: guidance and required evidence from the criteria set, the score inputs of
 * each round, không áp dụng, the evidence documents, the explanation, the appraisal opinion, the remedy, the
 * target and the responsible departments. Each committed field is one {@code EditSession} edit. The controls are
 * built once per selected row and only refilled after each change, so focus stays where the clerk is typing.
 */
final class DetailPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ScoringViewModel model;
    private final Consumer<Path> openFile;
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label message = new Label();
    private final List<Runnable> refills = new ArrayList<>();
    private String code;
    private boolean refilling;

    DetailPane(ScoringViewModel model, Consumer<Path> openFile) {
        this.model = model;
        this.openFile = openFile;
        content.getStyleClass().add("detail-content");
        content.setPadding(new Insets(10, 12, 16, 12));
        scroll.getStyleClass().add("detail-pane");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        message.getStyleClass().add("detail-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        model.selectedCodeProperty().addListener((obs, old, selected) -> build(selected));
        model.revisionProperty().addListener((obs, old, revision) -> refill());
        model.editableProperty().addListener((obs, old, editable) -> build(code));
        build(model.getSelectedCode());
    }

    Node root() {
        return scroll;
    }

    // ---- building ----------------------------------------------------------------------------------------------

    private void build(String selected) {
        code = selected;
        refills.clear();
        message.setText("");
        content.getChildren().clear();
        if (selected == null || model.row(selected).isEmpty()) {
            Label empty = new Label(Messages.get("scoring.detail.empty"));
            empty.setWrapText(true);
            empty.getStyleClass().add("detail-empty");
            content.getChildren().add(empty);
            return;
        }
        ScoringRow row = model.row(selected).orElseThrow();
        CriterionNode node = row.node();

        Label title = new Label(row.code() + "  " + row.title());
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label facts = new Label(Messages.get("scoring.detail.max", node.maxPoints()) + "  ·  "
                + Messages.get("scoring.detail.rule", ruleText(node)));
        facts.getStyleClass().add("detail-facts");
        facts.setWrapText(true);
        content.getChildren().addAll(title, facts, message);

        content.getChildren().add(section("scoring.detail.section.scores", scores(row), true));
        content.getChildren().add(section("scoring.detail.section.guidance", guidance(node), true));
        content.getChildren().add(section("scoring.detail.section.evidence", evidence(), true));
        content.getChildren().add(section("scoring.detail.section.explanation",
                textArea(Entry::selfExplanation, model::commitSelfExplanation), true));
        content.getChildren().add(section("scoring.detail.section.opinion",
                textArea(Entry::appraisalOpinion, model::commitAppraisalOpinion), true));
        content.getChildren().add(section("scoring.detail.section.remedy", remedy(), true));
        content.getChildren().add(section("scoring.detail.section.responsibility", responsibility(), true));
        for (Node child : content.getChildren()) {
            if (child instanceof TitledPane pane && !pane.getContent().getProperties().containsKey("keepEnabled")) {
                pane.getContent().setDisable(!model.isEditable());
            }
        }
        refill();
        scroll.setVvalue(0);
    }

    private void refill() {
        if (code == null || model.row(code).isEmpty()) {
            return;
        }
        refilling = true;
        try {
            refills.forEach(Runnable::run);
        } finally {
            refilling = false;
        }
    }

    private Entry entry() {
        return model.entry(code);
    }

    private TitledPane section(String key, Node body, boolean expanded) {
        TitledPane pane = new TitledPane(Messages.get(key), body);
        pane.setAnimated(false);
        pane.setExpanded(expanded);
        pane.getStyleClass().addAll("detail-section", atlantafx.base.theme.Styles.DENSE);
        return pane;
    }

    /** Runs one edit; a refusal is shown above the sections and on the field, and nothing is stored. */
    private boolean attempt(Control field, Runnable edit) {
        try {
            edit.run();
            message.setText("");
            if (field != null) {
                field.pseudoClassStateChanged(DANGER, false);
            }
            return true;
        } catch (UserFacingException refused) {
            message.setText(refused.getMessage());
            if (field != null) {
                field.pseudoClassStateChanged(DANGER, true);
            }
            return false;
        }
    }

    // ---- scores ------------------------------------------------------------------------------------------------

    private Node scores(ScoringRow row) {
        VBox box = new VBox(8);
        String rowCode = row.code();
        if (row.isLeaf()) {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(6);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints editors = new ColumnConstraints();
            editors.setHgrow(Priority.ALWAYS);
            editors.setFillWidth(true);
            ColumnConstraints results = new ColumnConstraints();
            results.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().addAll(labels, editors, results);
            int line = 0;
            for (ScoreSlot slot : List.of(ScoreSlot.SELF, ScoreSlot.FIRST_APPRAISAL, ScoreSlot.SECOND_APPRAISAL)) {
                Label name = new Label(Messages.get(switch (slot) {
                    case SELF -> "scoring.detail.slot.self";
                    case FIRST_APPRAISAL -> "scoring.detail.slot.first";
                    default -> "scoring.detail.slot.second";
                }));
                Label points = new Label();
                points.getStyleClass().add("detail-points");
                refills.add(() -> points.setText(model.points(rowCode, slot)
                        .map(p -> Messages.get("scoring.detail.points", p))
                        .orElse(Messages.get("scoring.detail.noScore"))));
                Node editor = scoreEditor(row, slot, name);
                grid.addRow(line++, name, editor, points);
            }
            box.getChildren().add(grid);
        } else {
            Label parent = new Label(Messages.get("scoring.detail.parent"));
            parent.setWrapText(true);
            parent.getStyleClass().add("detail-muted");
            box.getChildren().add(parent);
        }
        CheckBox notApplicable = new CheckBox(Messages.get("scoring.detail.notApplicable"));
        notApplicable.setId("detail-not-applicable");
        notApplicable.selectedProperty().addListener((obs, old, on) -> {
            if (!refilling) {
                attempt(notApplicable, () -> model.setNotApplicable(rowCode, on));
            }
        });
        refills.add(() -> notApplicable.setSelected(entry().notApplicable()));

        TextField target = new TextField();
        target.setId("detail-target");
        target.setPromptText(Messages.get("scoring.detail.target.prompt"));
        target.setPrefColumnCount(6);
        commitOnEnterOrLeave(target, () -> Points.formatShort(entry().target()),
                text -> model.commitTarget(rowCode, text));
        TextField gain = new TextField();
        gain.setId("detail-expected-gain");
        gain.setPromptText(Messages.get("scoring.detail.target.prompt"));
        gain.setPrefColumnCount(6);
        commitOnEnterOrLeave(gain, () -> Points.formatShort(entry().expectedGain()),
                text -> model.commitExpectedGain(rowCode, text));
        // One line each: side by side, both labels were cut short in the pane's width at 1366×768.
        javafx.scene.layout.GridPane targetRows = new javafx.scene.layout.GridPane();
        targetRows.setHgap(8);
        targetRows.setVgap(6);
        targetRows.addRow(0, new Label(Messages.get("scoring.detail.target")), target);
        targetRows.addRow(1, new Label(Messages.get("scoring.detail.expectedGain")), gain);
        box.getChildren().addAll(notApplicable, targetRows);
        return box;
    }

    private Node scoreEditor(ScoringRow row, ScoreSlot slot, Label name) {
        String rowCode = row.code();
        ScoringRule rule = row.node().rule();
        String idPrefix = "detail-" + slot.name().toLowerCase(java.util.Locale.ROOT);
        if (rule instanceof ScoringRule.Levels levels) {
            ComboBox<Integer> box = levelBox(levels.levels());
            box.setId(idPrefix);
            box.setAccessibleText(name.getText());
            Tooltip full = new Tooltip();
            full.textProperty().bind(box.valueProperty().map(value -> levelText(levels.levels(), value)));
            box.setTooltip(full);
            box.valueProperty().addListener((obs, old, value) -> {
                if (!refilling) {
                    attempt(box, () -> model.commitLevel(rowCode, slot, value == null || value < 0 ? null : value));
                }
            });
            refills.add(() -> box.setValue(model.input(rowCode, slot) instanceof RuleInput.LevelChoice choice
                    ? choice.index() : -1));
            return box;
        }
        if (rule instanceof ScoringRule.Ratio) {
            TextField a = new TextField();
            TextField b = new TextField();
            a.setId(idPrefix + "-a");
            b.setId(idPrefix + "-b");
            a.setPromptText("a");
            b.setPromptText("b");
            a.setTooltip(new Tooltip(Messages.get("scoring.detail.ratio.a")));
            b.setTooltip(new Tooltip(Messages.get("scoring.detail.ratio.b")));
            a.setPrefColumnCount(4);
            b.setPrefColumnCount(4);
            Runnable commit = () -> {
                RuleInput.RatioInput stored = model.input(rowCode, slot) instanceof RuleInput.RatioInput r ? r : null;
                String storedA = stored == null ? "" : InputText.plain(stored.total());
                String storedB = stored == null ? "" : InputText.plain(stored.achieved());
                boolean changed = !a.getText().strip().equals(storedA) || !b.getText().strip().equals(storedB);
                boolean complete = a.getText().isBlank() == b.getText().isBlank();
                if (changed && complete) {
                    attempt(a, () -> model.commitRatio(rowCode, slot, a.getText(), b.getText()));
                }
            };
            for (TextField field : List.of(a, b)) {
                field.setOnAction(event -> commit.run());
                field.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused && !refilling) {
                        commit.run();
                    }
                });
            }
            refills.add(() -> {
                RuleInput.RatioInput r = model.input(rowCode, slot) instanceof RuleInput.RatioInput in ? in : null;
                a.setText(r == null ? "" : InputText.plain(r.total()));
                b.setText(r == null ? "" : InputText.plain(r.achieved()));
            });
            HBox pair = new HBox(4, b, new Label("/"), a);
            pair.setAlignment(Pos.CENTER_LEFT);
            return pair;
        }
        TextField field = new TextField();
        field.setId(idPrefix);
        field.setPromptText(Messages.get(rule instanceof ScoringRule.Deductions
                ? "scoring.detail.violations" : "scoring.detail.points.prompt"));
        field.setPrefColumnCount(6);
        commitOnEnterOrLeave(field, () -> model.inputText(rowCode, slot),
                text -> model.commitScore(rowCode, slot, text));
        return field;
    }

    private ComboBox<Integer> levelBox(List<Level> levels) {
        ComboBox<Integer> box = new ComboBox<>();
        box.getItems().add(-1);
        for (int i = 0; i < levels.size(); i++) {
            box.getItems().add(i);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                setText(empty || index == null ? null : levelText(levels, index));
            }
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null ? "" : levelText(levels, index);
            }

            @Override
            public Integer fromString(String text) {
                return -1;
            }
        });
        box.setPromptText(Messages.get("scoring.detail.level.prompt"));
        return box;
    }

    private static String levelText(List<Level> levels, int index) {
        if (index < 0) {
            return Messages.get("scoring.detail.level.none");
        }
        Level level = levels.get(index);
        return Messages.get("scoring.detail.level.option", level.label(), Points.formatShort(level.points()));
    }

    private String ruleText(CriterionNode node) {
        return switch (node.rule()) {
            case ScoringRule.Manual manual when manual.step() != null ->
                    Messages.get("scoring.detail.rule.step", Points.formatShort(manual.step()));
            case ScoringRule.Deductions d ->
                    Messages.get("scoring.detail.rule.deductions", Points.formatShort(d.perViolation()));
            case ScoringRule.Ratio ratio when ratio.threshold() != null || ratio.fullAt() != null -> {
                String text = Messages.get("domain.rule.ratio");
                if (ratio.threshold() != null) {
                    text = Messages.get("scoring.detail.rule.ratioThreshold", percent(ratio.threshold()));
                }
                if (ratio.fullAt() != null) {
                    text += Messages.get("scoring.detail.rule.ratioFullAt", percent(ratio.fullAt()));
                }
                yield text;
            }
            default -> Messages.get("domain.rule." + node.rule().kind());
        };
    }

    private static String percent(BigDecimal fraction) {
        return Points.formatShort(fraction.multiply(BigDecimal.valueOf(100)));
    }

    // ---- guidance ----------------------------------------------------------------------------------------------

    private Node guidance(CriterionNode node) {
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

    // ---- evidence ----------------------------------------------------------------------------------------------

    private Node evidence() {
        String rowCode = code;
        TableView<EvidenceDocument> table = new TableView<>();
        table.setId("detail-evidence");
        table.getStyleClass().add("evidence-table");
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("scoring.evidence.empty")));
        table.getColumns().add(evidenceColumn("scoring.evidence.number", EvidenceDocument::number, 90));
        table.getColumns().add(evidenceColumn("scoring.evidence.date", d -> DateFields.format(d.date()), 78));
        table.getColumns().add(evidenceColumn("scoring.evidence.summary", EvidenceDocument::summary, 150));
        table.getColumns().add(evidenceColumn("scoring.evidence.file", this::fileText, 80));
        refills.add(() -> {
            int selected = table.getSelectionModel().getSelectedIndex();
            table.getItems().setAll(entry().evidence());
            if (selected >= 0 && selected < table.getItems().size()) {
                table.getSelectionModel().select(selected);
            }
        });

        Button add = new Button(Messages.get("scoring.evidence.add"));
        Button edit = new Button(Messages.get("scoring.evidence.edit"));
        Button remove = new Button(Messages.get("scoring.evidence.remove"));
        Button open = new Button(Messages.get("scoring.evidence.open"));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        open.disableProperty().bind(none.or(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            EvidenceDocument d = table.getSelectionModel().getSelectedItem();
            return !model.canOpen(d);
        }, table.getSelectionModel().selectedItemProperty())));
        add.setOnAction(event -> EvidenceDialog.show(scroll.getScene().getWindow(), rowCode, null)
                .ifPresent(result -> attempt(null, () -> saveEvidence(rowCode, -1, result))));
        Runnable editSelected = () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                EvidenceDialog.show(scroll.getScene().getWindow(), rowCode, table.getItems().get(index))
                        .ifPresent(result -> attempt(null, () -> saveEvidence(rowCode, index, result)));
            }
        };
        // Files dropped on the list are attached, each as its own document, cited by its name until edited.
        table.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && model.isEditable()) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            event.consume();
        });
        table.setOnDragDropped(event -> {
            boolean done = false;
            if (event.getDragboard().hasFiles() && model.isEditable()) {
                done = true;
                for (java.io.File dropped : event.getDragboard().getFiles()) {
                    if (!attempt(null, () -> model.attachEvidence(rowCode, -1, new EvidenceDocument("", null, "", ""),
                            dropped.toPath()))) {
                        break;
                    }
                }
            }
            event.setDropCompleted(done);
            event.consume();
        });
        edit.setOnAction(event -> editSelected.run());
        remove.setOnAction(event -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                attempt(null, () -> model.removeEvidence(rowCode, index));
            }
        });
        open.setOnAction(event -> open(table.getSelectionModel().getSelectedItem()));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && model.isEditable()) {
                editSelected.run();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && model.isEditable()) {
                event.consume();
                editSelected.run();
            } else if (event.getCode() == KeyCode.DELETE && model.isEditable()) {
                event.consume();
                remove.fire();
            }
        });
        HBox buttons = new HBox(6, add, edit, remove, new Region(), open);
        HBox.setHgrow(buttons.getChildren().get(3), Priority.ALWAYS);
        var locked = model.editableProperty().not();
        edit.disableProperty().unbind();
        remove.disableProperty().unbind();
        edit.disableProperty().bind(none.or(locked));
        remove.disableProperty().bind(none.or(locked));
        add.disableProperty().bind(locked);
        VBox box = new VBox(6, table, buttons);
        // Opening a file is allowed on a locked workbook too, so this section is enabled separately.
        box.getProperties().put("keepEnabled", Boolean.TRUE);
        return box;
    }

    private void saveEvidence(String rowCode, int index, EvidenceDialog.Result result) {
        if (result.newFile() != null) {
            model.attachEvidence(rowCode, index, result.citation(), result.newFile());
        } else if (index < 0) {
            model.addEvidence(rowCode, result.citation());
        } else {
            model.replaceEvidence(rowCode, index, result.citation());
        }
    }

    /** Opens a checked, read-only copy of the document's file; says why not when it cannot. */
    private void open(EvidenceDocument document) {
        if (document == null) {
            return;
        }
        try {
            Path copy = model.viewableCopy(document);
            message.setText("");
            openFile.accept(copy);
        } catch (UserFacingException refused) {
            message.setText(refused.getMessage());
        }
    }

    /** The stored file's name (marked when this computer does not have it), or an older workbook's file name. */
    private String fileText(EvidenceDocument document) {
        if (document.file() != null) {
            return model.canOpen(document) ? document.file().name()
                    : Messages.get("evidence.ui.fileNotHere", document.file().name());
        }
        return fileName(document.filePath());
    }

    private static String fileName(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        try {
            Path name = Path.of(path).getFileName();
            return name == null ? path : name.toString();
        } catch (InvalidPathException unreadable) {
            return path;
        }
    }

    private static TableColumn<EvidenceDocument, String> evidenceColumn(String key,
                                                                       Function<EvidenceDocument, String> value,
                                                                       double width) {
        TableColumn<EvidenceDocument, String> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(features -> new ReadOnlyStringWrapper(value.apply(features.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    // ---- free text ---------------------------------------------------------------------------------------------

    private interface TextCommit {
        void commit(String code, String text);
    }

    private Node textArea(Function<Entry, String> current, TextCommit commit) {
        String rowCode = code;
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setTooltip(new Tooltip(Messages.get("scoring.detail.commitHint")));
        Runnable save = () -> {
            if (!area.getText().strip().equals(current.apply(model.entry(rowCode)))) {
                attempt(area, () -> commit.commit(rowCode, area.getText()));
            }
        };
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !refilling) {
                save.run();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                save.run();
            } else if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                // Tab moves on, as in every other field, instead of typing a tab character.
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
        refills.add(() -> {
            if (!area.isFocused()) {
                area.setText(current.apply(entry()));
            }
        });
        return area;
    }

    private void commitOnEnterOrLeave(TextInputControl field, java.util.function.Supplier<String> stored,
                                      Consumer<String> commit) {
        Runnable save = () -> {
            if (!field.getText().strip().equals(stored.get())) {
                attempt(field, () -> commit.accept(field.getText()));
            }
        };
        if (field instanceof TextField text) {
            text.setOnAction(event -> save.run());
        }
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !refilling) {
                save.run();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                field.setText(stored.get());
                field.pseudoClassStateChanged(DANGER, false);
                message.setText("");
            }
        });
        refills.add(() -> {
            if (!field.isFocused() || !field.getPseudoClassStates().contains(DANGER)) {
                field.setText(stored.get());
            }
        });
    }

    // ---- remedy and responsibility -----------------------------------------------------------------------------

    private Node remedy() {
        String rowCode = code;
        TextArea measure = new TextArea();
        measure.setWrapText(true);
        measure.setPrefRowCount(2);
        DatePicker deadline = DateFields.picker();
        deadline.setPrefWidth(140);
        ChoiceBox<Remedy.Status> status = new ChoiceBox<>();
        status.getItems().setAll(Remedy.Status.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Remedy.Status value) {
                return value == null ? "" : Messages.get(value.messageKey());
            }

            @Override
            public Remedy.Status fromString(String text) {
                return null;
            }
        });
        Runnable save = () -> {
            if (refilling) {
                return;
            }
            Remedy current = model.entry(rowCode).remedy();
            Remedy next = new Remedy(measure.getText(), deadline.getValue(),
                    status.getValue() == null ? Remedy.Status.NOT_STARTED : status.getValue());
            if (!next.equals(current)) {
                attempt(measure, () -> model.commitRemedy(rowCode, next.measure(), next.deadline(), next.status()));
            }
        };
        measure.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                save.run();
            }
        });
        measure.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                save.run();
            }
        });
        deadline.valueProperty().addListener((obs, old, value) -> save.run());
        deadline.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                deadline.setValue(deadline.getConverter().fromString(deadline.getEditor().getText()));
            }
        });
        status.valueProperty().addListener((obs, old, value) -> save.run());
        refills.add(() -> {
            Remedy remedy = entry().remedy();
            if (!measure.isFocused()) {
                measure.setText(remedy.measure());
            }
            deadline.setValue(remedy.deadline());
            status.setValue(remedy.status());
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label(Messages.get("scoring.detail.remedy.measure")), measure);
        grid.addRow(1, new Label(Messages.get("scoring.detail.remedy.deadline")), deadline);
        grid.addRow(2, new Label(Messages.get("scoring.detail.remedy.status")), status);
        return grid;
    }

    private Node responsibility() {
        String rowCode = code;
        VBox lines = new VBox(4);
        Label inherited = new Label();
        inherited.getStyleClass().add("detail-muted");
        inherited.setWrapText(true);
        inherited.managedProperty().bind(inherited.textProperty().isNotEmpty());
        inherited.visibleProperty().bind(inherited.textProperty().isNotEmpty());
        ComboBox<Department> choice = new ComboBox<>();
        choice.setPromptText(Messages.get("scoring.detail.responsibility.choose"));
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Department department) {
                return department == null ? "" : department.name();
            }

            @Override
            public Department fromString(String text) {
                return null;
            }
        });
        Button add = new Button(Messages.get("scoring.detail.responsibility.add"));
        add.disableProperty().bind(choice.valueProperty().isNull());
        add.setOnAction(event -> {
            Department department = choice.getValue();
            if (department != null) {
                attempt(choice, () -> model.addResponsibility(rowCode, department.id()));
            }
        });
        refills.add(() -> {
            EffectiveResponsibility effective = model.responsibility(rowCode);
            lines.getChildren().clear();
            inherited.setText(effective.inherited()
                    ? Messages.get("scoring.detail.responsibility.inherited", effective.fromCode()) : "");
            for (Responsibility r : effective.responsibilities()) {
                lines.getChildren().add(responsibilityLine(rowCode, r));
            }
            List<String> assigned = effective.responsibilities().stream().map(Responsibility::departmentId).toList();
            choice.getItems().setAll(model.departments().stream().filter(d -> !assigned.contains(d.id())).toList());
            choice.setValue(null);
        });
        HBox addRow = new HBox(6, choice, add);
        HBox.setHgrow(choice, Priority.ALWAYS);
        return new VBox(6, inherited, lines, addRow);
    }

    private Node responsibilityLine(String rowCode, Responsibility responsibility) {
        Label name = new Label(model.departmentName(responsibility.departmentId()));
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        TextField share = new TextField(responsibility.points() == null ? ""
                : Points.formatShort(responsibility.points()));
        share.setPromptText(Messages.get("scoring.detail.share.prompt"));
        share.setTooltip(new Tooltip(Messages.get("scoring.detail.share.hint")));
        share.setPrefColumnCount(5);
        String stored = share.getText();
        Runnable save = () -> {
            if (!share.getText().strip().equals(stored)) {
                attempt(share, () -> model.commitShare(rowCode, responsibility.departmentId(), share.getText()));
            }
        };
        share.setOnAction(event -> save.run());
        share.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !refilling && share.getScene() != null) {
                save.run();
            }
        });
        Button remove = new Button(Messages.get("scoring.detail.responsibility.remove"));
        remove.setOnAction(event -> attempt(remove,
                () -> model.removeResponsibility(rowCode, responsibility.departmentId())));
        HBox line = new HBox(6, name, share, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        return line;
    }

    /** For tests and the view: the refusal shown above the sections, blank when the last edit was taken. */
    Optional<String> message() {
        return message.getText().isEmpty() ? Optional.empty() : Optional.of(message.getText());
    }
}

package vn.cchc.workbook.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Copy and paste between the score table and a spreadsheet. Ctrl+C puts the selected cells on the clipboard as
 * tab-separated text with decimal commas, as shown. Ctrl+V takes a column (or two, Tự đánh giá then Thẩm định) copied
 * from Excel or LibreOffice and fills the rows that take a value from the focused cell down, skipping group rows and
 * rows marked không áp dụng; every value is checked by the same rules as a typed one, and a paste with any refused
 * value stores none and names the rows. A paste is one undo step.
 */
final class GridClipboard {

    /** More than any criteria set has rows; a longer clipboard is not a column of scores. */
    static final int MAX_LINES = 2000;
    static final int MAX_CHARACTERS = 200_000;
    private static final int REFUSALS_SHOWN = 5;
    private static final int COUNTED_SHOWN = 5;

    private final ScoreTable table;

    GridClipboard(ScoreTable table) {
        this.table = table;
    }

    // ---- copy --------------------------------------------------------------------------------------------------

    void copy() {
        String text = selectionText();
        if (text.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        table.say(Messages.get("scoring.grid.copied", table.control().getSelectionModel().getSelectedCells().size()));
    }

    /** The selected cells as rows of tab-separated values, the block from the first to the last selected column. */
    String selectionText() {
        var selected = table.control().getSelectionModel().getSelectedCells();
        if (selected.isEmpty()) {
            return "";
        }
        List<TreeTableColumn<ScoringRow, ?>> columns = new ArrayList<>(table.control().getVisibleLeafColumns());
        // The block spanned by the selection, as a spreadsheet copies it.
        TreeSet<Integer> rows = new TreeSet<>();
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (TreeTablePosition<ScoringRow, ?> cell : selected) {
            int column = columns.indexOf(cell.getTableColumn());
            if (column < 0 || cell.getRow() < 0) {
                continue;
            }
            rows.add(cell.getRow());
            first = Math.min(first, column);
            last = Math.max(last, column);
        }
        StringBuilder text = new StringBuilder();
        for (int row = rows.first(); row <= rows.last(); row++) {
            ScoringRow value = table.rowAt(row);
            List<String> cells = new ArrayList<>();
            for (int column = first; column <= last; column++) {
                    cells.add(value != null ? shown(value, columns.get(column)) : "");
            }
            text.append(String.join("\t", cells)).append("\r\n");
        }
        return text.toString();
    }

    /** What a cell shows, flattened to one line (a tab or line break would split it into cells on pasting). */
    private static String shown(ScoringRow row, TreeTableColumn<ScoringRow, ?> column) {
        RowState state = row.state();
        String id = column.getId() == null ? "" : column.getId();
        String text = switch (id) {
            case "column-code" -> row.shownCode();
            case "column-title" -> row.title();
            case "column-max" -> row.maxText();
            case "column-self" -> state.notApplicable() && row.isLeaf() ? "" : state.selfText();
            case "column-appraised" -> state.notApplicable() && row.isLeaf() ? "" : state.appraisedText();
            case "column-deduction" -> state.deductionText();
            case "column-departments" -> state.departmentsShown();
            case "column-opinion" -> state.opinion();
            default -> "";
        };
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    // ---- paste -------------------------------------------------------------------------------------------------

    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) {
            table.refuse(Messages.get("scoring.paste.noText"));
            return;
        }
        paste(clipboard.getString());
    }

    /** Pastes {@code text} at the focused cell; returns whether anything was stored. */
    boolean paste(String text) {
        TreeTablePosition<ScoringRow, ?> cell = table.focusedCell();
        if (cell == null) {
            return false;
        }
        if (!table.model().isEditable()) {
            table.refuse(Messages.get("scoring.input.locked"));
            return false;
        }
        int startColumn = table.scoreColumns().indexOf(cell.getTableColumn());
        if (startColumn < 0) {
            table.refuse(Messages.get("scoring.paste.notScoreColumn"));
            return false;
        }
        if (text == null || text.isEmpty()) {
            table.refuse(Messages.get("scoring.paste.noText"));
            return false;
        }
        if (text.length() > MAX_CHARACTERS) {
            table.refuse(Messages.get("scoring.paste.tooLong", MAX_CHARACTERS));
            return false;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\\r\\n|\\n|\\r", -1)));
        // Spreadsheets end a copied block with a line break.
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            table.refuse(Messages.get("scoring.paste.noText"));
            return false;
        }
        if (lines.size() > MAX_LINES) {
            table.refuse(Messages.get("scoring.paste.tooManyLines", lines.size(), MAX_LINES));
            return false;
        }
        int width = 0;
        List<String[]> cells = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            cells.add(parts);
            width = Math.max(width, parts.length);
        }
        int columnsLeft = table.scoreColumns().size() - startColumn;
        if (width > columnsLeft) {
            table.refuse(Messages.get("scoring.paste.tooWide", width, columnsLeft));
            return false;
        }
        List<Integer> targets = new ArrayList<>();
        TreeTableColumn<ScoringRow, ?> startAt = cell.getTableColumn();
        int row = table.whyNotEditable(cell.getRow(), startAt).isEmpty() ? cell.getRow()
                : table.nextRow(cell.getRow(), startAt, 1);
        while (row >= 0 && targets.size() < lines.size()) {
            targets.add(row);
            row = table.nextRow(row, startAt, 1);
        }
        if (targets.size() < lines.size()) {
            table.refuse(Messages.get("scoring.paste.tooManyRows", lines.size(),
                    table.rowAt(cell.getRow()).shownCode(), targets.size()));
            return false;
        }
        List<ScoringViewModel.TypedScore> typed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String code = table.rowAt(targets.get(i)).code();
            String[] parts = cells.get(i);
            for (int c = 0; c < parts.length; c++) {
                ScoreSlot slot = table.slotOf(table.scoreColumns().get(startColumn + c));
                typed.add(new ScoringViewModel.TypedScore(code, slot, parts[c].strip()));
            }
        }
        List<ScoringViewModel.Refusal> refused;
        try {
            refused = table.model().commitScores(typed);
        } catch (UserFacingException failed) {
            table.refuse(failed.getMessage());
            return false;
        }
        if (!refused.isEmpty()) {
            table.refuse(refusalText(refused, table.model()));
            return false;
        }
        table.focusCell(targets.get(targets.size() - 1), startAt);
        String done = Messages.get("scoring.paste.done", typed.size(), table.rowAt(targets.get(0)).shownCode(),
                table.rowAt(targets.get(targets.size() - 1)).shownCode());
        List<String> counted = countedRows(targets);
        if (counted.isEmpty()) {
            table.say(done);
        } else {
            // A spreadsheet's column may hold points; on these rows the numbers were taken as counts. Said where the
            // clerk looks, with the undo at hand.
            String rows = String.join(", ", counted.subList(0, Math.min(COUNTED_SHOWN, counted.size())));
            if (counted.size() > COUNTED_SHOWN) {
                rows = Messages.get("scoring.paste.countedMore", rows, counted.size() - COUNTED_SHOWN);
            }
            String told = done + " " + Messages.get("scoring.paste.counted", rows);
            table.say(told);
            table.showHint(table.cellNode(targets.get(targets.size() - 1), startAt), told);
        }
        return true;
    }

    /** The codes of the rows among {@code targets} whose value is a count (violations, items), not points. */
    private List<String> countedRows(List<Integer> targets) {
        List<String> codes = new ArrayList<>();
        for (int row : targets) {
            ScoringRow value = table.rowAt(row);
            if (value.node().rule() instanceof ScoringRule.Deductions
                    || value.node().rule() instanceof ScoringRule.PerItem) {
                codes.add(value.shownCode());
            }
        }
        return codes;
    }

    private static String refusalText(List<ScoringViewModel.Refusal> refused, ScoringViewModel model) {
        StringBuilder text = new StringBuilder(Messages.get("scoring.paste.refused", refused.size()));
        for (ScoringViewModel.Refusal refusal : refused.subList(0, Math.min(REFUSALS_SHOWN, refused.size()))) {
            text.append('\n').append(Messages.get("scoring.paste.refusedLine", model.shownCode(refusal.code()),
                    Messages.get(refusal.slot() == ScoreSlot.SELF ? "scoring.column.self" : "scoring.column.appraised"),
                    refusal.message()));
        }
        if (refused.size() > REFUSALS_SHOWN) {
            text.append('\n').append(Messages.get("scoring.paste.refusedMore", refused.size() - REFUSALS_SHOWN));
        }
        return text.toString();
    }
}

package vn.cchc.workbook.reports.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * What was read from one sheet of a criteria workbook, for the preview shown before anything is saved.
 *
 * @param set      the set built from the table (may have errors: it is saved only once {@link #hasErrors()} is false,
 *                 normally after the user fixed it in the editor)
 * @param sheet    the sheets (or Word tables) the set was read from, in order, joined by ", "
 * @param sheets   every visible sheet of the workbook (every table of a document), in order, for the user to choose
 *                 one
 * @param skipped  the sheets or tables that hold no criteria table and were not read
 * @param rows     where each node was read and its guessed rule, in the order of {@link CriteriaSet#nodes()}
 * @param problems every problem found, each with {@code where} = "Trang tính …, dòng …"; errors and warnings
 *                 in row order
 */
public record CriteriaImport(CriteriaSet set, String sheet, List<String> sheets, List<String> skipped,
                             List<ImportedRow> rows, List<Problem> problems) {

    public CriteriaImport {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(sheet, "sheet");
        sheets = List.copyOf(sheets);
        skipped = List.copyOf(skipped);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        if (rows.size() != set.nodes().size()) {
            throw new IllegalArgumentException("one row per node expected: " + rows.size() + " rows, "
                    + set.nodes().size() + " nodes");
        }
    }

    /** The source row of the node at {@code index} in {@link CriteriaSet#nodes()}. */
    public ImportedRow rowAt(int index) {
        return rows.get(index);
    }

    /** The source row of the first node with {@code code}. */
    public Optional<ImportedRow> row(String code) {
        return rows.stream().filter(row -> row.code().equals(code)).findFirst();
    }

    /** The source row of {@code node} (matched by identity first, then by code). */
    public Optional<ImportedRow> row(CriterionNode node) {
        List<CriterionNode> nodes = set.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return Optional.of(rows.get(i));
            }
        }
        return row(node.code());
    }

    /** The rule given to the first node with {@code code} and what it was guessed from. */
    public Optional<RuleGuess> guess(String code) {
        return row(code).map(ImportedRow::guess);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }
}

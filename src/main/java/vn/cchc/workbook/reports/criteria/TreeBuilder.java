package vn.cchc.workbook.reports.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.Problem;

/**
 * Places the rows of a criteria table in a tree. With labels: Roman numerals are fields; "1.2.3" goes under "1.2"
 * (under the current Roman field when fields are Roman, prefixed with it when the numbering restarts in each field);
 * "a)", "-" and unlabelled rows are items of the criterion above them, coded "1.2.a", "1.2.1". Where the numbering
 * restarts, each node under a field keeps the code the province prints ("1.1") as its printed code. Without any label,
 * depth comes from the indent of the title cell, or else from bold (fields) and regular (criteria) type.
 * Items without points are not criteria but the outcomes of their parent: they join its guidance.
 */
final class TreeBuilder {

    private final boolean asPublished;
    private final List<SheetProblem> problems;
    final List<SourceRow> roots = new ArrayList<>();
    private final Map<String, SourceRow> latestByCode = new HashMap<>();
    private final Map<String, SourceRow> firstByCode = new HashMap<>();
    private final List<SourceRow> generated = new ArrayList<>();

    /**
     * @param asPublished keep the printed maxima where children do not add up to them: each difference is then a
     *                    warning, not an error
     */
    TreeBuilder(List<SheetProblem> problems, boolean asPublished) {
        this.problems = problems;
        this.asPublished = asPublished;
    }

    void build(List<SourceRow> rows) {
        boolean labelled = rows.stream().anyMatch(row -> row.kind != SourceRow.Kind.NONE);
        if (labelled) {
            byLabels(rows);
        } else {
            byFormat(rows);
        }
        foldPointlessItems(roots);
        for (SourceRow row : generated) {
            if (isInTree(row)) {
                problems.add(SheetProblem.warning(row, "criteriaimport.codeGenerated", row.code));
            }
        }
        checkOrder(roots);
        for (SourceRow root : roots) {
            root.section = Sections.of(root);
            if (root.section != vn.cchc.workbook.domain.criteria.Section.MAIN && root.max == null
                    && root.pointsText.isBlank()) {
                // "IV. ĐIỂM CỘNG (tối đa 5 điểm)": the cap is in the title.
                root.max = Sections.capInTitle(root.title);
            }
            checkPoints(root, root.section != vn.cchc.workbook.domain.criteria.Section.MAIN);
        }
    }

    private boolean isInTree(SourceRow row) {
        SourceRow top = row;
        while (top.parent != null) {
            if (!top.parent.children.contains(top)) {
                return false;
            }
            top = top.parent;
        }
        return roots.contains(top);
    }

    // --- placing -------------------------------------------------------------------------------------------------

    private void byLabels(List<SourceRow> rows) {
        boolean romanFields = rows.stream().anyMatch(row -> row.kind == SourceRow.Kind.ROMAN);
        boolean restarts = romanFields && numberingRestarts(rows);
        SourceRow field = null;
        SourceRow criterion = null;
        for (SourceRow row : rows) {
            switch (row.kind) {
                case ROMAN -> {
                    row.code = row.printed;
                    attach(row, null);
                    field = row;
                    criterion = row;
                }
                case NUMBER -> {
                    String prefix = restarts && field != null ? field.code + "." : "";
                    row.code = prefix + row.printed;
                    attach(row, numberedParent(row, prefix, romanFields ? field : null));
                    criterion = row;
                }
                case LETTER, DASH, NONE -> {
                    SourceRow parent = criterion;
                    String segment = row.kind == SourceRow.Kind.LETTER ? row.printed
                            : String.valueOf(itemCount(parent) + 1);
                    row.code = parent == null ? (row.kind == SourceRow.Kind.LETTER ? segment
                            : String.valueOf(roots.size() + 1)) : parent.code + "." + segment;
                    if (row.kind != SourceRow.Kind.LETTER) {
                        generated.add(row);
                    }
                    attach(row, parent);
                }
            }
        }
        if (restarts) {
            for (SourceRow root : roots) {
                printWithoutField(root.children, root.code + ".");
            }
        }
    }

    /** The province prints "1.1" where the key is "I.1.1": the key without its field. */
    private static void printWithoutField(List<SourceRow> rows, String fieldPrefix) {
        for (SourceRow row : rows) {
            if (row.code.startsWith(fieldPrefix)) {
                row.printedCode = row.code.substring(fieldPrefix.length());
            }
            printWithoutField(row.children, fieldPrefix);
        }
    }

    /** Whether "1", "1.1" … start again in each Roman field, so that codes need the field in front to be unique. */
    private static boolean numberingRestarts(List<SourceRow> rows) {
        Map<String, String> fieldOfCode = new HashMap<>();
        String field = "";
        for (SourceRow row : rows) {
            if (row.kind == SourceRow.Kind.ROMAN) {
                field = row.printed;
            } else if (row.kind == SourceRow.Kind.NUMBER) {
                String earlier = fieldOfCode.putIfAbsent(row.printed, field);
                if (earlier != null && !earlier.equals(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    private SourceRow numberedParent(SourceRow row, String prefix, SourceRow field) {
        String[] segments = row.segments();
        if (segments.length == 1) {
            return field;
        }
        String expected = prefix + String.join(".", java.util.Arrays.copyOf(segments, segments.length - 1));
        for (int length = segments.length - 1; length >= 1; length--) {
            SourceRow found = latestByCode.get(prefix + String.join(".", java.util.Arrays.copyOf(segments, length)));
            if (found != null) {
                if (length != segments.length - 1) {
                    problems.add(SheetProblem.warning(row, "criteriaimport.parentMissing", row.code, expected,
                            found.code));
                }
                return found;
            }
        }
        if (field == null) {
            problems.add(SheetProblem.warning(row, "criteriasets.import.parentMissingTop", row.code, expected));
        } else {
            problems.add(SheetProblem.warning(row, "criteriaimport.parentMissing", row.code, expected, field.code));
        }
        return field;
    }

    private static int itemCount(SourceRow parent) {
        return parent == null ? 0 : (int) parent.children.stream().filter(child -> child.kind != SourceRow.Kind.NUMBER
                && child.kind != SourceRow.Kind.ROMAN).count();
    }

    private void byFormat(List<SourceRow> rows) {
        TreeSet<Integer> indents = new TreeSet<>();
        boolean anyBold = false;
        boolean anyRegular = false;
        for (SourceRow row : rows) {
            indents.add(row.indent);
            anyBold |= row.bold;
            anyRegular |= !row.bold;
        }
        List<Integer> indentOrder = new ArrayList<>(indents);
        List<SourceRow> stack = new ArrayList<>();
        for (SourceRow row : rows) {
            int depth;
            if (indents.size() > 1) {
                depth = indentOrder.indexOf(row.indent);
            } else if (anyBold && anyRegular) {
                depth = row.bold ? 0 : 1;
            } else {
                depth = 0;
            }
            depth = Math.min(depth, stack.size());
            while (stack.size() > depth) {
                stack.remove(stack.size() - 1);
            }
            SourceRow parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            row.code = parent == null ? String.valueOf(roots.size() + 1) : parent.code + "." + (parent.children.size() + 1);
            row.kind = SourceRow.Kind.NUMBER;
            attach(row, parent);
            stack.add(row);
        }
        if (!rows.isEmpty()) {
            problems.add(SheetProblem.warning(rows.get(0).grid, 0, "criteriaimport.noCodes"));
        }
    }

    private void attach(SourceRow row, SourceRow parent) {
        row.parent = parent;
        if (parent == null) {
            roots.add(row);
        } else {
            parent.children.add(row);
        }
        SourceRow first = firstByCode.putIfAbsent(row.code, row);
        if (first != null) {
            problems.add(first.grid == row.grid
                    ? SheetProblem.error(row, "criteriaimport.codeDuplicate", row.code, first.row)
                    : SheetProblem.error(row, "criteriasets.import.codeDuplicateElsewhere", row.code,
                            first.grid.where(first.row)));
        }
        latestByCode.put(row.code, row);
    }

    // --- items that are outcomes, not criteria ---------------------------------------------------------------------

    private static void foldPointlessItems(List<SourceRow> nodes) {
        for (SourceRow node : nodes) {
            foldPointlessItems(node.children);
            if (!node.children.isEmpty() && node.children.stream().allMatch(TreeBuilder::isPointlessItem)) {
                StringBuilder guidance = new StringBuilder(node.guidance);
                for (SourceRow item : node.children) {
                    if (!guidance.isEmpty()) {
                        guidance.append('\n');
                    }
                    String label = item.kind == SourceRow.Kind.LETTER ? item.printed + ")" : item.printed;
                    guidance.append(label.isEmpty() ? "" : label + " ").append(item.title);
                    if (!item.guidance.isEmpty()) {
                        guidance.append('\n').append(item.guidance);
                    }
                }
                node.guidance = guidance.toString();
                node.children.clear();
            }
        }
    }

    private static boolean isPointlessItem(SourceRow row) {
        return row.kind != SourceRow.Kind.NUMBER && row.kind != SourceRow.Kind.ROMAN && row.children.isEmpty()
                && row.max == null && row.pointsText.isBlank();
    }

    // --- checks --------------------------------------------------------------------------------------------------

    private void checkOrder(List<SourceRow> siblings) {
        SourceRow previous = null;
        for (SourceRow row : siblings) {
            String expected = expectedAfter(previous, row);
            String actual = lastSegment(row);
            if (expected != null && actual != null && !expected.equals(actual) && firstByCode.get(row.code) == row) {
                if (previous == null) {
                    problems.add(SheetProblem.warning(row, "criteriasets.import.codeOutOfOrderFirst", row.code,
                            expected));
                } else {
                    problems.add(SheetProblem.warning(row, "criteriaimport.codeOutOfOrder", row.code, previous.code,
                            expected));
                }
            }
            if (row.kind == SourceRow.Kind.NUMBER || row.kind == SourceRow.Kind.ROMAN
                    || row.kind == SourceRow.Kind.LETTER) {
                previous = row;
            }
            checkOrder(row.children);
        }
    }

    /** The label the row should have after {@code previous} (null: no expectation). */
    private static String expectedAfter(SourceRow previous, SourceRow row) {
        switch (row.kind) {
            case ROMAN -> {
                int before = previous != null && previous.kind == SourceRow.Kind.ROMAN ? Labels.roman(previous.printed) : 0;
                return Labels.roman(before + 1);
            }
            case NUMBER -> {
                if (lastSegment(row) == null || !lastSegment(row).matches("\\d+")) {
                    return null;
                }
                String before = previous != null && previous.kind == SourceRow.Kind.NUMBER ? lastSegment(previous) : "0";
                return before != null && before.matches("\\d+") ? String.valueOf(Integer.parseInt(before) + 1) : null;
            }
            case LETTER -> {
                if (previous == null || previous.kind != SourceRow.Kind.LETTER) {
                    return "a";
                }
                char before = previous.printed.charAt(0);
                return before == 'd' ? null : String.valueOf((char) (before == 'đ' ? 'e' : before + 1));
            }
            default -> {
                return null;
            }
        }
    }

    private static String lastSegment(SourceRow row) {
        return switch (row.kind) {
            case ROMAN, LETTER -> row.printed;
            case NUMBER -> {
                String[] segments = row.segments();
                yield segments[segments.length - 1];
            }
            default -> null;
        };
    }

    private void checkPoints(SourceRow node, boolean capped) {
        for (SourceRow child : node.children) {
            checkPoints(child, capped);
        }
        if (node.max != null && !Limits.isSane(node.max)) {
            // Said on its own row (too large, too many decimals); not again as a wrong sum on its parent's.
            node.pointsRefused = true;
        }
        if (node.max == null) {
            if (node.pointsText.startsWith("=") && !node.children.isEmpty()) {
                // A parent's "=SUM(…)" saved without its value: its children's sum is what it would have shown.
                node.max = childrenSum(node);
                problems.add(SheetProblem.warning(node, "criteriaimport.formulaFromChildren", node.code,
                        node.pointsText, node.max));
                return;
            } else if (node.pointsText.startsWith("=")) {
                problems.add(SheetProblem.error(node, "criteriaimport.formulaNotComputed", node.code,
                        node.pointsText));
                node.max = BigDecimal.ZERO;
                node.pointsRefused = true;
            } else if (!node.pointsText.isBlank()) {
                problems.add(SheetProblem.error(node, "criteriaimport.pointsUnreadable", node.pointsText, node.code));
                node.max = node.children.isEmpty() ? BigDecimal.ZERO : childrenSum(node);
                node.pointsRefused = true;
            } else if (node.children.isEmpty()) {
                problems.add(SheetProblem.error(node, "criteriaimport.pointsMissing", node.code));
                node.max = BigDecimal.ZERO;
                node.pointsRefused = true;
            } else {
                node.max = childrenSum(node);
                problems.add(SheetProblem.warning(node, "criteriaimport.pointsFromChildren", node.code, node.max));
                return;
            }
        }
        if (!node.children.isEmpty() && !node.pointsRefused
                && node.children.stream().noneMatch(child -> child.pointsRefused)) {
            BigDecimal sum = childrenSum(node);
            // A bonus or penalty group's maximum is a cap: its items may add up to more.
            boolean withinCap = capped && sum.compareTo(node.max) > 0;
            if (sum.compareTo(node.max) != 0 && !withinCap) {
                problems.add(asPublished
                        ? SheetProblem.warning(node, "criteriasets.import.childrenSumKept", node.code, sum, node.max)
                        : SheetProblem.error(node, "criteriaimport.childrenSum", node.code, sum, node.max));
            }
        }
    }

    private static BigDecimal childrenSum(SourceRow node) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SourceRow child : node.children) {
            sum = sum.add(child.max == null ? BigDecimal.ZERO : child.max);
        }
        return Numbers.normalize(sum);
    }

}

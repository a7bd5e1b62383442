package vn.cchc.workbook.domain.criteria.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;

/**
 * One node of a {@link CriteriaDraft}. Its {@link #id()} is stable for the life of the draft (across moves, renumbering
 * and undo), so a window can keep a selection while codes change. It is changed only through the draft, which records
 * every change for undo; read it, do not keep it across edits: undo replaces nodes by copies with the same ids.
 */
public final class DraftNode {

    private static final ScoringRule SUM = new ScoringRule.Sum();

    private final long id;
    String code;
    /** The code as the province prints it where it differs from {@link #code}; blank when the code is printed. */
    String printedCode;
    String title;
    BigDecimal maxPoints;
    /** The rule used while the node is a leaf; kept while it has children so it comes back if they go. */
    ScoringRule leafRule;
    String guidance;
    String evidence;
    String defaultDepartment;
    /** The province's words the rule was read from on import; shown beside the rule, never edited. */
    String ruleWording;
    /** Meaningful on a top-level node only; the others inherit it (as {@code CriterionNode#withSection} does). */
    Section section;
    DraftNode parent;
    final List<DraftNode> children = new ArrayList<>();

    DraftNode(long id) {
        this.id = id;
        this.code = "";
        this.printedCode = "";
        this.title = "";
        this.maxPoints = BigDecimal.ZERO;
        this.leafRule = ScoringRule.Manual.FREE;
        this.guidance = "";
        this.evidence = "";
        this.defaultDepartment = "";
        this.ruleWording = "";
        this.section = Section.MAIN;
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    /** The code as the province prints it ("1.1" for "I.1.1"), or blank when the code itself is printed. */
    public String printedCode() {
        return printedCode;
    }

    /** What the set will print for this node: the printed code, else the code. */
    public String shownCode() {
        return printedCode.isEmpty() ? code : printedCode;
    }

    public String title() {
        return title;
    }

    public BigDecimal maxPoints() {
        return maxPoints;
    }

    /** How the node is scored: the sum of its children when it has any, else its own rule. */
    public ScoringRule rule() {
        return children.isEmpty() ? leafRule : SUM;
    }

    public String guidance() {
        return guidance;
    }

    public String evidence() {
        return evidence;
    }

    public String defaultDepartment() {
        return defaultDepartment;
    }

    /** The province's words the rule was guessed from ("Mỗi nội quy … đạt: 0,5 điểm"), or blank. */
    public String ruleWording() {
        return ruleWording;
    }

    /** The section of the top-level node this one belongs to. */
    public Section section() {
        DraftNode top = this;
        while (top.parent != null) {
            top = top.parent;
        }
        return top.section;
    }

    public Optional<DraftNode> parent() {
        return Optional.ofNullable(parent);
    }

    public List<DraftNode> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** 0 for a top-level node (lĩnh vực). */
    public int depth() {
        int depth = 0;
        for (DraftNode up = parent; up != null; up = up.parent) {
            depth++;
        }
        return depth;
    }

    /** A deep copy with the same ids, hung under {@code newParent}. */
    DraftNode copy(DraftNode newParent) {
        DraftNode copy = new DraftNode(id);
        copy.code = code;
        copy.printedCode = printedCode;
        copy.title = title;
        copy.maxPoints = maxPoints;
        copy.leafRule = leafRule;
        copy.guidance = guidance;
        copy.evidence = evidence;
        copy.defaultDepartment = defaultDepartment;
        copy.ruleWording = ruleWording;
        copy.section = section;
        copy.parent = newParent;
        for (DraftNode child : children) {
            copy.children.add(child.copy(copy));
        }
        return copy;
    }

    @Override
    public String toString() {
        return "DraftNode[" + id + " " + code + " " + title + "]";
    }
}

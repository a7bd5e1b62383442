package vn.cchc.workbook.domain.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of a criteria set: a lĩnh vực (field), tiêu chí (criterion) or tiêu chí thành phần (sub-criterion),
 * at any depth. Its code is kept as printed ("1", "1.4", "1.4.2", "3.12.1").
 *
 * <p>The code is the set-wide key that scores, history, comparisons, evidence and the .cchc file refer to. Where a
 * province's numbering restarts in each field ("I", "1", "1.1", then "II", "1", "1.1"), the key carries the field
 * ("I.1.1") and the province's own code ("1.1") is kept as the printed code: what the grid and every export print.
 *
 * @param code              the key, unique within the set; printed as is unless {@code printedCode} is given
 * @param title             the wording of the criterion
 * @param maxPoints         điểm tối đa / điểm chuẩn
 * @param rule              how the node is scored; parents always use {@link ScoringRule.Sum}
 * @param guidance          hướng dẫn chấm điểm
 * @param evidenceRequired  tài liệu kiểm chứng
 * @param defaultDepartment the department usually responsible (name), or blank
 * @param section           whether the points count in the 100, as bonus or as penalty (inherited from the top node)
 * @param children          sub-nodes, in printed order
 * @param ruleWording       the province's own words the rule was read from on import ("Mỗi nội quy … đạt: 0,5
 *                          điểm"), kept beside the rule so the user can check the guess; blank when the rule was
 *                          set by hand
 * @param printedCode       the code as the province prints it when it differs from the key ("1.1" for key
 *                          "I.1.1"); blank when the key is what is printed (then {@link #shownCode()} is the key)
 */
public record CriterionNode(
        String code,
        String title,
        BigDecimal maxPoints,
        ScoringRule rule,
        String guidance,
        String evidenceRequired,
        String defaultDepartment,
        Section section,
        List<CriterionNode> children,
        String ruleWording,
        String printedCode) {

    public CriterionNode {
        code = code == null ? "" : code.strip();
        title = title == null ? "" : title.strip();
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(rule, "rule");
        guidance = guidance == null ? "" : guidance;
        evidenceRequired = evidenceRequired == null ? "" : evidenceRequired;
        defaultDepartment = defaultDepartment == null ? "" : defaultDepartment.strip();
        section = section == null ? Section.MAIN : section;
        children = children == null ? List.of() : List.copyOf(children);
        ruleWording = ruleWording == null ? "" : ruleWording.strip();
        printedCode = printedCode == null || printedCode.strip().equals(code) ? "" : printedCode.strip();
    }

    /** A node whose key is its printed code. */
    public CriterionNode(String code, String title, BigDecimal maxPoints, ScoringRule rule, String guidance,
                         String evidenceRequired, String defaultDepartment, Section section,
                         List<CriterionNode> children, String ruleWording) {
        this(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, section, children,
                ruleWording, "");
    }

    /** A node without recorded rule wording. */
    public CriterionNode(String code, String title, BigDecimal maxPoints, ScoringRule rule, String guidance,
                         String evidenceRequired, String defaultDepartment, Section section,
                         List<CriterionNode> children) {
        this(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, section, children, "", "");
    }

    /** A leaf scored by {@code rule}. */
    public static CriterionNode leaf(String code, String title, BigDecimal max, ScoringRule rule) {
        return new CriterionNode(code, title, max, rule, "", "", "", Section.MAIN, List.of());
    }

    /** A parent whose points are the sum of its children. */
    public static CriterionNode parent(String code, String title, BigDecimal max, List<CriterionNode> children) {
        return new CriterionNode(code, title, max, new ScoringRule.Sum(), "", "", "", Section.MAIN, children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public CriterionNode withChildren(List<CriterionNode> newChildren) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, section, newChildren,
                ruleWording, printedCode);
    }

    public CriterionNode withSection(Section newSection) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, newSection,
                children.stream().map(child -> child.withSection(newSection)).toList(), ruleWording, printedCode);
    }

    public CriterionNode withGuidance(String newGuidance, String newEvidence) {
        return new CriterionNode(code, title, maxPoints, rule, newGuidance, newEvidence, defaultDepartment, section, children,
                ruleWording, printedCode);
    }

    public CriterionNode withDefaultDepartment(String department) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, department, section, children,
                ruleWording, printedCode);
    }

    public CriterionNode withRuleWording(String wording) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, section,
                children, wording, printedCode);
    }

    /** The same node printed as {@code printed} (blank or the key itself: printed as the key). */
    public CriterionNode withPrintedCode(String printed) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, section,
                children, ruleWording, printed);
    }

    /**
     * The code as printed in the grid, the detail pane and every export: the province's printed code where it
     * differs from the key, else the key.
     */
    public String shownCode() {
        return printedCode.isEmpty() ? code : printedCode;
    }
}

package vn.cchc.workbook.domain.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of a criteria set: a lĩnh vực (field), tiêu chí (criterion) or tiêu chí thành phần (sub-criterion),
 * at any depth. Its code is kept as printed ("1", "1.4", "1.4.2", "3.12.1").
 *
 * @param code              the printed code, unique within the set
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
        String ruleWording) {

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
    }

    /** A node without recorded rule wording. */
    public CriterionNode(String code, String title, BigDecimal maxPoints, ScoringRule rule, String guidance,
                         String evidenceRequired, String defaultDepartment, Section section,
                         List<CriterionNode> children) {
        this(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, section, children, "");
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
                ruleWording);
    }

    public CriterionNode withSection(Section newSection) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, newSection,
                children.stream().map(child -> child.withSection(newSection)).toList(), ruleWording);
    }

    public CriterionNode withGuidance(String newGuidance, String newEvidence) {
        return new CriterionNode(code, title, maxPoints, rule, newGuidance, newEvidence, defaultDepartment, section, children,
                ruleWording);
    }

    public CriterionNode withDefaultDepartment(String department) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, department, section, children,
                ruleWording);
    }

    public CriterionNode withRuleWording(String wording) {
        return new CriterionNode(code, title, maxPoints, rule, guidance, evidenceRequired, defaultDepartment, section,
                children, wording);
    }
}

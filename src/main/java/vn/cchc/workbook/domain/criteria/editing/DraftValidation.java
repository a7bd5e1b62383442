package vn.cchc.workbook.domain.criteria.editing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.criteria.CriteriaValidator;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * The {@link CriteriaValidator} problems of a draft, each attached to the node it is about, so that an editor can
 * show it next to that node and jump to it from a list. Problems about the whole set (no name, total not 100) belong
 * to no node.
 */
public final class DraftValidation {

    /** One problem and the node it is about (empty for the whole set). */
    public record Item(Problem problem, Optional<Long> nodeId) {
    }

    private final List<Item> items;
    private final Map<Long, List<Problem>> byNode;

    private DraftValidation(List<Item> items, Map<Long, List<Problem>> byNode) {
        this.items = List.copyOf(items);
        this.byNode = byNode;
    }

    static DraftValidation of(CriteriaDraft draft) {
        Map<CriterionNode, Long> origins = new IdentityHashMap<>();
        Map<Problem, Long> pending = new IdentityHashMap<>();
        List<Problem> problems = CriteriaValidator.validate(draft.toCriteriaSet(origins),
                (node, problem) -> pending.put(problem, origins.get(node)));
        List<Item> items = new ArrayList<>();
        Map<Long, List<Problem>> byNode = new LinkedHashMap<>();
        for (Problem problem : problems) {
            Long nodeId = pending.get(problem);
            items.add(new Item(problem, Optional.ofNullable(nodeId)));
            if (nodeId != null) {
                byNode.computeIfAbsent(nodeId, k -> new ArrayList<>()).add(problem);
            }
        }
        return new DraftValidation(items, byNode);
    }

    /** Every problem with its node, in the validator's order (printed order of the nodes, then the whole set). */
    public List<Item> items() {
        return items;
    }

    public List<Problem> all() {
        return items.stream().map(Item::problem).toList();
    }

    public List<Problem> of(long nodeId) {
        return List.copyOf(byNode.getOrDefault(nodeId, List.of()));
    }

    /** Problems about the set as a whole. */
    public List<Problem> ofSet() {
        return items.stream().filter(item -> item.nodeId().isEmpty()).map(Item::problem).toList();
    }

    public boolean hasErrors() {
        return CriteriaValidator.hasErrors(all());
    }

    public boolean hasErrors(long nodeId) {
        return CriteriaValidator.hasErrors(of(nodeId));
    }
}

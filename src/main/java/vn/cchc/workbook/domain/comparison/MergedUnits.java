package vn.cchc.workbook.domain.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.cchc.workbook.domain.assessment.EarlierDepartment;
import vn.cchc.workbook.domain.assessment.EarlierNode;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.assessment.Assessment;

/**
 * The earlier period of a merged unit. Since 1 July 2025 communes (and provinces) were merged: a new commune's "last
 * year" is the results of the former communes it was made from (see docs/criteria-sets.md). This combines their appraised
 * baselines into one {@link EarlierPeriod}, criterion by criterion, so the comparison and the targets still work
 * after a merger.
 */
public final class MergedUnits {

    /** At most this many former units: real mergers join two to five communes (or two or three provinces). */
    public static final int MAX_FORMER_UNITS = 30;
    private static final int MAX_NAME_LENGTH = 1000;

    private MergedUnits() {
    }

    /** How a criterion's earlier points are made from the former units' points. */
    public enum Method {
        /** The points of one former unit, chosen by the user (the largest, say, or the seat of the new commune). */
        CHOSEN("mot"),
        /** The sum of the former units' points and maxima (counts, per-item and bonus points). */
        SUM("tong"),
        /** The average of the former units' points and maxima: a 100-point set stays a 100-point set. */
        AVERAGE("trung-binh");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Method> fromId(String id) {
            for (Method method : values()) {
                if (method.id.equals(id)) {
                    return Optional.of(method);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * @param method   the method for every criterion without one of its own, and for the totals and departments
     * @param chosen   the position in the list of former units of the one {@link Method#CHOSEN} takes
     * @param byCode   criteria combined another way than {@code method} ("1.2" → SUM), by code
     */
    public record Choice(Method method, int chosen, Map<String, Method> byCode) {
        public Choice {
            Objects.requireNonNull(method, "method");
            byCode = Map.copyOf(byCode == null ? Map.of() : byCode);
        }

        public static Choice of(Method method) {
            return new Choice(method, 0, Map.of());
        }

        Method methodFor(String code) {
            return byCode.getOrDefault(code, method);
        }
    }

    /**
     * {@code later} with the combined baseline of {@code formerUnits} as its earlier period.
     *
     * @throws InvalidInputException when fewer than one or more than {@link #MAX_FORMER_UNITS} are given, one is
     *                               listed twice or is the later assessment, they are of another level, of
     *                               different periods, not earlier than {@code later}, or the chosen one does not
     *                               exist
     */
    public static Assessment link(Assessment later, List<Assessment> formerUnits, Choice choice, String rankText) {
        Objects.requireNonNull(choice, "choice");
        if (formerUnits.isEmpty() || formerUnits.size() > MAX_FORMER_UNITS) {
            throw new InvalidInputException("criteriasets.merge.count", formerUnits.size(), MAX_FORMER_UNITS);
        }
        if (choice.chosen() < 0 || choice.chosen() >= formerUnits.size()) {
            throw new InvalidInputException("criteriasets.merge.noSuchChosen", choice.chosen() + 1,
                    formerUnits.size());
        }
        Set<String> ids = new HashSet<>();
        Assessment first = formerUnits.get(0);
        for (Assessment former : formerUnits) {
            if (former.id().equals(later.id())) {
                throw new InvalidInputException("ranking.link.same");
            }
            if (!ids.add(former.id())) {
                throw new InvalidInputException("criteriasets.merge.twice", former.unit().name());
            }
            if (former.unit().level() != later.unit().level()) {
                throw new InvalidInputException("criteriasets.merge.otherLevel", former.unit().name(),
                        later.unit().name());
            }
            if (former.year() != first.year() || !former.period().equals(first.period())) {
                throw new InvalidInputException("criteriasets.merge.otherPeriod", former.unit().name(),
                        EarlierPeriod.label(former.period(), former.year()),
                        EarlierPeriod.label(first.period(), first.year()));
            }
        }
        EarlierPeriods.linkOrder(later, first);
        List<EarlierPeriod> baselines = formerUnits.stream().map(former -> EarlierPeriods.of(former, "")).toList();
        return later.withEarlierPeriod(combine(baselines, choice, rankText, baselines.get(0)));
    }

    /** The former baselines as one. */
    static EarlierPeriod combine(List<EarlierPeriod> formers, Choice choice, String rankText, EarlierPeriod first) {
        Map<String, EarlierNode> order = new LinkedHashMap<>();
        for (EarlierPeriod former : formers) {
            for (EarlierNode node : former.nodes()) {
                order.putIfAbsent(node.code(), node);
            }
        }
        List<EarlierNode> nodes = new ArrayList<>();
        for (EarlierNode shape : order.values()) {
            Method method = choice.methodFor(shape.code());
            List<EarlierNode> found = new ArrayList<>();
            for (EarlierPeriod former : formers) {
                former.node(shape.code()).ifPresent(found::add);
            }
            nodes.add(combineNode(shape, found, formers, method, choice.chosen()));
        }
        Map<String, List<EarlierDepartment>> byName = new LinkedHashMap<>();
        for (EarlierPeriod former : formers) {
            for (EarlierDepartment department : former.departments()) {
                byName.computeIfAbsent(department.name(), k -> new ArrayList<>()).add(department);
            }
        }
        List<EarlierDepartment> departments = new ArrayList<>();
        for (Map.Entry<String, List<EarlierDepartment>> entry : byName.entrySet()) {
            List<EarlierDepartment> list = entry.getValue();
            if (choice.method() == Method.CHOSEN) {
                formers.get(choice.chosen()).departments().stream()
                        .filter(d -> d.name().equals(entry.getKey())).findFirst().ifPresent(departments::add);
                continue;
            }
            departments.add(new EarlierDepartment(entry.getKey(),
                    apply(list.stream().map(EarlierDepartment::responsible).toList(), choice.method(), formers.size()),
                    apply(list.stream().map(EarlierDepartment::achieved).toList(), choice.method(), formers.size()),
                    apply(list.stream().map(EarlierDepartment::deduction).toList(), choice.method(), formers.size())));
        }
        EarlierPeriod chosen = formers.get(choice.chosen());
        BigDecimal maximum;
        BigDecimal applicable;
        BigDecimal total;
        if (choice.method() == Method.CHOSEN) {
            maximum = chosen.maximum();
            applicable = chosen.applicableMaximum();
            total = chosen.total();
        } else {
            maximum = apply(formers.stream().map(EarlierPeriod::maximum).toList(), choice.method(), formers.size());
            applicable = apply(formers.stream().map(EarlierPeriod::applicableMaximum).toList(), choice.method(),
                    formers.size());
            total = apply(formers.stream().map(EarlierPeriod::total).toList(), choice.method(), formers.size());
        }
        BigDecimal index = applicable.signum() == 0 ? null
                : total.multiply(BigDecimal.valueOf(100)).divide(applicable, 4, RoundingMode.HALF_UP);
        List<String> names = formers.stream().map(EarlierPeriod::unitName).toList();
        String unitName = String.join(" + ", names);
        if (unitName.length() > MAX_NAME_LENGTH) {
            unitName = unitName.substring(0, MAX_NAME_LENGTH - 1) + "…";
        }
        String key = String.join("|", formers.stream().map(EarlierPeriod::assessmentId).toList()) + "|"
                + choice.method().id() + "|" + choice.chosen() + "|" + choice.byCode();
        String id = "gop-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
        return new EarlierPeriod(id, unitName, first.period(), first.year(), first.criteriaSetId(),
                rankText == null ? "" : rankText, nodes, departments, maximum, applicable, total, index);
    }

    private static EarlierNode combineNode(EarlierNode shape, List<EarlierNode> found, List<EarlierPeriod> formers,
                                           Method method, int chosen) {
        if (method == Method.CHOSEN) {
            Optional<EarlierNode> own = formers.get(chosen).node(shape.code());
            return own.orElse(new EarlierNode(shape.code(), shape.title(), shape.depth(), shape.maximum(), null, null,
                    "", shape.notApplicable()));
        }
        List<EarlierNode> scored = found.stream().filter(n -> n.points() != null).toList();
        BigDecimal maximum = apply(found.stream().map(EarlierNode::maximum).toList(), method, found.size());
        BigDecimal points = scored.isEmpty() ? null
                : apply(scored.stream().map(EarlierNode::points).toList(), method, scored.size());
        BigDecimal deduction = scored.isEmpty() ? null
                : apply(scored.stream().map(EarlierNode::deduction).toList(), method, scored.size());
        boolean notApplicable = found.stream().allMatch(EarlierNode::notApplicable);
        List<String> opinions = found.stream().map(EarlierNode::opinion).filter(o -> !o.isBlank()).toList();
        String opinion = String.join("\n", opinions);
        return new EarlierNode(shape.code(), shape.title(), shape.depth(), maximum, points, deduction,
                opinion.length() > 4000 ? opinion.substring(0, 3999) + "…" : opinion, notApplicable);
    }

    /** Sum, or average over {@code count} values (kept to 4 decimals; rounded only for display). */
    private static BigDecimal apply(List<BigDecimal> values, Method method, int count) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value == null ? BigDecimal.ZERO : value);
        }
        if (method == Method.AVERAGE && count > 0) {
            return sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return sum;
    }
}

package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.UnitKind;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.ScoringRule;

/** The V5 columns: unit kinds, per-item rules and their counts, rule wording, sets kept as published. */
class CriteriaSetsTodayStoreTest {

    @TempDir
    Path dir;

    private static CriteriaSet perItemSet() {
        CriteriaSet rich = StoreFixtures.richSet("so-2025");
        CriterionNode field1 = rich.roots().get(0);
        // 1.2 becomes per item, with the province's words kept beside it; the field's printed maximum (7) is kept
        // although its criteria add up to 6: the set is kept as published.
        CriterionNode perItem = new CriterionNode("1.2", "Ban hành nội quy, quy chế", new BigDecimal("3"),
                new ScoringRule.PerItem(new BigDecimal("0.50")), "", "", "", field1.section(), List.of(),
                "Mỗi nội quy, quy chế được ban hành đúng quy định đạt: 0,5 điểm");
        CriterionNode changed = new CriterionNode(field1.code(), field1.title(), new BigDecimal("7"), field1.rule(),
                "", "", "", field1.section(), List.of(field1.children().get(0), perItem));
        List<CriterionNode> roots = new java.util.ArrayList<>(rich.roots());
        roots.set(0, changed);
        return rich.withRoots(roots).withAsPublished(true);
    }

    @Test
    void perItemRuleWordingAndAsPublishedSurviveTheLibrary() {
        CriteriaSet set = perItemSet();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.saveCriteriaSet(set);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            CriteriaSet loaded = store.loadCriteriaSet("so-2025").orElseThrow();
            assertThat(loaded).isEqualTo(set);
            assertThat(loaded.asPublished()).isTrue();
            assertThat(loaded.node("1.2").rule()).isEqualTo(new ScoringRule.PerItem(new BigDecimal("0.50")));
            assertThat(loaded.node("1.2").ruleWording()).startsWith("Mỗi nội quy, quy chế");
        }
    }

    @Test
    void theFrozenStoreOfSchemaV2TakesAPerItemSetAfterMigratingToV5() throws Exception {
        try (var in = java.util.Objects.requireNonNull(
                getClass().getResourceAsStream("/vn/cchc/workbook/store/frozen/v2/workbook.mv.db"))) {
            java.nio.file.Files.copy(in, dir.resolve("workbook.mv.db"));
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            // The rule-kind check of V1 is gone: a per-item rule can be stored in a store made before it existed.
            store.saveCriteriaSet(perItemSet());
            assertThat(store.loadAssessment(FrozenStoreTest.RICH_ID).orElseThrow().unit().kind())
                    .isEqualTo(UnitKind.COMMUNE);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            assertThat(store.loadCriteriaSet("so-2025")).contains(perItemSet());
        }
    }

    @Test
    void wardWithAnItemCountRoundTripsThroughTheStore() {
        AssessedUnit ward = AssessedUnit.of("Đông Hà", UnitKind.WARD, "UBND tỉnh Quảng Trị", "Đông Hà");
        Assessment assessment = Assessment.start(ward, Period.FULL_YEAR, 2025, perItemSet(),
                List.of(Department.named("Công chức Văn phòng - Thống kê")));
        Entry entry = assessment.entry("1.2").withSelf(new RuleInput.ItemCount(5));
        Assessment scored = assessment.withEntry(entry);
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(scored);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment loaded = store.loadAssessment(scored.id()).orElseThrow();
            assertThat(loaded).isEqualTo(scored);
            assertThat(loaded.unit().kind()).isEqualTo(UnitKind.WARD);
            assertThat(loaded.entry("1.2").self()).isEqualTo(new RuleInput.ItemCount(5));
        }
    }
}

package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.ParagraphEdit;
import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.Limits;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.AssessmentValidator;
import vn.cchc.workbook.domain.assessment.Department;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.Remedy;
import vn.cchc.workbook.domain.assessment.Responsibility;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * {@link Limits} and the store's schema agree: every bounded text column has exactly the length the limits give its
 * field, and an assessment with every text and count at its limit validates, stores, records an edit of its
 * largest entry in the history, and reads back equal. So what {@code validate} accepts always stores.
 */
class StoreLimitsTest {

    @TempDir
    Path dir;

    /** TABLE.COLUMN → the limit of the field stored there. */
    private static final Map<String, Integer> BOUNDED = new LinkedHashMap<>();
    /** Columns without a length in the schema, and the cap {@link Limits} gives the field instead. */
    private static final Map<String, Integer> UNBOUNDED = new LinkedHashMap<>();
    /** Columns that hold one of a fixed set of identifiers, never free text. */
    private static final Set<String> ENUMERATED = Set.of("CRITERIA_TREE.UNIT_LEVEL", "CRITERION_NODE.RULE_KIND",
            "CRITERION_NODE.SECTION", "ASSESSMENT.UNIT_LEVEL", "ASSESSMENT.PERIOD_KIND", "ENTRY.SELF_KIND",
            "ENTRY.FIRST_KIND", "ENTRY.SECOND_KIND", "ENTRY.REMEDY_STATUS", "EARLIER_PERIOD.PERIOD_KIND",
            "ASSESSMENT.PARENT_LINE", "ASSESSMENT.UNIT_KIND", "EVIDENCE.FILE_TYPE", "DOCUMENT_PARAGRAPH.DOCUMENT",
            "DOCUMENT_SECTION.DOCUMENT", "ASSESSMENT.COPY_SIDE", "ROUND_STEP.STAGE", "ROUND_DEADLINE.STAGE");
    /** Columns longer than the cap their field is held to (a sanitised name is cut shorter than the column). */
    private static final Map<String, Integer> CAPPED_BELOW = Map.of(
            "EVIDENCE.FILE_NAME", vn.cchc.workbook.domain.evidence.EvidenceNames.MAX_LENGTH);

    static {
        bounded(Limits.ID_LENGTH, "CRITERIA_TREE.SET_ID", "CRITERIA_SET.ID", "ASSESSMENT.ID",
                "DEPARTMENT.ASSESSMENT_ID", "DEPARTMENT.DEPARTMENT_ID", "DEPARTMENT_SHORT_NAME.ASSESSMENT_ID",
                "DEPARTMENT_SHORT_NAME.DEPARTMENT_ID", "ENTRY.ASSESSMENT_ID", "EVIDENCE.ASSESSMENT_ID",
                "RESPONSIBILITY.ASSESSMENT_ID", "RESPONSIBILITY.DEPARTMENT_ID", "ENTRY_EDIT.ASSESSMENT_ID",
                "SAVED_FILE.ASSESSMENT_ID", "EARLIER_PERIOD.ASSESSMENT_ID", "EARLIER_PERIOD.EARLIER_ASSESSMENT_ID",
                "EARLIER_PERIOD.CRITERIA_SET_ID", "EARLIER_NODE.ASSESSMENT_ID", "EARLIER_DEPARTMENT.ASSESSMENT_ID",
                "DOCUMENT_PARAGRAPH.ASSESSMENT_ID", "DOCUMENT_SECTION.ASSESSMENT_ID", "ROUND_STEP.ASSESSMENT_ID",
                "ROUND_DEADLINE.ASSESSMENT_ID", "EARLIER_ROUND.ASSESSMENT_ID", "HISTORY_FILE.ASSESSMENT_ID");
        bounded(vn.cchc.workbook.domain.assessment.RoundStep.MAX_NAME, "ROUND_STEP.PERSON_NAME");
        bounded(vn.cchc.workbook.domain.assessment.RoundStep.MAX_ORGANISATION, "ROUND_STEP.ORGANISATION");
        bounded(vn.cchc.workbook.domain.assessment.DocumentEdit.MAX_ID, "DOCUMENT_PARAGRAPH.PARAGRAPH_ID",
                "DOCUMENT_SECTION.SECTION_ID");
        bounded(vn.cchc.workbook.domain.assessment.PublishedResult.MAX_DECISION_LENGTH,
                "ASSESSMENT.PUBLISHED_DECISION");
        bounded(Limits.CODE_LENGTH, "CRITERION_NODE.CODE", "CRITERION_NODE.PRINTED_CODE", "ENTRY.CODE", "EVIDENCE.CODE", "RESPONSIBILITY.CODE",
                "ENTRY_EDIT.CODE", "EARLIER_NODE.CODE");
        bounded(Limits.NAME_LENGTH, "CRITERIA_TREE.NAME", "CRITERIA_TREE.DECISION_ISSUER",
                "CRITERION_NODE.DEFAULT_DEPARTMENT", "CRITERION_LEVEL.LABEL", "ASSESSMENT.UNIT_NAME",
                "ASSESSMENT.PARENT_AUTHORITY", "ASSESSMENT.PLACE_NAME", "ASSESSMENT.PERIOD_TEXT", "ASSESSMENT.RANK_TEXT",
                "DEPARTMENT.NAME", "EVIDENCE.DOC_NUMBER", "EARLIER_PERIOD.UNIT_NAME", "EARLIER_PERIOD.PERIOD_TEXT",
                "EARLIER_PERIOD.RANK_TEXT", "EARLIER_DEPARTMENT.NAME", "EARLIER_NODE.RANK_TEXT", "EARLIER_ROUND.LABEL");
        bounded(Limits.SHORT_LENGTH, "CRITERIA_TREE.DECISION_NUMBER", "CRITERIA_TREE.VERSION");
        bounded(Limits.SHORT_NAME_LENGTH, "DEPARTMENT_SHORT_NAME.SHORT_NAME");
        bounded(Limits.PATH_LENGTH, "EVIDENCE.FILE_PATH", "SAVED_FILE.FILE_PATH");
        bounded(Limits.DECIMAL_TEXT_LENGTH, "CRITERION_NODE.MAX_POINTS", "CRITERION_NODE.MANUAL_STEP",
                "CRITERION_NODE.RATIO_THRESHOLD", "CRITERION_NODE.RATIO_FULL_AT",
                "CRITERION_NODE.DEDUCTION_PER_VIOLATION", "CRITERION_LEVEL.POINTS", "ENTRY.SELF_POINTS",
                "ENTRY.SELF_TOTAL", "ENTRY.SELF_ACHIEVED", "ENTRY.FIRST_POINTS", "ENTRY.FIRST_TOTAL",
                "ENTRY.FIRST_ACHIEVED", "ENTRY.SECOND_POINTS", "ENTRY.SECOND_TOTAL", "ENTRY.SECOND_ACHIEVED",
                "ENTRY.TARGET", "ENTRY.EXPECTED_GAIN", "RESPONSIBILITY.POINTS", "EARLIER_PERIOD.MAXIMUM",
                "EARLIER_PERIOD.APPLICABLE_MAXIMUM", "EARLIER_PERIOD.TOTAL", "EARLIER_PERIOD.INDEX_VALUE",
                "EARLIER_NODE.MAX_POINTS", "EARLIER_NODE.POINTS", "EARLIER_NODE.DEDUCTION",
                "EARLIER_DEPARTMENT.RESPONSIBLE", "EARLIER_DEPARTMENT.ACHIEVED", "EARLIER_DEPARTMENT.DEDUCTION",
                "ASSESSMENT.PUBLISHED_TOTAL", "ASSESSMENT.PUBLISHED_INDEX", "CRITERION_NODE.PER_ITEM",
                "EARLIER_PERIOD.PUBLISHED_TOTAL", "EARLIER_PERIOD.PUBLISHED_INDEX");
        UNBOUNDED.put("CRITERION_NODE.TITLE", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("CRITERION_NODE.GUIDANCE", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("CRITERION_NODE.EVIDENCE_REQUIRED", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("ENTRY.SELF_EXPLANATION", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("ENTRY.APPRAISAL_OPINION", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("ENTRY.REMEDY_MEASURE", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("EVIDENCE.SUMMARY", Limits.SUMMARY_LENGTH);
        UNBOUNDED.put("EARLIER_NODE.TITLE", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("CRITERION_NODE.RULE_WORDING", Limits.LONG_TEXT_LENGTH);
        UNBOUNDED.put("DOCUMENT_PARAGRAPH.TEXT", vn.cchc.workbook.domain.assessment.ParagraphEdit.MAX_TEXT);
        UNBOUNDED.put("DOCUMENT_PARAGRAPH.DRAFTED", vn.cchc.workbook.domain.assessment.ParagraphEdit.MAX_TEXT);
        UNBOUNDED.put("EARLIER_NODE.OPINION", Limits.LONG_TEXT_LENGTH);
        // The whole entry in the store's own encoding: bounded by the entry's fields, checked below by storing one.
        UNBOUNDED.put("ENTRY_EDIT.BEFORE_ENTRY", 0);
        UNBOUNDED.put("ENTRY_EDIT.AFTER_ENTRY", 0);
    }

    private static void bounded(int length, String... columns) {
        for (String column : columns) {
            BOUNDED.put(column, length);
        }
    }

    @Test
    void everyTextColumnOfTheSchemaHasTheLengthTheLimitsGiveItsField() throws SQLException {
        H2WorkbookStore.open(dir).close();
        Map<String, Long> lengths = new TreeMap<>();
        try (Connection connection = H2Connections.open(dir.toAbsolutePath(), StoreFiles.DATABASE_NAME,
                H2Connections.Mode.READ);
             ResultSet columns = connection.createStatement().executeQuery(
                     "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                             + "WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE = 'CHARACTER VARYING' "
                             + "AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (columns.next()) {
                lengths.put(columns.getString(1) + "." + columns.getString(2), columns.getLong(3));
            }
        }
        assertThat(lengths).as("text columns").isNotEmpty();
        List<String> unexplained = new ArrayList<>();
        lengths.forEach((column, length) -> {
            if (BOUNDED.containsKey(column)) {
                assertThat(length).as("length of %s", column).isEqualTo(BOUNDED.get(column).longValue());
            } else if (UNBOUNDED.containsKey(column)) {
                assertThat(length).as("%s holds at least its cap", column)
                        .isGreaterThanOrEqualTo(1_000_000L).isGreaterThan(UNBOUNDED.get(column).longValue());
            } else if (CAPPED_BELOW.containsKey(column)) {
                assertThat(length).as("%s holds its cap", column).isGreaterThanOrEqualTo(CAPPED_BELOW.get(column));
            } else if (!ENUMERATED.contains(column)) {
                unexplained.add(column + " (" + length + ")");
            }
        });
        assertThat(unexplained).as("text columns that no limit covers: add them to Limits and this test").isEmpty();
        assertThat(lengths.keySet()).as("columns named here").containsAll(BOUNDED.keySet())
                .containsAll(UNBOUNDED.keySet());
        // A decimal within bounds always fits its column: sign, 9 digits, point, the most decimals of a figure.
        assertThat(1 + Limits.MAX_INTEGER_DIGITS + 1 + Limits.MAX_FIGURE_DECIMALS)
                .isLessThanOrEqualTo(Limits.DECIMAL_TEXT_LENGTH);
    }

    @Test
    void anAssessmentWithEveryTextAndCountAtItsLimitValidatesStoresAndReadsBackEqual() {
        Assessment largest = largestValid();
        assertThat(AssessmentValidator.validate(largest)).noneMatch(Problem::isError);

        try (H2WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(largest);
            Entry before = largest.entry("1.1");
            Entry after = before.withAppraisalOpinion(text('Ý', Limits.LONG_TEXT_LENGTH));
            Assessment edited = largest.withEntry(after);
            store.saveEntry(largest.id(), before, after);

            assertThat(store.loadAssessment(largest.id())).contains(edited);
            assertThat(store.history(largest.id(), 1)).singleElement()
                    .satisfies(edit -> {
                        assertThat(edit.before()).isEqualTo(before);
                        assertThat(edit.after()).isEqualTo(after);
                    });
        }
    }

    /** Every text at its length limit (Vietnamese letters), every count of the largest entry at its limit. */
    private static Assessment largestValid() {
        List<CriterionNode> leaves = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            leaves.add(new CriterionNode("1." + i + code(Limits.CODE_LENGTH - 3), text('Ư', Limits.LONG_TEXT_LENGTH),
                    new BigDecimal("25"), new ScoringRule.Manual(new BigDecimal("0.000001")),
                    text('Ơ', Limits.LONG_TEXT_LENGTH), text('Ê', Limits.LONG_TEXT_LENGTH),
                    text('Â', Limits.NAME_LENGTH), vn.cchc.workbook.domain.criteria.Section.MAIN, List.of())
                    .withPrintedCode(i + code(Limits.CODE_LENGTH - 1)));
        }
        // Entries are looked up by code: the first leaf keeps a short code for the edit below.
        leaves.set(0, new CriterionNode("1.1", leaves.get(0).title(), new BigDecimal("25"), leaves.get(0).rule(),
                leaves.get(0).guidance(), leaves.get(0).evidenceRequired(), leaves.get(0).defaultDepartment(),
                vn.cchc.workbook.domain.criteria.Section.MAIN, List.of()));
        CriterionNode field = CriterionNode.parent("1", text('Đ', Limits.LONG_TEXT_LENGTH), new BigDecimal("100"),
                leaves);
        CriteriaSet set = new CriteriaSet(text('s', Limits.ID_LENGTH), text('Ă', Limits.NAME_LENGTH),
                new IssuingDecision(text('Q', Limits.SHORT_LENGTH), LocalDate.of(2022, 11, 16),
                        text('Ô', Limits.NAME_LENGTH)),
                UnitLevel.COMMUNE, Limits.MAX_YEAR, text('v', Limits.SHORT_LENGTH), List.of(field));
        List<Department> departments = new ArrayList<>();
        List<Responsibility> responsibilities = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_DEPARTMENTS; i++) {
            String id = String.format("%03d", i) + text('d', Limits.ID_LENGTH - 3);
            departments.add(new Department(id, String.format("%03d", i) + text('Ư', Limits.NAME_LENGTH - 3)));
            responsibilities.add(new Responsibility(id, new BigDecimal("0.000001")));
        }
        List<EvidenceDocument> evidence = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_EVIDENCE_PER_ENTRY; i++) {
            evidence.add(new EvidenceDocument(text('S', Limits.NAME_LENGTH), LocalDate.of(2023, 1, 15),
                    text('T', Limits.SUMMARY_LENGTH), "/" + text('f', Limits.PATH_LENGTH - 1)));
        }
        Entry entry = Entry.empty("1.1")
                .withSelf(new RuleInput.PointsInput(new BigDecimal("24.999999")))
                .withFirstAppraisal(new RuleInput.PointsInput(new BigDecimal("0.000001")))
                .withSelfExplanation(text('Ễ', Limits.LONG_TEXT_LENGTH))
                .withAppraisalOpinion(text('Ộ', Limits.LONG_TEXT_LENGTH))
                .withEvidence(evidence)
                .withResponsibilities(responsibilities)
                .withRemedy(new Remedy(text('Ự', Limits.LONG_TEXT_LENGTH), LocalDate.of(2023, 12, 31),
                        Remedy.Status.IN_PROGRESS))
                .withTarget(new BigDecimal("24.999999"))
                .withExpectedGain(new BigDecimal("0.000001"));
        return new Assessment(text('a', Limits.ID_LENGTH),
                new AssessedUnit(text('X', Limits.NAME_LENGTH), UnitLevel.COMMUNE, text('U', Limits.NAME_LENGTH),
                        text('H', Limits.NAME_LENGTH)),
                Period.other(text('K', Limits.NAME_LENGTH)), Limits.MAX_YEAR, set, departments,
                Map.of("1.1", entry), false, text('R', Limits.NAME_LENGTH), null);
    }

    private static String text(char letter, int length) {
        return String.valueOf(letter).repeat(length);
    }

    /** A code segment of digits, so the whole code stays a well-formed criterion code. */
    private static String code(int length) {
        return "." + "9".repeat(length - 1);
    }
}

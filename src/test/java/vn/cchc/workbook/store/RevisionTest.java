package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Stage;

/**
 * A workbook's revision, which the start screen keeps its figures under: every method that writes a workbook's rows
 * gives it a new, higher revision, in the same transaction; writing it to a file does not; a workbook deleted and
 * created again under its id never gets its old revision back. The other workbooks keep theirs.
 */
class RevisionTest {

    @TempDir
    Path dir;
    private H2WorkbookStore store;
    private Assessment stored;

    @BeforeEach
    void storeTwoWorkbooks() {
        store = H2WorkbookStore.open(dir);
        stored = StoreFixtures.richAssessment("a");
        store.createAssessment(stored);
        store.createAssessment(StoreFixtures.richAssessment("other"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void everyWriteToAWorkbookGivesItAHigherRevisionAndLeavesTheOthers() {
        Entry entry = stored.entry(StoreChild.CODE);
        Map<String, Consumer<WorkbookStore>> writes = new LinkedHashMap<>();
        writes.put("saveEntry", s -> s.saveEntry("a", entry, entry.withSelfExplanation("sửa")));
        writes.put("saveDepartments", s -> s.saveDepartments("a", stored.departments().subList(0, 1)));
        writes.put("saveDescription", s -> s.saveDescription("a", stored.unit(), stored.period(), stored.year() + 1));
        writes.put("saveLocked", s -> s.saveLocked("a", true));
        writes.put("saveRounds", s -> s.saveRounds("a", Rounds.NONE.withDeadline(Stage.SENT_FOR_APPRAISAL,
                java.time.LocalDate.of(2026, 12, 10)), false));
        writes.put("saveRankText", s -> s.saveRankText("a", "xếp thứ 4/18"));
        writes.put("savePublished", s -> s.savePublished("a", new PublishedResult(new BigDecimal("69.82"),
                new BigDecimal("69.82"), "QĐ 1")));
        writes.put("saveEarlierPeriod", s -> s.saveEarlierPeriod("a", null));
        writes.put("saveDocuments", s -> s.saveDocuments("a", stored.documents()));
        writes.put("replaceAssessment", s -> s.replaceAssessment(stored));
        writes.put("replaceAssessment with a round", s -> s.replaceAssessment(stored, "Vòng 1",
                "{}".getBytes(StandardCharsets.UTF_8)));

        for (Map.Entry<String, Consumer<WorkbookStore>> write : writes.entrySet()) {
            long before = revision("a");
            long other = revision("other");

            write.getValue().accept(store);

            assertThat(revision("a")).as(write.getKey()).isGreaterThan(before);
            assertThat(revision("other")).as(write.getKey() + " leaves the other workbook").isEqualTo(other);
        }
    }

    @Test
    void writingTheWorkbookToAFileKeepsItsRevision() {
        long before = revision("a");

        store.markSavedToFile("a", dir.resolve("a.cchc"), Instant.now());

        assertThat(revision("a")).isEqualTo(before);
    }

    @Test
    void aWorkbookDeletedAndCreatedAgainNeverGetsItsOldRevisionBack() {
        long before = revision("a");

        store.deleteAssessment("a");
        store.createAssessment(stored);

        assertThat(revision("a")).isGreaterThan(before);
    }

    @Test
    void theRevisionSurvivesReopeningTheStore() {
        long before = revision("a");
        store.close();

        store = H2WorkbookStore.open(dir);

        assertThat(revision("a")).isEqualTo(before);
    }

    private long revision(String id) {
        return store.listAssessments().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().revision();
    }
}

package vn.cchc.workbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.WorkbookStore;
import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/** The province's printed code ("1.1" for the key "I.1.1") survives the store, in the library and in a workbook. */
class PrintedCodeStoreTest {

    @TempDir
    Path dir;

    @Test
    void aLibrarySetKeepsItsPrintedCodesAfterReopening() {
        CriteriaSet set = TestSets.restartingSet();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.saveCriteriaSet(set);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            CriteriaSet loaded = store.loadCriteriaSet(set.id()).orElseThrow();

            assertThat(loaded).isEqualTo(set);
            assertThat(loaded.nodes()).extracting(CriterionNode::code, CriterionNode::printedCode).startsWith(
                    tuple("I", ""), tuple("I.1", "1"), tuple("I.1.1", "1.1"), tuple("I.1.2", "1.2"),
                    tuple("I.2", "2"), tuple("II", ""), tuple("II.1", "1"), tuple("II.1.1", "1.1"));
        }
    }

    @Test
    void aWorkbookKeepsItsPrintedCodesAndItsScoresStayOnTheKeys() {
        Assessment workbook = TestSets.restartingWorkbook();
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            store.createAssessment(workbook);
        }
        try (WorkbookStore store = H2WorkbookStore.open(dir)) {
            Assessment loaded = store.loadAssessment(workbook.id()).orElseThrow();

            assertThat(loaded).isEqualTo(workbook);
            assertThat(loaded.criteria().node("II.1.1").shownCode()).isEqualTo("1.1");
            assertThat(loaded.entry("II.1.1").appraisalOpinion()).isEqualTo("Một văn bản ban hành không đúng quy trình");
        }
    }
}

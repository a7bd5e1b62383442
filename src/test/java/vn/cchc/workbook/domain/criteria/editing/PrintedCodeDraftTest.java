package vn.cchc.workbook.domain.criteria.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.TestSets;

/** The editor keeps, changes, undoes and checks a node's printed code. */
class PrintedCodeDraftTest {

    private static DraftNode nodeCoded(CriteriaDraft draft, String code) {
        return draft.nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aLoadedSetComesBackWithItsPrintedCodes() {
        CriteriaDraft draft = CriteriaDraft.unsaved(TestSets.restartingSet());

        assertThat(nodeCoded(draft, "II.1.1").printedCode()).isEqualTo("1.1");
        assertThat(nodeCoded(draft, "II.1.1").shownCode()).isEqualTo("1.1");
        assertThat(nodeCoded(draft, "II").shownCode()).isEqualTo("II");
        assertThat(draft.toCriteriaSet()).isEqualTo(TestSets.restartingSet());
    }

    @Test
    void aPrintedCodeIsSetAndUndone() {
        CriteriaDraft draft = CriteriaDraft.unsaved(TestSets.restartingSet());
        long id = nodeCoded(draft, "II.2").id();

        draft.setPrintedCode(id, " 2a ");
        assertThat(draft.toCriteriaSet().node("II.2").shownCode()).isEqualTo("2a");

        draft.undo();
        assertThat(draft.toCriteriaSet().node("II.2").shownCode()).isEqualTo("2");

        draft.setPrintedCode(id, "");
        assertThat(draft.toCriteriaSet().node("II.2").shownCode()).isEqualTo("II.2");
    }

    @Test
    void aMalformedPrintedCodeIsAProblemOfItsNode() {
        CriteriaDraft draft = CriteriaDraft.unsaved(TestSets.restartingSet());
        long id = nodeCoded(draft, "I.2").id();

        draft.setPrintedCode(id, "2)");

        assertThat(draft.validate().items()).filteredOn(item -> item.problem().isError())
                .singleElement().satisfies(item -> {
                    assertThat(item.nodeId()).contains(id);
                    assertThat(item.problem().message()).isEqualTo(
                            "Mã in “2)” không đúng dạng (ví dụ đúng: 1, 1.1, 1.1.2, a).");
                });
    }
}

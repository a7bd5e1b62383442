package vn.cchc.workbook.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.workbook.domain.TestSets.printedLeaf;
import static vn.cchc.workbook.domain.TestSets.restartingSet;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.domain.text.Messages;

/** A typed code names a node by its key, or by the province's printed code where only one node has it. */
class CodeLookupTest {

    private final CriteriaSet set = restartingSet();

    @ParameterizedTest
    @CsvSource({"I.1.1, I.1.1", "i.1.1., I.1.1", "II 1.1, II.1.1", "'II,1,2', II.1.2", "II.2, II.2"})
    void aKeyIsFoundHoweverItIsTyped(String typed, String key) {
        assertThat(CodeLookup.find(set, typed)).isEqualTo(new CodeLookup.Found(set.node(key)));
    }

    @Test
    void aPrintedCodeSharedByTwoFieldsIsAmbiguousAndNamesTheKeysThatTellThemApart() {
        assertThat(CodeLookup.find(set, " 1.1 "))
                .isEqualTo(new CodeLookup.Ambiguous("1.1", List.of("I.1.1", "II.1.1")));
    }

    @Test
    void aPrintedCodeOnlyOneNodeHasFindsIt() {
        CriteriaSet one = TestSets.set(CriterionNode.parent("I", "Lĩnh vực I", TestSets.p("4"), List.of(
                printedLeaf("I.3", "3", "Tiêu chí 3", "4"))));

        assertThat(CodeLookup.find(one, "3")).isEqualTo(new CodeLookup.Found(one.node("I.3")));
    }

    @Test
    void aKeyWinsOverAnotherNodesPrintedCode() {
        CriteriaSet mixed = TestSets.set(TestSets.manual("1", "4"), CriterionNode.parent("II", "Lĩnh vực II",
                TestSets.p("4"), List.of(printedLeaf("II.1", "1", "Tiêu chí 1", "4"))));

        assertThat(CodeLookup.find(mixed, "1")).isEqualTo(new CodeLookup.Found(mixed.node("1")));
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '", "9.9", "III.1.1"})
    void nothingOrAnUnknownCodeIsNotFound(String typed) {
        assertThat(CodeLookup.find(set, typed)).isInstanceOf(CodeLookup.NotFound.class);
    }

    @Test
    void typingLongerThanAnyCodeIsNotLookedUp() {
        assertThat(CodeLookup.find(set, "1.".repeat(80))).isInstanceOf(CodeLookup.NotFound.class);
        assertThat(CodeLookup.find(set, null)).isEqualTo(new CodeLookup.NotFound(""));
    }

    @Test
    void theAmbiguityMessageSaysWhereAndHowToWriteIt() {
        var shared = (CodeLookup.Ambiguous) CodeLookup.find(set, "1.1");
        assertThat(Messages.get("printedcodes.ambiguous", shared.typed(), shared.keys().size(),
                String.join(", ", shared.keys()), shared.keys().get(0)))
                .isEqualTo("Mã “1.1” có ở 2 tiêu chí: I.1.1, II.1.1. Hãy gõ kèm lĩnh vực, ví dụ “I.1.1”.");
    }

    @Test
    void aPrintedCodeEqualToTheKeyIsNoPrintedCode() {
        CriterionNode node = printedLeaf("1.1", " 1.1 ", "Tiêu chí", "1");
        assertThat(node.printedCode()).isEmpty();
        assertThat(node.shownCode()).isEqualTo("1.1");
        assertThat(printedLeaf("I.1.1", "1.1", "Tiêu chí", "1").shownCode()).isEqualTo("1.1");
    }

    @Test
    void everyCopyOfANodeKeepsItsPrintedCode() {
        CriterionNode node = printedLeaf("I.1.1", "1.1", "Tiêu chí", "1");
        assertThat(node.withGuidance("g", "e").withDefaultDepartment("Phòng").withRuleWording("w")
                .withSection(Section.BONUS).withChildren(List.of()).printedCode()).isEqualTo("1.1");
    }

    @Test
    void aMalformedPrintedCodeIsAnErrorNamingIt() {
        CriteriaSet bad = TestSets.set(CriterionNode.parent("I", "Lĩnh vực I", TestSets.p("100"), List.of(
                printedLeaf("I.1", "1)", "Tiêu chí 1", "100"))));

        assertThat(CriteriaValidator.validate(bad)).filteredOn(Problem::isError).extracting(Problem::describe)
                .containsExactly("Lỗi (I.1): Mã in “1)” không đúng dạng (ví dụ đúng: 1, 1.1, 1.1.2, a).");
    }

    @Test
    void aPrintedCodeLongerThanACodeMayBeIsAnError() {
        CriteriaSet bad = TestSets.set(CriterionNode.parent("I", "Lĩnh vực I", TestSets.p("100"), List.of(
                printedLeaf("I.1", "1.".repeat(60) + "1", "Tiêu chí 1", "100"))));

        assertThat(CriteriaValidator.validate(bad)).filteredOn(Problem::isError).extracting(Problem::describe)
                .singleElement().asString().startsWith("Lỗi (I.1): Mã in của tiêu chí quá dài: 121 ký tự, tối đa 100");
    }
}

package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;

/**
 * The optional {@code printedCode} of a node (FORMATS.md): written only where it differs from the key, read back
 * exactly, checked like a code, and absent from files that never had one.
 */
class PrintedCodeJsonTest {

    @TempDir
    Path dir;

    @Test
    void aCriteriaSetFileCarriesThePrintedCodesBesideTheKeys() {
        CriteriaSet set = TestSets.restartingSet();
        byte[] json = CriteriaSetJson.toBytes(set);
        String text = new String(json, StandardCharsets.UTF_8);

        assertThat(CriteriaSetJson.check(json).valueOrThrow()).isEqualTo(set);
        assertThat(text).contains("\"code\": \"I.1.1\",\n" + "              \"printedCode\": \"1.1\",");
        // A field is printed as its key: no printedCode written for it.
        assertThat(text).contains("\"code\": \"I\",\n      \"title\"");
    }

    @Test
    void aCchcFileCarriesThePrintedCodesAndOpensEqual() {
        Assessment workbook = TestSets.restartingWorkbook();
        Path file = dir.resolve("hien-thanh.cchc");
        CchcFile.write(workbook, file);

        Assessment read = CchcFile.read(file);
        assertThat(read).isEqualTo(workbook);
        assertThat(read.criteria().node("I.1.2").shownCode()).isEqualTo("1.2");
    }

    @Test
    void anOlderFileWithoutPrintedCodesPrintsItsKeys() throws Exception {
        Path frozen = Path.of(getClass().getResource("frozen/v1/hien-thanh-6t-2023.cchc").toURI());

        Assessment read = CchcFile.read(frozen);
        assertThat(read.criteria().nodes()).allSatisfy(node -> {
            assertThat(node.printedCode()).isEmpty();
            assertThat(node.shownCode()).isEqualTo(node.code());
        });
    }

    @Test
    void aMalformedPrintedCodeIsRefusedNamingTheCriterion() {
        String json = new String(CriteriaSetJson.toBytes(TestSets.restartingSet()), StandardCharsets.UTF_8)
                .replace("\"printedCode\": \"1.2\"", "\"printedCode\": \"1.2 <b>\"");

        var check = CriteriaSetJson.check(json.getBytes(StandardCharsets.UTF_8));
        assertThat(check.errors()).extracting(Problem::describe)
                .contains("Lỗi (I.1.2): Mã in “1.2 <b>” không đúng dạng (ví dụ đúng: 1, 1.1, 1.1.2, a).",
                        "Lỗi (II.1.2): Mã in “1.2 <b>” không đúng dạng (ví dụ đúng: 1, 1.1, 1.1.2, a).");
    }

    @Test
    void aPrintedCodeLongerThanACodeIsRefused() {
        String json = new String(CriteriaSetJson.toBytes(TestSets.restartingSet()), StandardCharsets.UTF_8)
                .replace("\"printedCode\": \"2\"", "\"printedCode\": \"" + "2.".repeat(200) + "2\"");

        assertThatThrownBy(() -> CriteriaSetJson.check(json.getBytes(StandardCharsets.UTF_8)).valueOrThrow())
                .isInstanceOf(InterchangeException.class)
                .hasMessageContaining("Mã in của tiêu chí quá dài: 401 ký tự, tối đa 100");
    }

    @Test
    void aPrintedCodeThatIsNotTextIsRefused() {
        String json = new String(CriteriaSetJson.toBytes(TestSets.restartingSet()), StandardCharsets.UTF_8)
                .replace("\"printedCode\": \"2\"", "\"printedCode\": 2");

        assertThat(CriteriaSetJson.check(json.getBytes(StandardCharsets.UTF_8)).errors()).isNotEmpty();
        assertThat(CriteriaSetJson.check(json.getBytes(StandardCharsets.UTF_8)).value()).isNull();
    }

    @Test
    void aNodeWhosePrintedCodeIsItsKeyWritesNone() {
        CriteriaSet set = TestSets.set(TestSets.manual("1", "100").withPrintedCode("1"));
        assertThat(new String(CriteriaSetJson.toBytes(set), StandardCharsets.UTF_8)).doesNotContain("printedCode");
        assertThat(set.node("1")).extracting(CriterionNode::printedCode).isEqualTo("");
    }
}

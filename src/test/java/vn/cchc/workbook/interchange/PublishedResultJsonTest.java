package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.InvalidInputException;
import vn.cchc.workbook.domain.UserFacingException;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.PublishedResult;
import vn.cchc.workbook.domain.assessment.ParentLine;

/** The published result and the header-block choice travel in the .cchc file. */
class PublishedResultJsonTest {

    @TempDir
    Path dir;

    @Test
    void bothTravelInTheCchcFile() {
        Assessment rich = CchcFixtures.rich();
        Assessment a = rich.withPublished(new PublishedResult(new BigDecimal("69.82"), null, "QĐ số 123/QĐ-UBND"))
                .withDescription(rich.unit().withParentLine(ParentLine.SHOWN), rich.period(), rich.year());
        Path file = dir.resolve("a.cchc");
        CchcFile.write(a, file);
        assertThat(CchcFile.read(file)).isEqualTo(a);
    }

    @Test
    void aPublishedTotalOutOfRangeIsRefusedWithItsPlace() throws Exception {
        Assessment rich = CchcFixtures.rich().withPublished(new PublishedResult(new BigDecimal("69.82"), null, ""));
        String json = new String(AssessmentJson.toBytes(rich), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("(\"published\"\\s*:\\s*\\{\\s*\"total\"\\s*:\\s*)69\\.82", "$1698.2");
        assertThat(json).contains("698.2");
        byte[] bytes = CchcFixtures.withContent(rich, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path file = dir.resolve("b.cchc");
        java.nio.file.Files.write(file, bytes);
        assertThatThrownBy(() -> CchcFile.read(file)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("698.2").hasMessageContaining("published");
    }

    @Test
    void theDomainRefusesFiguresOutsideTheirRange() {
        assertThatThrownBy(() -> new PublishedResult(new BigDecimal("-1"), null, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new PublishedResult(null, new BigDecimal("250"), ""))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PublishedResult(null, null, "x".repeat(PublishedResult.MAX_DECISION_LENGTH + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2000");
    }
}

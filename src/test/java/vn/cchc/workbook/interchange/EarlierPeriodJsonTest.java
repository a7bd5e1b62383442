package vn.cchc.workbook.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.comparison.EarlierPeriods;
import vn.cchc.workbook.domain.Problem;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.EarlierPeriod;
import vn.cchc.workbook.testdata.SmallCommune;

/** The published rank and the earlier-period baseline in the assessment JSON and the .cchc file. */
class EarlierPeriodJsonTest {

    @TempDir
    Path folder;

    private static Assessment linked() {
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet());
        half = SmallCommune.scored(half, "1.1", "2.5");
        half = SmallCommune.scored(half, "2.1", "30");
        half = half.withEntry(half.entry("2.1").withAppraisalOpinion("Chưa công khai đủ TTHC"));
        return EarlierPeriods.link(SmallCommune.standard("Hiền Thành"), half, "xếp thứ 4/18")
                .withRankText("xếp thứ 3/18 xã, thị trấn");
    }

    @Test
    void rankAndBaselineRoundTripExactlyThroughJsonAndTheCchcFile() {
        Assessment linked = linked();
        byte[] json = AssessmentJson.toBytes(linked);

        Assessment read = AssessmentJson.check(json).valueOrThrow();

        assertThat(read).isEqualTo(linked);
        assertThat(AssessmentJson.toBytes(read)).isEqualTo(json);
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"rankText\": \"xếp thứ 3/18 xã, thị trấn\"")
                .contains("\"earlierPeriod\": {").contains("\"opinion\": \"Chưa công khai đủ TTHC\"");

        Path file = folder.resolve("hien-thanh.cchc");
        CchcFile.write(linked, file);
        assertThat(CchcFile.read(file)).isEqualTo(linked);
    }

    @Test
    void anAssessmentWithoutThemIsWrittenAsBeforeSoOlderFilesKeepTheirBytes() {
        String text = new String(AssessmentJson.toBytes(SmallCommune.standard("Hiền Thành")), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("rankText").doesNotContain("earlierPeriod");
    }

    @Test
    void aBrokenBaselineIsRefusedWithItsJsonPath() {
        String json = new String(AssessmentJson.toBytes(linked()), StandardCharsets.UTF_8)
                .replaceFirst("\"applicableMaximum\": [0-9.]+", "\"applicableMaximum\": \"nhiều\"")
                .replaceFirst("\"depth\": 0", "\"depth\": null");

        JsonCheck<Assessment> check = AssessmentJson.check(json.getBytes(StandardCharsets.UTF_8));

        assertThat(check.isValid()).isFalse();
        assertThat(check.problems()).extracting(Problem::where)
                .contains("$.earlierPeriod.applicableMaximum", "$.earlierPeriod.nodes[0].depth");
    }

    @Test
    void theEarlierPublishedResultAndFieldRanksTravelInTheCchcFile() {
        Assessment half = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2023, SmallCommune.standardSet())
                .withPublished(new vn.cchc.workbook.domain.assessment.PublishedResult(
                        new java.math.BigDecimal("30.5"), null, "QĐ 15"));
        Assessment linked = EarlierPeriods.link(SmallCommune.standard("Hiền Thành"), half, "");
        linked = linked.withEarlierPeriod(linked.earlierPeriod().withFieldRank("2", "xếp thứ 7/10"));
        byte[] json = AssessmentJson.toBytes(linked);
        String text = new String(json, StandardCharsets.UTF_8);

        assertThat(text).contains("\"rankText\": \"xếp thứ 7/10\"").contains("\"published\": {");
        Path file = folder.resolve("field-ranks.cchc");
        CchcFile.write(linked, file);
        Assessment read = CchcFile.read(file);
        assertThat(read).isEqualTo(linked);
        assertThat(read.earlierPeriod().node("2").orElseThrow().rankText()).isEqualTo("xếp thứ 7/10");
        assertThat(read.earlierPeriod().published().total()).isEqualByComparingTo("30.5");
        // Without them the earlier period is written as before.
        String plain = new String(AssessmentJson.toBytes(linked()), StandardCharsets.UTF_8);
        assertThat(plain.substring(plain.indexOf("\"earlierPeriod\"")))
                .doesNotContain("\"published\"").doesNotContain("\"rankText\": \"\"");
    }

    @Test
    void aTooLongFieldRankOrAnUnknownFieldIsRefusedWithItsMessage() {
        EarlierPeriod earlier = linked().earlierPeriod();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> earlier.withFieldRank("2", "x".repeat(2001)))
                .hasMessageContaining("lĩnh vực 2").hasMessageContaining("2000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> earlier.withFieldRank("9", "xếp thứ 1/10"))
                .hasMessageContaining("không có lĩnh vực mã 9");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> earlier.withFieldRank("1.1", "xếp thứ 1/10"))
                .hasMessageContaining("không có lĩnh vực mã 1.1");
    }
}

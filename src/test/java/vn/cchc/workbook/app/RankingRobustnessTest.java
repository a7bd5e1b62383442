package vn.cchc.workbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.ranking.Bands;
import vn.cchc.workbook.domain.ranking.RankedUnit;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFixtures;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * {@code rank} lists every bad file with its reason and ranks the rest, whatever the reason: a refused file (the
 * unbounded exponent that once hung every start), a file whose reading fails unexpectedly, and a file that never
 * finishes (a per-file timeout).
 */
class RankingRobustnessTest {

    @TempDir
    Path folder;

    @Test
    void refusedFilesAreListedWithTheirMessageAndTheOthersRanked() throws Exception {
        write("xa-a.cchc", SmallCommune.standard("Xã A"));
        write("xa-b.cchc", SmallCommune.standard("Xã B"));
        Assessment rich = CchcFixtures.rich();
        String json = new String(AssessmentJson.toBytes(rich), StandardCharsets.UTF_8)
                .replaceFirst("\"points\": 5.75", "\"points\": 0E-100000000");
        Files.write(folder.resolve("xa-treo.cchc"), CchcFixtures.withContent(rich, json.getBytes(StandardCharsets.UTF_8)));
        Files.write(folder.resolve("xa-rong.cchc"), new byte[0]);

        RankingService.Result result = new RankingService().rank(List.of(folder), Bands.defaults());

        assertThat(result.ranking().units()).extracting(u -> u.unit().name()).containsExactlyInAnyOrder("Xã A", "Xã B");
        assertThat(result.rejected()).extracting(r -> r.file().getFileName().toString())
                .containsExactly("xa-rong.cchc", "xa-treo.cchc");
        assertThat(result.rejected().get(1).problem()).contains("0E-100000000").contains("quá nhiều chữ số");
        assertThat(result.read()).isEqualTo(4);
    }

    @Test
    void aFileThatNeverFinishesIsListedAfterTheTimeoutAndTheOthersAreRanked() throws Exception {
        Path a = write("xa-a.cchc", SmallCommune.standard("Xã A"));
        Path hanging = write("xa-treo.cchc", SmallCommune.standard("Xã Treo"));
        Path b = write("xa-b.cchc", SmallCommune.standard("Xã B"));
        CountDownLatch never = new CountDownLatch(1);
        RankingService service = new RankingService(file -> {
            if (file.equals(hanging)) {
                awaitUninterruptibly(never);
            }
            return CchcFile.read(file);
        }, Duration.ofSeconds(1), 2);

        RankingService.Result result = service.rank(List.of(a, hanging, b), Bands.defaults());

        assertThat(result.ranking().units()).extracting(RankedUnit::source).containsExactlyInAnyOrder("xa-a.cchc",
                "xa-b.cchc");
        assertThat(result.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.file()).isEqualTo(hanging);
            assertThat(rejected.problem()).isEqualTo("Tệp “xa-treo.cchc” đọc và chấm điểm quá 1 giây nên bị bỏ qua "
                    + "(tệp bất thường).");
        });
        never.countDown();
    }

    @Test
    void anUnexpectedFailureOfOneFileIsListedAndTheOthersAreRanked() throws Exception {
        Path a = write("xa-a.cchc", SmallCommune.standard("Xã A"));
        Path broken = write("xa-loi.cchc", SmallCommune.standard("Xã Lỗi"));
        RankingService service = new RankingService(file -> {
            if (file.equals(broken)) {
                throw new StackOverflowError("deep");
            }
            return CchcFile.read(file);
        }, Duration.ofSeconds(60), 1);

        RankingService.Result result = service.rank(List.of(a, broken), Bands.defaults());

        assertThat(result.ranking().units()).extracting(RankedUnit::source).containsExactly("xa-a.cchc");
        assertThat(result.rejected()).singleElement().satisfies(rejected ->
                assertThat(rejected.problem()).contains("xa-loi.cchc").contains("lỗi không mong muốn"));
    }

    private Path write(String name, Assessment assessment) {
        Path file = folder.resolve(name);
        CchcFile.write(assessment.withId(name), file);
        return file;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException ignored) {
                // A file that hangs ignores interruption too.
            }
        }
    }
}

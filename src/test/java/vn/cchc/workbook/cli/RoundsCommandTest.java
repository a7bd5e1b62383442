package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.assessment.RoundStep;
import vn.cchc.workbook.domain.assessment.Rounds;
import vn.cchc.workbook.domain.assessment.Side;
import vn.cchc.workbook.domain.assessment.Stage;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/** {@code stage} and {@code send}: the rounds from the command line, and the side rules on {@code evidence add}. */
class RoundsCommandTest {

    @TempDir
    Path dir;
    @TempDir
    Path data;

    private Path selfScored() throws Exception {
        Assessment a = SmallCommune.start("Hiền Thành", Period.FIRST_HALF, 2026, SmallCommune.standardSet());
        for (String code : new String[] {"1.1", "1.2", "2.1"}) {
            a = a.withEntry(a.entry(code).withSelf(new RuleInput.PointsInput(new BigDecimal("4")))
                    .withSelfExplanation("Đang hoàn thiện."));
        }
        a = a.withRounds(Rounds.NONE.withDeadline(Stage.SENT_FOR_APPRAISAL, LocalDate.of(2026, 12, 10)));
        Path file = dir.resolve("so.cchc");
        Files.write(file, CchcFile.toBytes(a, Instant.now()));
        return file;
    }

    @Test
    void stageShowsTheStageTheDeadlineTheNextStepAndWhatItMisses() throws Exception {
        CliRun run = CliRun.in(data, "stage", selfScored().toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Bước hiện tại: Tự đánh giá",
                "Bản này: Chưa vào vòng thẩm định",
                "Hạn “Gửi thẩm định”: 10/12/2026",
                "Bước có thể làm tiếp: gui-tham-dinh (Gửi thẩm định)",
                "Còn thiếu (1 mục):", "2.2 Tiêu chí 2.2: Chưa tự chấm điểm");
    }

    @Test
    void sendRecordsTheStepInACopyNamedForTheStepAndRefusesAStepOutOfTurn() throws Exception {
        Path file = selfScored();
        Path out = Files.createDirectory(dir.resolve("gui"));
        CliRun run = CliRun.in(data, "send", file.toString(), "--step", "gui-tham-dinh", "--name", "Lê Thị Hoa",
                "--organisation", "UBND xã Hiền Thành", "--date", "06/12/2026", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path sent = out.resolve("Hien Thanh - 6 thang dau nam 2026 - Tu danh gia - gui tham dinh - 2026-12-06.cchc");
        assertThat(run.out()).contains("Gửi thẩm định: đã ghi", "Đã gửi thẩm định");
        Assessment written = CchcFile.read(sent);
        assertThat(written.rounds().steps()).containsExactly(new RoundStep(Stage.SENT_FOR_APPRAISAL,
                LocalDate.of(2026, 12, 6), "Lê Thị Hoa", "UBND xã Hiền Thành"));
        assertThat(written.rounds().side()).isEqualTo(Side.UNIT);
        assertThat(CchcFile.read(file).rounds().steps()).isEmpty();

        CliRun outOfTurn = CliRun.in(data, "send", sent.toString(), "--step", "giai-trinh", "-o",
                dir.resolve("x.cchc").toString());
        assertThat(outOfTurn.exitCode()).isEqualTo(1);
        assertThat(outOfTurn.err()).contains("Không thể “Gửi giải trình” khi sổ đang ở bước “Đã gửi thẩm định”.");
        assertThat(dir.resolve("x.cchc")).doesNotExist();

        CliRun unknown = CliRun.in(data, "send", sent.toString(), "--step", "gui", "-o", dir.resolve("y.cchc")
                .toString());
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("Không có bước “gui”");

        // The appraiser's result, made from the command line, then fixed.
        Path result = dir.resolve("ket-qua.cchc");
        assertThat(CliRun.in(data, "send", sent.toString(), "--step", "tham-dinh-1", "--date", "08/12/2026",
                "-o", result.toString()).exitCode()).isZero();
        assertThat(CchcFile.read(result).stage()).isEqualTo(Stage.FIRST_APPRAISAL);
        assertThat(CchcFile.read(result).rounds().side()).isEqualTo(Side.APPRAISER);

        // diff: a file that differs only by the step recorded is not equal (exit 1, the step in words).
        CliRun diff = CliRun.in(data, "diff", sent.toString(), result.toString());
        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(diff.out().lines().toList()).containsExactly(
                "Toàn sổ: Bước của vòng thẩm định: – → Gửi kết quả thẩm định, ngày 08/12/2026",
                "Có 1 thay đổi.");
    }

    @Test
    void evidenceAddIsRefusedInTheAppraisersCopy() throws Exception {
        Path file = selfScored();
        Path result = dir.resolve("ket-qua.cchc");
        assertThat(CliRun.in(data, "send", file.toString(), "--step", "gui-tham-dinh", "-o", dir.resolve("g.cchc")
                .toString()).exitCode()).isZero();
        assertThat(CliRun.in(data, "send", dir.resolve("g.cchc").toString(), "--step", "tham-dinh-1", "-o",
                result.toString()).exitCode()).isZero();
        Path pdf = EvidenceSamples.write(dir, "Kế hoạch.pdf", EvidenceSamples.pdf("Kế hoạch"));
        byte[] before = Files.readAllBytes(result);
        CliRun add = CliRun.in(data, "evidence", "add", result.toString(), "1.1", pdf.toString());
        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains("Tiêu chí 1.1: đây là bản của cơ quan thẩm định");
        assertThat(Files.readAllBytes(result)).isEqualTo(before);
    }
}

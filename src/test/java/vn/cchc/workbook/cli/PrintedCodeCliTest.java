package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.TestSets;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.EvidenceSamples;

/** A code typed on the command line: the key, or a printed code; a printed code two fields share is refused. */
class PrintedCodeCliTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path work;

    @Test
    void evidenceAddRefusesASharedPrintedCodeSayingHowToWriteItAndTakesTheKey() throws Exception {
        Path file = work.resolve("Hiền Thành.cchc");
        Files.write(file, CchcFile.toBytes(TestSets.restartingWorkbook(), java.time.Instant.now()));
        byte[] before = Files.readAllBytes(file);
        Path pdf = EvidenceSamples.write(work, "KH 30.pdf", EvidenceSamples.pdf("Kế hoạch 30"));

        CliRun shared = CliRun.in(dataDir, "evidence", "add", file.toString(), "1.1", pdf.toString());
        assertThat(shared.exitCode()).isEqualTo(1);
        assertThat(shared.err()).contains(
                "Mã “1.1” có ở 2 tiêu chí: I.1.1, II.1.1. Hãy gõ kèm lĩnh vực, ví dụ “I.1.1”.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        CliRun keyed = CliRun.in(dataDir, "evidence", "add", file.toString(), "ii.1.1", pdf.toString());
        assertThat(keyed.exitCode()).as(keyed.err()).isZero();
        assertThat(keyed.out()).contains("vào tiêu chí II.1.1");
        assertThat(CchcFile.read(file).entry("II.1.1").evidence()).hasSize(1);
        assertThat(CchcFile.read(file).entry("I.1.1").evidence()).isEmpty();
    }
}

package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.EvidenceDocument;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.testdata.EvidenceSamples;
import vn.cchc.workbook.testdata.SmallCommune;

/** The evidence commands, save with/without evidence and diff, run as a script would run them. */
class EvidenceCommandsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path documents;
    @TempDir
    Path work;

    private CliRun run(String... args) {
        return args[0].equals("--data-dir") ? CliRun.of(args) : CliRun.in(dataDir, args);
    }

    private Path workbook() throws Exception {
        Path file = work.resolve("Hiền Thành.cchc");
        Files.write(file, CchcFile.toBytes(SmallCommune.standard("Hiền Thành"), java.time.Instant.now()));
        return file;
    }

    @Test
    void addListExtractExportAndSaveWithoutEvidence() throws Exception {
        Path file = workbook();
        byte[] plan = EvidenceSamples.pdf("Kế hoạch 30");
        Path pdf = EvidenceSamples.write(documents, "KH 30.pdf", plan);
        Path photo = EvidenceSamples.write(documents, "ảnh/KH 30.pdf", EvidenceSamples.jpeg(2));

        CliRun add = run("evidence", "add", file.toString(), "1.1", pdf.toString(), "--number", "30/KH-UBND", "--date",
                "15/01/2023", "--summary", "Kế hoạch CCHC năm 2023");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Đã đính kèm KH 30.pdf (PDF", "vào tiêu chí 1.1");
        CliRun second = run("evidence", "add", file.toString(), "2.1", pdf.toString(), photo.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        // A JPEG named .pdf is kept as what it is.
        assertThat(second.out()).contains("KH 30.pdf.jpg (JPEG");

        CliRun list = run("evidence", "list", file.toString());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("2 tệp minh chứng", "được lưu kèm minh chứng",
                "1.1 | 30/KH-UBND | ngày 15/01/2023 | Kế hoạch CCHC năm 2023 | KH 30.pdf (PDF", "[kèm theo]");
        assertThat(list.out().lines().filter(l -> l.startsWith("2.1 |"))).hasSize(2);

        Path extracted = work.resolve("trich");
        CliRun extract = run("evidence", "extract", file.toString(), "-o", extracted.toString());
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(Files.readAllBytes(extracted.resolve("KH 30.pdf"))).isEqualTo(plan);
        assertThat(extracted.resolve("KH 30.pdf.jpg")).exists();

        Path zip = work.resolve("Hồ sơ minh chứng.zip");
        CliRun export = run("evidence", "export", file.toString(), "-o", zip.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("3 tệp, 3 tài liệu kiểm chứng, 2 tiêu chí chưa có minh chứng");
        try (var zipFile = new java.util.zip.ZipFile(zip.toFile())) {
            List<String> names = zipFile.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names).contains("Danh mục tài liệu kiểm chứng.xlsx",
                    "1.1/1.1_30-KH-UBND_Kế hoạch CCHC năm 2023.pdf", "2.1/2.1_KH 30.pdf", "2.1/2.1_KH 30.pdf.jpg");
        }
        Path folder = work.resolve("ho-so");
        assertThat(run("evidence", "export", file.toString(), "-o", folder.toString()).exitCode()).isZero();
        try (XSSFWorkbook index = new XSSFWorkbook(new FileInputStream(
                folder.resolve("Danh mục tài liệu kiểm chứng.xlsx").toFile()))) {
            DataFormatter text = new DataFormatter();
            var sheet = index.getSheetAt(0);
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(1))).isEqualTo("1.1");
            assertThat(text.formatCellValue(sheet.getRow(3).getCell(6)))
                    .isEqualTo("1.1/1.1_30-KH-UBND_Kế hoạch CCHC năm 2023.pdf");
            var missing = index.getSheetAt(1);
            assertThat(text.formatCellValue(missing.getRow(3).getCell(1))).isEqualTo("1.2");
            assertThat(missing.getLastRowNum()).isEqualTo(4);
        }
        assertThat(folder.resolve("2.1").resolve("2.1_KH 30.pdf")).exists();

        Path small = work.resolve("du-lieu.cchc");
        CliRun dataOnly = run("save", file.toString(), "--without-evidence", "-o", small.toString());
        assertThat(dataOnly.exitCode()).as(dataOnly.err()).isZero();
        assertThat(CchcFile.readManifest(small).hasEvidence()).isFalse();
        assertThat(CchcFile.read(small)).isEqualTo(CchcFile.read(file));
        CliRun listSmall = run("evidence", "list", small.toString());
        assertThat(listSmall.out()).contains("không kèm minh chứng", "[không kèm theo]");

        // Another data folder has none of the files: saving with evidence is refused, naming the problem.
        Path elsewhere = work.resolve("noi-khac");
        CliRun refused = run("--data-dir", elsewhere.toString(), "save", small.toString(), "--with-evidence", "-o",
                work.resolve("lai.cchc").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("thiếu 2 tệp");
        assertThat(work.resolve("lai.cchc")).doesNotExist();
    }

    @Test
    void aHostileDocumentIsRefusedAndTheWorkbookIsUnchanged() throws Exception {
        Path file = workbook();
        byte[] before = Files.readAllBytes(file);
        Path exe = EvidenceSamples.write(documents, "Quyết định.pdf", EvidenceSamples.exe());
        CliRun add = run("evidence", "add", file.toString(), "1.1", exe.toString());
        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains("Quyết định.pdf", "chương trình");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void diffPrintsOneLinePerChangeAndExitsOneWhenTheyDiffer() throws Exception {
        Assessment a = SmallCommune.standard("Hiền Thành");
        Assessment b = a.withEntry(a.entry("2.1").withFirstAppraisal(
                new vn.cchc.workbook.domain.criteria.RuleInput.PointsInput(new java.math.BigDecimal("35")))
                .withAppraisalOpinion("Thiếu báo cáo.").withEvidence(List.of(
                        new EvidenceDocument("12/BC-UBND", null, "Báo cáo quý", ""))));
        Path old = work.resolve("cu.cchc");
        Path now = work.resolve("moi.cchc");
        Files.write(old, CchcFile.toBytes(a, java.time.Instant.now()));
        Files.write(now, CchcFile.toBytes(b, java.time.Instant.now()));

        CliRun same = run("diff", old.toString(), old.toString());
        assertThat(same.exitCode()).isZero();
        assertThat(same.out()).contains("Hai bản giống nhau.");

        CliRun differ = run("diff", old.toString(), now.toString());
        assertThat(differ.exitCode()).isEqualTo(1);
        assertThat(differ.out().lines().toList()).containsExactly(
                "2.1 Tiêu chí 2.1: Điểm thẩm định lần 1: 40 → 35",
                "2.1 Tiêu chí 2.1: Ý kiến thẩm định: – → Thiếu báo cáo.",
                "2.1 Tiêu chí 2.1: Thêm tài liệu kiểm chứng: – → 12/BC-UBND Báo cáo quý",
                "Có 3 thay đổi.");
        Path other = work.resolve("khac.cchc");
        Files.write(other, CchcFile.toBytes(SmallCommune.standard("Vĩnh Lâm"), java.time.Instant.now()));
        CliRun foreign = run("diff", old.toString(), other.toString());
        assertThat(foreign.exitCode()).isEqualTo(1);
        assertThat(foreign.err()).contains("không phải hai bản của cùng một sổ");
    }

}

package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;


import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.DocumentEdit;
import vn.cchc.workbook.domain.assessment.DocumentEdits;
import vn.cchc.workbook.domain.assessment.DocumentKind;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;

/** {@code letter}, {@code report} and {@code plan} run in-process on the Hiền Thành sample saved as a .cchc file. */
class DocumentCommandTest {

    @TempDir
    Path folder;

    private Path workbook;

    @BeforeEach
    void saveTheSample() {
        workbook = folder.resolve("Sổ chấm điểm Hiền Thành.cchc");
        CchcFile.write(BundledData.sampleAssessment(), workbook);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static XWPFDocument open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> texts(XWPFDocument word) {
        return word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void letterWritesTheDocumentWithTheTypedNumberBasisSignerAndAppendix() throws Exception {
        Path out = folder.resolve("CongVan.docx");

        CliRun run = run("letter", workbook.toString(), "--number", "103/UBND", "--date", "06/09/2023",
                "--ref-kind", "Thông báo", "--ref-number", "285/TB-HĐTĐ", "--ref-date", "08/08/2023",
                "--ref-issuer", "Hội đồng thẩm định chỉ số CCHC huyện Vĩnh Linh", "--signer-name", "Lê Đức Kiên",
                "--recipient", "UBND huyện Vĩnh Linh (b/c);", "--recipient", "Lưu: VT.", "--appendix", "-o",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Đã ghi", "Công văn khắc phục", "Hiền Thành");
        try (XWPFDocument word = open(out)) {
            assertThat(word.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số: 103/UBND");
            assertThat(word.getTables().get(0).getRow(0).getCell(1).getText())
                    .contains("Hiền Thành, ngày 06 tháng 9 năm 2023");
            assertThat(texts(word)).contains("Căn cứ Thông báo số 285/TB-HĐTĐ ngày 08/8/2023 của Hội đồng thẩm định "
                    + "chỉ số CCHC huyện Vĩnh Linh về kết quả thẩm định chỉ số cải cách hành chính "
                    + "6 tháng đầu năm 2023,");
            assertThat(word.getTables().get(1).getRow(0).getCell(0).getText()).contains("- Lưu: VT.")
                    .doesNotContain("Như Kính gửi");
            assertThat(word.getTables().get(1).getRow(0).getCell(1).getText()).contains("Lê Đức Kiên");
            assertThat(word.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .isEqualTo(STPageOrientation.LANDSCAPE);
        }
    }

    @Test
    void reportAndPlanWriteTheirDocuments() throws Exception {
        Path report = folder.resolve("BaoCao.docx");
        Path plan = folder.resolve("KeHoach.docx");

        assertThat(run("report", workbook.toString(), "-o", report.toString()).exitCode()).isZero();
        assertThat(run("plan", workbook.toString(), "-o", plan.toString()).exitCode()).isZero();

        try (XWPFDocument word = open(report)) {
            assertThat(texts(word)).contains("BÁO CÁO", "I. KẾT QUẢ TỰ ĐÁNH GIÁ");
        }
        try (XWPFDocument word = open(plan)) {
            assertThat(texts(word)).contains("KẾ HOẠCH", "3. Nhiệm vụ cụ thể của các đơn vị");
        }
    }

    @Test
    void editsSavedInTheWorkbookArePrintedAndOutdatedOnesNamedInAWarning() throws Exception {
        Assessment sample = BundledData.sampleAssessment();
        DocumentEdit edit = DocumentEdit.NONE
                .withParagraph("yeu-cau/1", "Đề nghị thực hiện nghiêm các nội dung sau:", "văn bản soạn khi trước")
                .withDropped("dv-cong-an", true);
        CchcFile.write(sample.withDocuments(DocumentEdits.NONE.with(DocumentKind.LETTER, edit)), workbook);
        Path out = folder.resolve("CongVan.docx");

        CliRun run = run("letter", workbook.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Cảnh báo: đoạn đã sửa tay có số liệu đã thay đổi",
                "Đề nghị thực hiện nghiêm các nội dung sau:");
        try (XWPFDocument word = open(out)) {
            assertThat(texts(word)).contains("Đề nghị thực hiện nghiêm các nội dung sau:")
                    .noneMatch(t -> t.contains("Đối với Công an xã"));
        }
    }

    @Test
    void badInputIsRefusedWithAVietnameseMessageAndNothingWritten() {
        Path out = folder.resolve("CongVan.docx");

        CliRun badDate = run("letter", workbook.toString(), "--date", "31/02/2023", "-o", out.toString());
        CliRun tooLong = run("letter", workbook.toString(), "--number", "1".repeat(501), "-o", out.toString());
        CliRun missing = run("plan", folder.resolve("không có.cchc").toString(), "-o", out.toString());

        assertThat(badDate.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(badDate.err()).contains("31/02/2023");
        assertThat(tooLong.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(tooLong.err()).contains("Số, ký hiệu dài 501 ký tự, vượt quá 500 ký tự cho phép.")
                .doesNotContain("Exception");
        assertThat(missing.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(missing.err()).contains("không có.cchc").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anExistingFileIsReplacedOnlyWithOverwrite() throws Exception {
        Path out = folder.resolve("KeHoach.docx");
        Files.writeString(out, "cũ");

        CliRun refused = run("plan", workbook.toString(), "-o", out.toString());
        CliRun replaced = run("plan", workbook.toString(), "-o", out.toString(), "--overwrite");

        assertThat(refused.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(Files.size(out)).isGreaterThan(1000);
        assertThat(replaced.exitCode()).isZero();
    }
}

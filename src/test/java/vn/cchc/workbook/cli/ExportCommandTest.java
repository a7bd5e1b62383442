package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.scoring.ScoreEngine;
import vn.cchc.workbook.domain.scoring.Totals;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.ReadOnlyFolder;
import vn.cchc.workbook.reports.ReportKind;

/** {@code export} run in-process on the bundled Hiền Thành sample saved as a .cchc file; files read back with POI. */
class ExportCommandTest {

    /** Column of the appendix that holds the texts ("Tổng điểm"), and those of the self and appraised scores. */
    private static final int TEXT = 1;
    private static final int SELF = 3;
    private static final int APPRAISED = 4;

    @TempDir
    Path folder;

    private final Assessment sample = BundledData.sampleAssessment();
    private Path workbook;

    @BeforeEach
    void saveTheSample() {
        workbook = folder.resolve("Sổ chấm điểm Hiền Thành.cchc");
        CchcFile.write(sample, workbook);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("No row \"" + text + "\" in " + sheet.getSheetName());
    }

    private static boolean containsText(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportsAllFiveReportsByDefaultWithTheEnginesTotal() throws IOException {
        Path target = folder.resolve("Báo cáo CCHC.xlsx");

        CliRun run = run("export", workbook.toString(), "-o", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Đã xuất " + target + ": 5 bảng của Hiền Thành, 6 tháng đầu năm 2023.\n"
                .replace("\n", System.lineSeparator()));
        Totals appraised = ScoreEngine.score(sample).totals(Track.APPRAISED);
        try (XSSFWorkbook book = open(target)) {
            assertThat(sheetNames(book)).containsExactly(
                    ReportKind.standard().stream().map(ReportKind::sheetName).toArray(String[]::new));
            Row total = rowWith(book.getSheet(ReportKind.PHU_LUC.sheetName()), TEXT, "Tổng điểm");
            assertThat(total.getCell(APPRAISED).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCell(APPRAISED).getNumericCellValue())
                    .isEqualTo(appraised.total().doubleValue());
            assertThat(book.getCreationHelper().createFormulaEvaluator().evaluate(total.getCell(APPRAISED))
                    .getNumberValue()).isCloseTo(appraised.total().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(filesIn(folder)).containsExactly("Báo cáo CCHC.xlsx", "Sổ chấm điểm Hiền Thành.cchc");
    }

    @Test
    void chosenReportsInTheOrderGivenWithTheDocumentTexts() throws IOException {
        Path target = folder.resolve("phu-luc.xlsx");

        CliRun run = run("export", workbook.toString(), "--reports", "khac-phuc,phu-luc", "--only-deductions",
                "--date", "06/9/2023", "--place", "Hiền Thành", "--ref-kind", "Báo cáo", "--ref-number", "103/BC-UBND",
                "--ref-date", "05/09/2023", "--ref-issuer", "UBND xã Hiền Thành",
                "--signer-line", "TM. ỦY BAN NHÂN DÂN", "--signer-title", "Chủ tịch", "--signer-name", "Lê Đức Kiên",
                "--recipient", "UBND huyện Vĩnh Linh;", "--recipient", "Lưu: VT.", "-o", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XSSFWorkbook book = open(target)) {
            assertThat(sheetNames(book)).containsExactly(ReportKind.KHAC_PHUC.sheetName(),
                    ReportKind.PHU_LUC.sheetName());
            Sheet appendix = book.getSheet(ReportKind.PHU_LUC.sheetName());
            assertThat(containsText(appendix, "Hiền Thành, ngày 06 tháng 9 năm 2023")).isTrue();
            assertThat(containsText(appendix, "Báo cáo số 103/BC-UBND ngày 05/9/2023 của UBND xã Hiền Thành"))
                    .isTrue();
            assertThat(containsText(appendix, "Lê Đức Kiên")).isTrue();
            assertThat(containsText(appendix, "Lưu: VT.")).isTrue();
        }
    }

    @Test
    void selfTakesTheSelfScoresAsTheFigures() throws IOException {
        Path target = folder.resolve("tu-danh-gia.xlsx");

        CliRun run = run("export", workbook.toString(), "--reports", "phu-luc", "--self", "-o", target.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Totals self = ScoreEngine.score(sample).totals(Track.SELF);
        try (XSSFWorkbook book = open(target)) {
            Row total = rowWith(book.getSheetAt(0), TEXT, "Tổng điểm");
            assertThat(total.getCell(SELF).getNumericCellValue()).isEqualTo(self.total().doubleValue());
        }
    }

    @Test
    void anUnknownReportIsRefusedNamingTheValidOnes() throws IOException {
        Path target = folder.resolve("x.xlsx");

        CliRun run = run("export", workbook.toString(), "--reports", "phu-luc,tong-hop", "-o", target.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("“tong-hop”").contains("phu-luc, don-vi, linh-vuc, tien-do, khac-phuc, so-sanh");
        assertThat(target).doesNotExist();
    }

    @Test
    void aWrongDateIsAUsageError() {
        CliRun run = run("export", workbook.toString(), "--date", "31/02/2023", "-o", folder.resolve("x.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(run.err())
                .startsWith("Giá trị không hợp lệ cho --date: “31/02/2023” không có thật: tháng 2 năm 2023 có 28 ngày.")
                .contains("Cách dùng: cchc-workbook export");
    }

    @Test
    void anExistingFileIsOnlyReplacedWithOverwrite() throws IOException {
        Path target = Files.writeString(folder.resolve("có rồi.xlsx"), "giữ nguyên");

        CliRun refused = run("export", workbook.toString(), "-o", target.toString());

        assertThat(refused.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(refused.err()).contains("Tệp “" + target + "” đã có").contains("--overwrite");
        assertThat(Files.readString(target)).isEqualTo("giữ nguyên");

        CliRun replaced = run("export", workbook.toString(), "--reports", "don-vi", "-o", target.toString(),
                "--overwrite");

        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        try (XSSFWorkbook book = open(target)) {
            assertThat(sheetNames(book)).containsExactly(ReportKind.DON_VI.sheetName());
        }
    }

    @Test
    void aReadOnlyFolderGivesAMessageAndNoFile() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("chỉ đọc"));
        Path target = locked.resolve("BaoCao.xlsx");

        CliRun run;
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(locked)) {
            run = run("export", workbook.toString(), "-o", target.toString());
        }

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("không có quyền ghi vào thư mục “" + locked + "”");
        assertThat(filesIn(locked)).isEmpty();
    }

    @Test
    void aMissingFolderGivesAMessageAndNoFile() {
        Path target = folder.resolve("không có").resolve("BaoCao.xlsx");

        CliRun run = run("export", workbook.toString(), "-o", target.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("thư mục “" + target.getParent() + "” không tồn tại");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        Path notWorkbook = Files.writeString(folder.resolve("ghi chú.cchc"), "chỉ là văn bản");

        CliRun run = run("export", notWorkbook.toString(), "-o", folder.resolve("x.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(Cli.EXIT_FAILURE);
        assertThat(run.err()).contains("ghi chú.cchc");
        assertThat(folder.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void theCommandIsRecognisedBeforeParsingOnlyAsTheFirstWord() {
        assertThat(ExportCommand.isNamedIn("export", "a.cchc")).isTrue();
        assertThat(ExportCommand.isNamedIn("--data-dir", "export", "export", "a.cchc")).isTrue();
        assertThat(ExportCommand.isNamedIn("--data-dir=D:\\CCHC", "export")).isTrue();
        assertThat(ExportCommand.isNamedIn("criteria", "export", "x")).isFalse();
        assertThat(ExportCommand.isNamedIn("--data-dir", "export", "summary")).isFalse();
        assertThat(ExportCommand.isNamedIn()).isFalse();
    }

    @Test
    void helpIsVietnamese() {
        CliRun run = run("export", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Cách dùng: cchc-workbook export", "--only-deductions",
                "Phụ lục chỉ gồm các tiêu chí bị trừ điểm", "khac-phuc (Kế hoạch khắc phục)");
    }
}

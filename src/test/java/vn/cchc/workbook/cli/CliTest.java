package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import vn.cchc.workbook.interchange.BundledData;

/** The command line run in-process, as a user would type it, with its output captured. */
class CliTest {

    private static final String FIXTURES = "/vn/cchc/workbook/interchange/";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err, CommandLine commandLine) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = Cli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"),
                commandLine);
    }

    private Path fixture(String name) throws IOException {
        return write(name, fixtureText(name));
    }

    private static String fixtureText(String name) throws IOException {
        try (InputStream in = CliTest.class.getResourceAsStream(FIXTURES + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    // --- help, version, usage errors ----------------------------------------------------------------------------

    @Test
    void helpIsVietnameseAndListsTheCommands() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Cách dùng: cchc-workbook [-hV] [--data-dir=THƯ_MỤC] [COMMAND]")
                .containsPattern("validate +Kiểm tra một tệp JSON").containsPattern("summary +In tóm tắt sổ chấm điểm")
                .contains("Các lệnh:",
                        "--data-dir=THƯ_MỤC", "Hiện hướng dẫn này rồi thoát.", "Mã thoát: 0 thành công")
                .doesNotContain("Usage", "Commands:", "Show this help");
    }

    @Test
    void eachCommandHasVietnameseHelp() {
        Run run = run("summary", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Cách dùng: cchc-workbook summary [-h] [TỆP]")
                .contains("Tệp sổ chấm điểm (.cchc hoặc JSON); bỏ trống để dùng sổ mẫu.");
    }

    @Test
    void versionNamesTheProgram() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("CCHC Workbook (Sổ chấm điểm CCHC) ");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run("--data-dir", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Chưa chọn lệnh.\nCách dùng: cchc-workbook");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithHelp() {
        Run run = run("tinh-diem");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Không hiểu lệnh hoặc tham số: tinh-diem\nCách dùng: cchc-workbook");
    }

    @Test
    void aMissingFileArgumentIsAUsageErrorWithTheCommandsHelp() {
        Run run = run("validate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Thiếu tham số bắt buộc: TỆP.\nCách dùng: cchc-workbook validate [-h] TỆP");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = run("summary", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Không hiểu lệnh hoặc tham số: --json");
    }

    @Test
    void theDataFolderOptionIsKeptForTheCommands() throws IOException {
        Run run = run("--data-dir", dir.toString(), "summary", fixture("assessment-full.json").toString());
        assertThat(run.exitCode()).isZero();
        CchcCommand top = run.commandLine().getCommand();
        assertThat(top.dataDir()).contains(dir);
    }

    // --- validate -----------------------------------------------------------------------------------------------

    @Test
    void validateAcceptsAValidCriteriaSet() throws IOException {
        Path file = fixture("criteria-all-rules.json");
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Tệp hợp lệ: " + file
                + " — bộ tiêu chí “Bộ tiêu chí thử nghiệm cấp xã”, 14 tiêu chí; 0 cảnh báo.\n");
    }

    @Test
    void validateAcceptsAValidAssessment() throws IOException {
        Run run = run("validate", fixture("assessment-full.json").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sổ chấm điểm của Hiền Thành, 6 tháng đầu năm 2023, 10 tiêu chí có ghi nhận");
    }

    @Test
    void validatePrintsWarningsAndStillSucceeds() throws IOException {
        Path file = write("bo-90.json", fixtureText("criteria-all-rules.json")
                .replace("\"maxPoints\": 80,", "\"maxPoints\": 70,"));
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(
                "Cảnh báo: Tổng điểm tối đa của các lĩnh vực là 90,00, không phải 100.\nTệp hợp lệ: ")
                .endsWith("; 1 cảnh báo.\n");
    }

    @Test
    void validatePrintsOneLinePerProblemAndExitsWithOne() throws IOException {
        Path file = write("sai.json", fixtureText("assessment-full.json")
                .replace("\"points\": 6\n", "\"points\": 7\n")
                .replace("\"achieved\": 600", "\"achieved\": 800"));
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().split("\n")).containsExactly(
                "Lỗi (1.2): Điểm 7,00 vượt quá điểm tối đa 6,00.",
                "Lỗi (2.1): Số đạt (b = 800) lớn hơn tổng số (a = 739).",
                "Tệp không hợp lệ: " + file + " — 2 lỗi.");
    }

    @Test
    void validateNamesTheJsonPathOfAWrongType() throws IOException {
        Path file = write("sai-kieu.json", fixtureText("criteria-all-rules.json")
                .replace("\"year\": 2023", "\"year\": \"2023\""));
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(
                "Lỗi ($.year): Giá trị phải là một số, nhưng tệp ghi một chuỗi văn bản.\n");
    }

    @Test
    void validateReportsASyntaxErrorWithLineAndColumn() throws IOException {
        Path file = write("hong.json", "{\n  \"format\": \"cchc-assessment\",\n  \"id\": \n}\n");
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Lỗi: Tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng 4, cột 1.\n");
    }

    @Test
    void validateRefusesAFileOfNeitherFormat() throws IOException {
        Path file = write("khac.json", "{\"format\": \"excel\"}");
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Lỗi ($.format): Không nhận ra loại tệp: trường “format” phải là "
                + "“cchc-criteria-set” (bộ tiêu chí) hoặc “cchc-assessment” (sổ chấm điểm).\n");
    }

    /** A "format" key written twice was reported as a format named by neither, hiding the duplicate. */
    @Test
    void aFormatKeyWrittenTwiceIsReportedAsTheDuplicateItIs() throws IOException {
        Path file = write("lap.json", "{\"format\": \"x\", \"format\": \"cchc-assessment\"}");
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("Lỗi ($.format): ").contains("“format”").doesNotContain("Không nhận ra loại tệp");
    }

    @Test
    void validateOfAMissingFileSaysSoOnTheErrorStream() {
        Path missing = dir.resolve("khong-co.json");
        Run run = run("validate", missing.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Không thể dùng tệp này. Lỗi: Không tìm thấy tệp “" + missing + "”.\n");
    }

    // --- summary ------------------------------------------------------------------------------------------------

    @Test
    void summaryPrintsUnitPeriodTotalsAndFields() throws IOException {
        Run run = run("summary", fixture("assessment-full.json").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().split("\n")).containsExactly(
                "Đơn vị: Hiền Thành (cấp xã), thuộc UBND huyện Vĩnh Linh",
                "Kỳ đánh giá: 6 tháng đầu năm 2023",
                "Bộ tiêu chí: Bộ tiêu chí thử nghiệm cấp xã",
                "Điểm tối đa: 100,00 (tính chỉ số trên 97,00)",
                "Tổng điểm tự đánh giá: 88,12",
                "Tổng điểm thẩm định: 80,77",
                "Tổng điểm bị trừ: 15,23",
                "Điểm thưởng: 0,00; điểm trừ ngoài thang 100: 1,00",
                "Chỉ số CCHC: 83,27 (theo điểm tự đánh giá: 90,85)",
                "Theo lĩnh vực (tối đa / tự đánh giá / thẩm định / bị trừ):",
                "  1. Công tác chỉ đạo, điều hành cải cách hành chính: 10,00 / 10,00 / 8,75 / 1,25",
                "  2. Cải cách thủ tục hành chính: 10,00 / 6,62 / 3,20 / 3,80",
                "  3. Khảo sát sự hài lòng của người dân: 80,00 / 70,50 / 69,82 / 10,18",
                "  4. Điểm thưởng (điểm thưởng, tối đa 2,00): 1,00 / 0,00",
                "  5. Điểm trừ (điểm trừ, tối đa 3,00): 0,00 / 1,00");
    }

    @Test
    void summaryCountsWhatIsStillUnscored() throws IOException {
        Path file = write("chua-xong.json", fixtureText("assessment-full.json")
                .replace("\"firstAppraisal\": {\n        \"kind\": \"points\",\n        \"points\": 69.82\n      }",
                        "\"firstAppraisal\": null"));
        Run run = run("summary", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Còn 1 tiêu chí chưa có điểm thẩm định.\n");
    }

    @Test
    void summaryRefusesACriteriaSetFile() throws IOException {
        Run run = run("summary", fixture("criteria-all-rules.json").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Không thể dùng tệp này. Lỗi ($.format): Tệp này không phải là tệp sổ chấm điểm");
    }

    @Test
    void summaryWithoutAFileShowsTheBundledSample() {
        Run run = run("summary");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Đơn vị: ").contains("Hiền Thành", "Kỳ đánh giá: 6 tháng đầu năm 2023",
                "Chỉ số CCHC: ", "  1. ");
    }

    // --- unexpected failures ------------------------------------------------------------------------------------

    @Test
    void anUnexpectedFailureShowsOneVietnameseLineAndNoStackTrace() {
        CommandLine commandLine = Cli.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = new FailureHandler().handleExecutionException(
                new IllegalStateException("internal detail"), commandLine, null);
        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).startsWith("Đã xảy ra lỗi không mong muốn, lệnh không hoàn thành. "
                        + "Chi tiết được ghi trong tệp nhật ký: ")
                .contains(CliLogging.FILE_NAME)
                .doesNotContain("internal detail", "IllegalStateException", "\tat ");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void theLogGoesToTheDataFolderWhenOneIsGiven() {
        assertThat(CliLogging.location(dir)).isEqualTo(dir.resolve("logs").resolve(CliLogging.FILE_NAME));
    }
}

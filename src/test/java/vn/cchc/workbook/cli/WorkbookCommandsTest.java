package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;


import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.interchange.AssessmentJson;
import vn.cchc.workbook.interchange.BadCchcFile;
import vn.cchc.workbook.interchange.BundledData;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.interchange.CchcFixtures;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.app.WorkbookStore;

/** The workbook-file commands (new, import-json, export-json, list, validate/summary of .cchc) run in-process. */
class WorkbookCommandsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path documents;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private List<WorkbookStore.AssessmentSummary> stored() {
        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            return store.listAssessments();
        }
    }

    @Test
    void newWithASampleSetCreatesTheFileAndKeepsTheAssessmentInTheStore() {
        Path file = documents.resolve("Sổ chấm điểm 2024.cchc");

        CliRun run = run("--data-dir", dataDir.toString(), "new", "--sample-set", "xa", "--unit", "Vĩnh Lâm",
                "--parent", "UBND huyện Vĩnh Linh", "--period", "cả năm", "--year", "2024", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Assessment created = CchcFile.read(file);
        assertThat(created.unit().name()).isEqualTo("Vĩnh Lâm");
        assertThat(created.unit().parentAuthority()).isEqualTo("UBND huyện Vĩnh Linh");
        assertThat(created.period()).isEqualTo(Period.FULL_YEAR);
        assertThat(created.year()).isEqualTo(2024);
        assertThat(created.criteria()).isEqualTo(BundledData.sampleCriteriaSet(created.unit().level()));
        assertThat(run.out()).contains("Đã tạo sổ chấm điểm của Vĩnh Lâm, cả năm 2024").contains(created.id());
        assertThat(stored()).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(created.id());
            assertThat(summary.savedFile()).contains(file.toAbsolutePath());
        });
    }

    @Test
    void newWithACriteriaFileAndAnotherPeriod() throws Exception {
        Path criteria = documents.resolve("bộ tiêu chí.json");
        try (InputStream in = getClass().getResourceAsStream("/vn/cchc/workbook/interchange/criteria-all-rules.json")) {
            Files.write(criteria, in.readAllBytes());
        }
        Path file = documents.resolve("quý 3.cchc");

        CliRun run = run("--data-dir", dataDir.toString(), "new", "--criteria", criteria.toString(), "--unit",
                "Hiền Thành", "--period", "Quý 3", "--year", "2023", "-o", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(CchcFile.read(file).period()).isEqualTo(Period.other("Quý 3"));
    }

    @Test
    void newRefusesToOverwriteAnExistingFileUnlessAsked() throws Exception {
        Path file = documents.resolve("có rồi.cchc");
        Files.writeString(file, "giữ nguyên");
        String[] args = {"--data-dir", dataDir.toString(), "new", "--sample-set", "huyen", "--unit", "Vĩnh Linh",
                "--period", "6-thang-dau-nam", "--year", "2023", "-o", file.toString()};

        CliRun refused = run(args);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Tệp “" + file + "” đã có").contains("--overwrite");
        assertThat(Files.readString(file)).isEqualTo("giữ nguyên");
        assertThat(stored()).isEmpty();

        String[] overwrite = java.util.Arrays.copyOf(args, args.length + 1);
        overwrite[args.length] = "--overwrite";
        assertThat(run(overwrite).exitCode()).isZero();
        assertThat(CchcFile.read(file).period()).isEqualTo(Period.FIRST_HALF);
    }

    @Test
    void newWithoutTheRequiredOptionsIsAUsageErrorWithHelp() {
        CliRun run = run("--data-dir", dataDir.toString(), "new", "--sample-set", "xa", "--unit", "Hiền Thành");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Thiếu tham số bắt buộc").contains("Cách dùng: cchc-workbook new");
    }

    @Test
    void newWithBothCriteriaSourcesOrAnUnknownSampleIsAUsageError() {
        CliRun both = run("--data-dir", dataDir.toString(), "new", "--sample-set", "xa", "--criteria", "x.json",
                "--unit", "A", "--period", "ca-nam", "--year", "2023", "-o", documents.resolve("a.cchc").toString());
        CliRun unknown = run("--data-dir", dataDir.toString(), "new", "--sample-set", "tinh", "--unit", "A",
                "--period", "ca-nam", "--year", "2023", "-o", documents.resolve("a.cchc").toString());
        CliRun badYear = run("--data-dir", dataDir.toString(), "new", "--sample-set", "xa", "--unit", "A",
                "--period", "ca-nam", "--year", "1789", "-o", documents.resolve("a.cchc").toString());

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--sample-set: “tinh”");
        assertThat(badYear.exitCode()).isEqualTo(2);
        assertThat(badYear.err()).contains("--year: “1789”");
        assertThat(Files.exists(documents.resolve("a.cchc"))).isFalse();
    }

    @Test
    void importJsonThenExportJsonGivesByteIdenticalJson() throws Exception {
        // The bundled sample is hand-formatted, not in the program's own layout: the round trip must keep it as is.
        Path json = documents.resolve("Hiền Thành 6 tháng.json");
        try (InputStream in = getClass().getResourceAsStream(BundledData.SAMPLE_ASSESSMENT)) {
            Files.write(json, in.readAllBytes());
        }
        Path workbook = documents.resolve("Sổ chấm điểm 2023.cchc");
        Path exported = documents.resolve("xuất ra.json");

        CliRun imported = run("import-json", json.toString(), "-o", workbook.toString());
        CliRun export = run("export-json", workbook.toString(), "-o", exported.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Đã ghi").contains("Hiền Thành, 6 tháng đầu năm 2023");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(json));
        assertThat(CchcFile.read(workbook)).isEqualTo(BundledData.sampleAssessment());
    }

    @Test
    void importJsonOfAnInvalidAssessmentPrintsOneLinePerProblemAndWritesNothing() throws Exception {
        String json = new String(AssessmentJson.toBytes(CchcFixtures.rich()), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"year\" ?: ?2023", "\"year\": \"2023\"")
                .replaceFirst("\"locked\" ?: ?false", "\"locked\": 3");
        Path input = documents.resolve("hỏng.json");
        Files.writeString(input, json);
        Path workbook = documents.resolve("hỏng.cchc");

        CliRun run = run("import-json", input.toString(), "-o", workbook.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("$.year"))
                .anySatisfy(line -> assertThat(line).contains("$.locked"))
                .last().asString().contains("Tệp không hợp lệ").contains("2 lỗi");
        assertThat(Files.exists(workbook)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = BadCchcFile.class, names = {"EMPTY", "DOCX", "H2_DATABASE", "ZIP_BOMB", "NEWER_VERSION",
            "CHECKSUM_MISMATCH", "PATH_TRAVERSAL"})
    void exportValidateAndSummaryOfABadFileExitWithOneAndItsMessage(BadCchcFile bad) {
        Path file = bad.create(documents);
        Path out = documents.resolve("ra.json");

        CliRun export = run("export-json", file.toString(), "-o", out.toString());
        CliRun validate = run("validate", file.toString());
        CliRun summary = run("summary", file.toString());

        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains(bad.messageFragment());
        assertThat(Files.exists(out)).isFalse();
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains(bad.messageFragment()).contains("Tệp không hợp lệ");
        assertThat(summary.exitCode()).isEqualTo(1);
        assertThat(summary.err()).contains(bad.messageFragment()).doesNotContain("Exception");
    }

    @Test
    void validateAndSummaryAcceptAWorkbookFile() throws Exception {
        Path file = documents.resolve("Sổ chấm điểm mẫu.cchc");
        Files.write(file, CchcFixtures.valid(BundledData.sampleAssessment()));

        CliRun validate = run("validate", file.toString());
        CliRun summary = run("summary", file.toString());
        CliRun summaryOfJson = run("summary");

        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("Tệp hợp lệ: " + file).contains("sổ chấm điểm .cchc (định dạng số 1)")
                .contains("Hiền Thành, 6 tháng đầu năm 2023");
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.out()).isEqualTo(summaryOfJson.out());
    }

    @Test
    void validateOfARenamedWorkbookStillRecognisesIt() throws Exception {
        Path file = documents.resolve("sổ gửi qua email.zip");
        Files.write(file, CchcFixtures.valid(CchcFixtures.rich()));

        CliRun validate = run("validate", file.toString());

        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("sổ chấm điểm .cchc");
    }

    @Test
    void listShowsTheAssessmentsOfTheDataFolderGiven() {
        CliRun empty = run("--data-dir", dataDir.toString(), "list");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out()).contains("Chưa có sổ chấm điểm nào").contains(dataDir.toString());

        Path file = documents.resolve("Vĩnh Lâm.cchc");
        run("--data-dir", dataDir.toString(), "new", "--sample-set", "xa", "--unit", "Vĩnh Lâm", "--period",
                "6 tháng đầu năm", "--year", "2024", "-o", file.toString());
        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            store.createAssessment(CchcFixtures.rich());
        }

        CliRun list = run("--data-dir", dataDir.toString(), "list");

        assertThat(list.exitCode()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0)).startsWith("2 sổ chấm điểm trong dữ liệu của máy");
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("| Vĩnh Lâm | 6 tháng đầu năm | 2024 |")
                .endsWith(file.toAbsolutePath().toString()));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith(CchcFixtures.rich().id() + " | Hiền Thành | 6 tháng đầu năm | 2023 |")
                .endsWith("(chưa lưu ra tệp)"));
    }

    @Test
    void helpListsTheNewCommands() {
        CliRun run = run("--help");

        assertThat(run.out()).contains("new ", "import-json", "export-json", "list ")
                .contains("Liệt kê các sổ chấm điểm trong dữ liệu của máy");
    }
}

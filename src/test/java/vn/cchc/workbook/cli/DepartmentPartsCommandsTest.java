package vn.cchc.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.app.OnConflict;
import vn.cchc.workbook.app.WorkbookFiles;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Entry;
import vn.cchc.workbook.domain.criteria.RuleInput;
import vn.cchc.workbook.interchange.CchcFile;
import vn.cchc.workbook.store.H2WorkbookStore;
import vn.cchc.workbook.testdata.SmallCommune;

/**
 * Department parts through real files: the officer splits the workbook per department, each department edits its
 * part in its own data folder with the program and sends it back, the officer merges. An edit outside the part is
 * refused, two parts changing the same field show a conflict, and nothing is written until it is settled.
 */
class DepartmentPartsCommandsTest {

    @TempDir
    Path work;
    @TempDir
    Path departmentA;
    @TempDir
    Path departmentB;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** Opens the part in the department's own data folder, edits it as the window would, and saves it over itself. */
    private static void editPart(Path dataDir, Path part, UnaryOperator<Assessment> change) {
        try (H2WorkbookStore store = H2WorkbookStore.open(dataDir)) {
            WorkbookFiles files = new WorkbookFiles(store);
            String id = files.open(part, OnConflict.REPLACE);
            Assessment before = store.loadAssessment(id).orElseThrow();
            Assessment after = change.apply(before);
            java.util.Set<String> codes = new java.util.LinkedHashSet<>(before.entries().keySet());
            codes.addAll(after.entries().keySet());
            for (String code : codes) {
                if (!after.entry(code).equals(before.entry(code))) {
                    store.saveEntry(id, before.entry(code), after.entry(code));
                }
            }
            files.save(id, part);
        }
    }

    @Test
    void partsAreSplitEditedElsewhereAndMergedWithOutsideEditsRefusedAndConflictsShown() throws Exception {
        Path workbook = work.resolve("Sổ.cchc");
        Files.write(workbook, CchcFile.toBytes(SmallCommune.standard("Hiền Thành"), java.time.Instant.now()));
        Path partB = work.resolve("Phần VH-XH.cchc");
        Path partA = work.resolve("Phần VP-TK.cchc");

        CliRun split = run("split", workbook.toString(), "--department", "Công chức Văn hóa - Xã hội", "-o",
                partB.toString());
        assertThat(split.exitCode()).as(split.err()).isZero();
        assertThat(split.out()).contains("3 tiêu chí (2, 2.1, 2.2)");
        assertThat(CchcFile.read(partB).entries()).containsOnlyKeys("2", "2.1", "2.2");
        assertThat(run("split", workbook.toString(), "--department", "a", "-o", partA.toString()).exitCode())
                .isZero();
        assertThat(run("split", workbook.toString(), "--department", "Phòng Không Có", "-o",
                work.resolve("x.cchc").toString()).err()).contains("Công chức Văn phòng - Thống kê");

        // Department B explains 2.1 and also touches 1.1, which is not its criterion.
        editPart(departmentB, partB, a -> {
            Assessment out = a.withEntry(a.entry("2.1").withSelfExplanation("Đã có báo cáo quý IV."));
            return out.withEntry(out.entry("1.1").withSelf(new RuleInput.PointsInput(new java.math.BigDecimal("1"))));
        });
        Path merged = work.resolve("Sổ đã gộp.cchc");
        CliRun outside = run("merge", workbook.toString(), partB.toString(), "-o", merged.toString());
        assertThat(outside.exitCode()).isEqualTo(1);
        assertThat(outside.out()).contains("SỬA NGOÀI PHẦN (không nhận): 1.1 Tiêu chí 1.1: Điểm tự đánh giá: – → 1",
                "Không gộp: 1 sửa ngoài phần, 0 xung đột");
        assertThat(merged).doesNotExist();

        // B takes back the stray edit; the merge goes through.
        editPart(departmentB, partB, a -> a.withEntry(a.entry("1.1").withSelf(null)));
        CliRun mergeB = run("merge", workbook.toString(), partB.toString(), "-o", merged.toString());
        assertThat(mergeB.exitCode()).as(mergeB.out() + mergeB.err()).isZero();
        assertThat(mergeB.out()).contains("2.1 Tiêu chí 2.1: Giải trình: – → Đã có báo cáo quý IV.");
        assertThat(CchcFile.read(merged).entry("2.1").selfExplanation()).isEqualTo("Đã có báo cáo quý IV.");

        // A (also responsible for field 2) wrote another explanation on 2.1: a conflict, nothing written.
        editPart(departmentA, partA, a -> a.withEntry(a.entry("2.1").withSelfExplanation("Sẽ bổ sung sau.")
                .withSelf(new RuleInput.PointsInput(new java.math.BigDecimal("48")))));
        Path both = work.resolve("Sổ gộp cả hai.cchc");
        CliRun conflict = run("merge", merged.toString(), partA.toString(), "-o", both.toString());
        assertThat(conflict.exitCode()).isEqualTo(1);
        assertThat(conflict.out()).contains(
                "XUNG ĐỘT 2.1 Tiêu chí 2.1: Giải trình: trong sổ “Đã có báo cáo quý IV.”, trong phần “Sẽ bổ sung sau.”");
        assertThat(both).doesNotExist();

        CliRun settled = run("merge", merged.toString(), partA.toString(), "-o", both.toString(), "--resolve",
                "workbook");
        assertThat(settled.exitCode()).as(settled.out() + settled.err()).isZero();
        Assessment result = CchcFile.read(both);
        assertThat(result.entry("2.1").selfExplanation()).isEqualTo("Đã có báo cáo quý IV.");
        assertThat(result.entry("2.1").self()).isEqualTo(new RuleInput.PointsInput(new java.math.BigDecimal("48")));
        assertThat(result.id()).isEqualTo(CchcFile.read(workbook).id());
    }

    @Test
    void evidenceAddedToAPartKeepsItAPartAndTravelsBackInTheMerge() throws Exception {
        Path workbook = work.resolve("Sổ.cchc");
        Files.write(workbook, CchcFile.toBytes(SmallCommune.standard("Hiền Thành"), java.time.Instant.now()));
        Path part = work.resolve("Phần VH-XH.cchc");
        assertThat(run("split", workbook.toString(), "--department", "Công chức Văn hóa - Xã hội", "-o",
                part.toString()).exitCode()).isZero();
        var sent = CchcFile.readPart(part);
        byte[] report = vn.cchc.workbook.testdata.EvidenceSamples.pdf("Báo cáo quý IV");
        Path pdf = vn.cchc.workbook.testdata.EvidenceSamples.write(departmentB, "BC quý IV.pdf", report);

        CliRun add = CliRun.in(departmentB, "evidence", "add", part.toString(), "2.1", pdf.toString(), "--number",
                "12/BC-UBND");
        assertThat(add.exitCode()).as(add.err()).isZero();
        var after = CchcFile.readPart(part);
        assertThat(after.partOf()).isEqualTo(sent.partOf());
        assertThat(after.origin()).isEqualTo(sent.origin());
        assertThat(after.contents().manifest().evidence()).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("BC quý IV.pdf"));
        // A criterion outside the part takes no evidence either; the part is left as it was.
        byte[] before = Files.readAllBytes(part);
        CliRun outside = CliRun.in(departmentB, "evidence", "add", part.toString(), "1.1", pdf.toString());
        assertThat(outside.exitCode()).isEqualTo(1);
        assertThat(outside.err()).contains("1.1", "Công chức Văn hóa - Xã hội");
        assertThat(Files.readAllBytes(part)).isEqualTo(before);
        // save --without-evidence and --with-evidence keep it a part too.
        Path dataOnly = work.resolve("Phần chỉ dữ liệu.cchc");
        assertThat(CliRun.in(departmentB, "save", part.toString(), "--without-evidence", "-o", dataOnly.toString())
                .exitCode()).isZero();
        assertThat(CchcFile.readPart(dataOnly).partOf()).isEqualTo(sent.partOf());
        Path withEvidence = work.resolve("Phần kèm minh chứng.cchc");
        assertThat(CliRun.in(departmentB, "save", part.toString(), "--with-evidence", "-o",
                withEvidence.toString()).exitCode()).isZero();
        assertThat(CchcFile.readPart(withEvidence).contents().manifest().hasEvidence()).isTrue();

        // The officer's store takes the part back, with its evidence file.
        Path officer = work.resolve("van-phong");
        try (H2WorkbookStore store = H2WorkbookStore.open(Files.createDirectories(officer))) {
            String id = new WorkbookFiles(store).open(workbook, OnConflict.ASK);
            var parts = new vn.cchc.workbook.app.DepartmentPartFiles(store);
            Assessment here = store.loadAssessment(id).orElseThrow();
            var entries = parts.merge(part, here, conflict -> vn.cchc.workbook.domain.assessment.DepartmentParts
                    .Resolution.NONE);
            assertThat(entries).singleElement().satisfies(entry -> {
                assertThat(entry.code()).isEqualTo("2.1");
                assertThat(entry.evidence()).singleElement().satisfies(d ->
                        assertThat(d.number()).isEqualTo("12/BC-UBND"));
            });
            String sha = after.contents().manifest().evidence().get(0).sha256();
            assertThat(store.evidenceFolder().contains(sha)).isTrue();
        }
    }
}

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
                "XUNG ĐỘT 2.1 Tiêu chí 2.1: Giải trình: trong sổ „Đã có báo cáo quý IV.“, trong phần „Sẽ bổ sung sau.“");
        assertThat(both).doesNotExist();

        CliRun settled = run("merge", merged.toString(), partA.toString(), "-o", both.toString(), "--resolve",
                "workbook");
        assertThat(settled.exitCode()).as(settled.out() + settled.err()).isZero();
        Assessment result = CchcFile.read(both);
        assertThat(result.entry("2.1").selfExplanation()).isEqualTo("Đã có báo cáo quý IV.");
        assertThat(result.entry("2.1").self()).isEqualTo(new RuleInput.PointsInput(new java.math.BigDecimal("48")));
        assertThat(result.id()).isEqualTo(CchcFile.read(workbook).id());
    }
}

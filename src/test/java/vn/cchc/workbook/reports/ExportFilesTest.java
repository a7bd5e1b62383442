package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Track;

/** What an exported file carries besides its sheets, and what an export leaves behind. */
class ExportFilesTest {

    @TempDir
    Path folder;

    private final Assessment assessment = TestAssessments.assessment();

    @Test
    void poiWritesItsTemporaryFilesInAFolderOfThisProcessNotTheSharedPoifiles() throws Exception {
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.PHU_LUC).build(),
                folder.resolve("a.xlsx"));
        File current = PoiTempFolder.current();
        assertThat(current.getName()).startsWith("cchc-poi-" + ProcessHandle.current().pid() + "-")
                .isNotEqualTo("poifiles");
        assertThat(current.getParentFile().toPath().toRealPath())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toRealPath());
        // Each export removes its streaming files when it closes the workbook.
        try (var left = Files.list(current.toPath())) {
            assertThat(left).isEmpty();
        }
    }

    /** POSIX mode bits; Windows has none (an exported file there inherits its folder's access rules). */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void theFileHasTheUsersUsualPermissionsNotOwnerOnly() throws Exception {
        assertThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path exported = folder.resolve("b.xlsx");
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.TIEN_DO).build(), exported);
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(usual);
    }

    @Test
    void documentPropertiesNameTheUnitAndTheProgramNotApachePoi() throws Exception {
        Path exported = folder.resolve("c.xlsx");
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.PHU_LUC).build(), exported);
        try (XSSFWorkbook workbook = WorkbookReading.open(exported)) {
            POIXMLProperties properties = workbook.getProperties();
            assertThat(properties.getCoreProperties().getCreator()).isEqualTo("Ủy ban nhân dân xã Hiền Thành");
            assertThat(properties.getCoreProperties().getTitle())
                    .isEqualTo("KẾT QUẢ ĐÁNH GIÁ CCHC XÃ HIỀN THÀNH 6 THÁNG ĐẦU NĂM 2023 VÀ BIỆN PHÁP KHẮC PHỤC");
            assertThat(properties.getExtendedProperties().getUnderlyingProperties().getApplication())
                    .isEqualTo("Sổ chấm điểm CCHC");
        }
    }

    @Test
    void selfScoreExportsSayItInTheTitleAndInTheFileName() throws Exception {
        ExportOptions self = ExportOptions.builder().reports(ReportKind.PHU_LUC).track(Track.SELF).build();
        String name = ExcelExporter.suggestedFileName(assessment, self);
        assertThat(name).isEqualTo("PhuLuc_CCHC_XaHienThanh_6T2023_TuDanhGia.xlsx");
        Path exported = folder.resolve(name);
        new ExcelExporter().export(assessment, self, exported);
        try (XSSFWorkbook workbook = WorkbookReading.open(exported)) {
            // The marker on its own line under the title: a long title never leaves "GIÁ)" alone on a line.
            var title = WorkbookReading.rowWith(workbook.getSheetAt(0), 0, "KẾT QUẢ ĐÁNH GIÁ CCHC XÃ HIỀN THÀNH 6 THÁNG "
                    + "ĐẦU NĂM 2023 VÀ BIỆN PHÁP KHẮC PHỤC");
            assertThat(WorkbookReading.text(workbook.getSheetAt(0).getRow(title.getRowNum() + 1), 0))
                    .isEqualTo("(THEO ĐIỂM TỰ ĐÁNH GIÁ)");
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).endsWith("(THEO ĐIỂM TỰ ĐÁNH GIÁ)");
        }
        assertThat(ExcelExporter.suggestedFileName(assessment, self.toBuilder().track(Track.APPRAISED).build()))
                .isEqualTo("PhuLuc_CCHC_XaHienThanh_6T2023.xlsx");
    }

    @Test
    void theDepartmentReportGivesEachDeductionsReasonAsSeed000Does() throws Exception {
        Path exported = folder.resolve("d.xlsx");
        new ExcelExporter().export(assessment, ExportOptions.builder().reports(ReportKind.DON_VI).build(), exported);
        try (XSSFWorkbook workbook = WorkbookReading.open(exported)) {
            var row = WorkbookReading.rowWith(workbook.getSheetAt(0), 1, TestAssessments.OFFICE.name());
            assertThat(WorkbookReading.text(row, 6)).contains(
                    "1.1.1 Ban hành kế hoạch CCHC năm: Kế hoạch ban hành chậm so với quy định — bị trừ 0,5 điểm.");
        }
    }
}

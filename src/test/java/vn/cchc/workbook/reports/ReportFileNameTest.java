package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.cchc.workbook.domain.assessment.AssessedUnit;
import vn.cchc.workbook.domain.assessment.Assessment;
import vn.cchc.workbook.domain.assessment.Period;
import vn.cchc.workbook.domain.criteria.UnitLevel;

class ReportFileNameTest {

    private static final String WINDOWS_SAFE = "[A-Za-z0-9_]+\\.xlsx";

    private final Assessment sample = TestAssessments.assessment();

    @Test
    void appendixOfTheHienThanhHalfYear() {
        ExportOptions appendix = ExportOptions.builder().reports(ReportKind.PHU_LUC).build();
        assertThat(ExcelExporter.suggestedFileName(sample, appendix)).isEqualTo("PhuLuc_CCHC_XaHienThanh_6T2023.xlsx");
    }

    @Test
    void severalReportsOneReportAndOtherPeriods() {
        assertThat(ExcelExporter.suggestedFileName(sample, ExportOptions.defaults()))
                .isEqualTo("BaoCao_CCHC_XaHienThanh_6T2023.xlsx");
        assertThat(ExcelExporter.suggestedFileName(sample, ExportOptions.builder().reports(ReportKind.KHAC_PHUC)
                .build())).isEqualTo("KeHoachKhacPhuc_CCHC_XaHienThanh_6T2023.xlsx");
        Assessment year = sample.withDescription(sample.unit(), Period.FULL_YEAR, 2024);
        assertThat(ExcelExporter.suggestedFileName(year, ExportOptions.defaults()))
                .isEqualTo("BaoCao_CCHC_XaHienThanh_Nam2024.xlsx");
        Assessment other = sample.withDescription(sample.unit(), Period.other("9 tháng đầu năm"), 2023);
        assertThat(ExcelExporter.suggestedFileName(other, ExportOptions.defaults()))
                .isEqualTo("BaoCao_CCHC_XaHienThanh_9ThangDauNam2023.xlsx");
    }

    @Test
    void diacriticsAndDStrokeAreRemovedAndOnlySafeCharactersRemain() {
        for (String name : List.of("UBND phường Đông Lễ", "Đakrông", "Thị trấn Cửa Tùng (mới)", "Xã A/B: C*?\"<>|")) {
            Assessment unit = sample.withDescription(new AssessedUnit(name, UnitLevel.COMMUNE, "", ""),
                    Period.FIRST_HALF, 2023);
            assertThat(ExcelExporter.suggestedFileName(unit, ExportOptions.defaults())).as(name)
                    .matches(WINDOWS_SAFE);
        }
        Assessment dong = sample.withDescription(new AssessedUnit("UBND phường Đông Lễ", UnitLevel.COMMUNE, "", ""),
                Period.FIRST_HALF, 2023);
        assertThat(ExcelExporter.suggestedFileName(dong, ExportOptions.defaults()))
                .isEqualTo("BaoCao_CCHC_PhuongDongLe_6T2023.xlsx");
        assertThat(ReportFileName.ascii("Ủy ban nhân dân huyện Đakrông, tỉnh Quảng Trị"))
                .isEqualTo("Uy ban nhan dan huyen Dakrong, tinh Quang Tri");
    }
}

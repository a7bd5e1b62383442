package vn.cchc.workbook.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.cchc.workbook.domain.assessment.Track;
import vn.cchc.workbook.domain.text.Messages;

class ReportKindTest {

    @Test
    void idsAreTheCommandLineNames() {
        assertThat(ReportKind.values()).extracting(ReportKind::id)
                .containsExactly("phu-luc", "don-vi", "linh-vuc", "tien-do", "khac-phuc", "so-sanh");
        assertThat(ReportKind.standard()).extracting(ReportKind::id)
                .containsExactly("phu-luc", "don-vi", "linh-vuc", "tien-do", "khac-phuc");
        assertThat(ReportKind.fromId(" tien-do ")).contains(ReportKind.TIEN_DO);
        assertThat(ReportKind.fromId("tiendo")).isEmpty();
    }

    @Test
    void parsingKeepsTheOrderGivenAndDropsRepeats() {
        assertThat(ReportKind.parseIds("khac-phuc, phu-luc,khac-phuc"))
                .containsExactly(ReportKind.KHAC_PHUC, ReportKind.PHU_LUC);
    }

    @Test
    void anUnknownIdIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> ReportKind.parseIds("phu-luc,bang-x"))
                .isInstanceOf(ReportException.class)
                .hasMessage("Không có bảng “bang-x”. Các bảng có thể xuất: phu-luc, don-vi, linh-vuc, tien-do, khac-phuc, so-sanh.");
        assertThatThrownBy(() -> ReportKind.parseIds(" , ")).hasMessage("Chưa chọn bảng nào để xuất.");
    }

    @ParameterizedTest
    @EnumSource(ReportKind.class)
    void everyReportHasItsTextsAndAValidSheetName(ReportKind kind) {
        for (String key : new String[] {"reports.kind.", "reports.sheet.", "reports.title."}) {
            assertThat(Messages.has(key + kind.id())).as(key + kind.id()).isTrue();
        }
        SheetReport report = kind == ReportKind.SO_SANH
                ? new ComparisonReport(vn.cchc.workbook.domain.comparison.Comparison
                        .compare(ComparisonReportTest.linked()).orElseThrow())
                : SheetReport.of(kind);
        for (Column column : report.columns()) {
            // A column titled from data (the periods compared) has no key.
            assertThat(column.headerText() != null || Messages.has(column.headerKey())).as(column.headerKey())
                    .isTrue();
        }
        assertThat(kind.sheetName()).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
    }

    @Test
    void optionsDefaultToEveryStandardReportTheAppraisalAndToday() {
        ExportOptions defaults = ExportOptions.defaults();
        assertThat(defaults.reports()).containsExactlyElementsOf(ReportKind.standard());
        assertThat(defaults.track()).isEqualTo(Track.APPRAISED);
        assertThat(defaults.onlyDeductions()).isFalse();
        assertThat(defaults.effectiveDate()).isEqualTo(LocalDate.now());
        assertThat(defaults.reference().isEmpty()).isTrue();
        assertThat(defaults.signer().isEmpty()).isTrue();
        ExportOptions changed = defaults.withReports(ReportKind.DON_VI).withOnlyDeductions(true);
        assertThat(changed.reports()).containsExactly(ReportKind.DON_VI);
        assertThat(changed.onlyDeductions()).isTrue();
        assertThat(ExportOptions.builder().recipients(java.util.Arrays.asList(" A ", "", null)).build().recipients())
                .containsExactly("A");
    }
}

package vn.cchc.workbook.reports.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.interchange.BundledData;

/** The template and the export read back exactly; template → import → export → import gives the same set. */
class CriteriaTemplateRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateHasTheExpectedColumnsAndImportsBackExactly() throws IOException {
        Path template = dir.resolve("mau.xlsx");
        CriteriaTemplateWriter.writeTemplate(template);
        try (Workbook workbook = WorkbookFactory.create(template.toFile())) {
            Sheet sheet = workbook.getSheet("Bộ tiêu chí");
            Row found = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "STT".equals(row.getCell(0).getStringCellValue())) {
                    found = row;
                }
            }
            Row header = found;
            assertThat(header).isNotNull();
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).extracting(c -> header.getCell(c).getStringCellValue())
                    .containsExactly("STT", "Nội dung", "Điểm tối đa", "Cách chấm", "Hướng dẫn chấm điểm",
                            "Tài liệu kiểm chứng", "Đơn vị phụ trách");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }
        CriteriaImport read = CriteriaWorkbookReader.read(template);
        assertThat(read.hasErrors()).as(read.problems().toString()).isFalse();
        assertThat(read.set()).isEqualTo(normalized(CriteriaTemplateWriter.exampleSet()));
        assertThat(read.rows()).allMatch(row -> row.guess().source() != RuleGuess.Source.GUIDANCE);
    }

    @Test
    void templateImportExportImportGivesTheSameSet() throws IOException {
        Path template = dir.resolve("mau.xlsx");
        CriteriaTemplateWriter.writeTemplate(template);
        CriteriaSet first = CriteriaWorkbookReader.read(template).set();
        Path exported = dir.resolve("xuat.xlsx");
        CriteriaTemplateWriter.write(first, exported);
        CriteriaSet second = CriteriaWorkbookReader.read(exported).set();
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(value = UnitLevel.class, names = {"COMMUNE", "DISTRICT"})
    void aBundledSetExportsAndImportsBackExactly(UnitLevel level) throws IOException {
        CriteriaSet bundled = BundledData.sampleCriteriaSet(level);
        Path file = dir.resolve(bundled.id() + ".xlsx");
        CriteriaTemplateWriter.write(bundled, file);
        CriteriaImport read = CriteriaWorkbookReader.read(file);
        assertThat(read.errors()).isEmpty();
        assertThat(read.set()).isEqualTo(normalized(bundled));
        assertThat(read.rows()).allMatch(row -> row.guess().source() != RuleGuess.Source.GUIDANCE);
    }

    @Test
    void aSetWhoseNumberingRestartsExportsThePrintedCodesAndImportsBackWithItsKeys() throws IOException {
        CriteriaSet restarting = vn.cchc.workbook.domain.TestSets.restartingSet();
        Path file = dir.resolve("danh-so-lai.xlsx");
        CriteriaTemplateWriter.write(restarting, file);
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            List<String> codes = new java.util.ArrayList<>();
            book.getSheetAt(0).forEach(row -> {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && !row.getCell(0).getStringCellValue().isEmpty() && row.getCell(2) != null
                        && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    codes.add(row.getCell(0).getStringCellValue());
                }
            });
            // As the province prints them.
            assertThat(codes).containsExactly("I", "1", "1.1", "1.2", "2", "II", "1", "1.1", "1.2", "2");
        }
        CriteriaImport read = CriteriaWorkbookReader.read(file);
        assertThat(read.errors()).isEmpty();
        assertThat(read.set()).isEqualTo(normalized(restarting));
    }

    /** The set with every figure in the reader's form (no trailing zeros), which is all an .xlsx cell keeps. */
    static CriteriaSet normalized(CriteriaSet set) {
        return set.withRoots(set.roots().stream().map(CriteriaTemplateRoundTripTest::normalized).toList());
    }

    private static CriterionNode normalized(CriterionNode node) {
        return new CriterionNode(node.code(), node.title(), n(node.maxPoints()), normalized(node.rule()),
                Plain.lines(node.guidance()), Plain.lines(node.evidenceRequired()), node.defaultDepartment(),
                node.section(), node.children().stream().map(CriteriaTemplateRoundTripTest::normalized).toList())
                .withPrintedCode(node.printedCode());
    }

    private static ScoringRule normalized(ScoringRule rule) {
        return switch (rule) {
            case ScoringRule.Manual m -> new ScoringRule.Manual(n(m.step()));
            case ScoringRule.Levels l -> new ScoringRule.Levels(
                    l.levels().stream().map(level -> new Level(level.label(), n(level.points()))).toList());
            case ScoringRule.Ratio r -> new ScoringRule.Ratio(n(r.threshold()), n(r.fullAt()));
            case ScoringRule.Deductions d -> new ScoringRule.Deductions(n(d.perViolation()));
            default -> rule;
        };
    }

    private static BigDecimal n(BigDecimal value) {
        return value == null ? null : Numbers.normalize(value);
    }
}

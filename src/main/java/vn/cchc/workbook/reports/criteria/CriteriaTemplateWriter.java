package vn.cchc.workbook.reports.criteria;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.cchc.workbook.domain.text.VietnameseDates;
import vn.cchc.workbook.files.SafeFileWriter;
import vn.cchc.workbook.domain.criteria.CriteriaSet;
import vn.cchc.workbook.domain.criteria.CriterionNode;
import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.Level;
import vn.cchc.workbook.domain.criteria.ScoringRule;
import vn.cchc.workbook.domain.criteria.Section;
import vn.cchc.workbook.domain.criteria.UnitLevel;
import vn.cchc.workbook.domain.text.Messages;

/**
 * Writes a criteria set in the layout {@link CriteriaWorkbookReader} reads back exactly: the Vietnamese header block,
 * "PHỤ LỤC" and the set's title, labelled lines with the set's name, level, year, version, id and decision, then
 * the table STT | Nội dung | Điểm tối đa | Cách chấm | Hướng dẫn chấm điểm | Tài liệu kiểm chứng | Đơn vị phụ trách
 * and a "Tổng cộng" row. "Tải mẫu bộ tiêu chí" is this layout filled with {@link #exampleSet()}.
 */
public final class CriteriaTemplateWriter {

    static final String SHEET = "Bộ tiêu chí";
    static final String GUIDE_SHEET = "Hướng dẫn";
    private static final int COLUMNS = 7;
    private static final DateTimeFormatter DATE = VietnameseDates.DATE;

    private CriteriaTemplateWriter() {
    }

    /** The blank template with a few example rows (the criteria template offered as "Tải mẫu bộ tiêu chí"). */
    public static void writeTemplate(Path xlsx) {
        write(exampleSet(), xlsx);
    }

    /** Writes {@code set} to {@code xlsx} (replacing it) in the template's layout. */
    public static void write(CriteriaSet set, Path xlsx) {
        Path folder = xlsx.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException failed) {
            throw new CriteriaImportException(failed, "criteriaimport.file.cannotWrite", xlsx.toString());
        }
        SafeFileWriter.write(xlsx, out -> write(set, out));
    }

    public static void write(CriteriaSet set, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new Layout(workbook, set).write();
            writeGuide(workbook);
            workbook.write(out);
        }
    }

    /**
     * The template's example: one field with a criterion of each rule kind, so that a clerk sees every way of
     * writing "Cách chấm" before typing the province's set.
     */
    public static CriteriaSet exampleSet() {
        BigDecimal one = BigDecimal.ONE;
        BigDecimal half = new BigDecimal("0.5");
        List<CriterionNode> plan = List.of(
                new CriterionNode("1.1.1", "Ban hành kế hoạch CCHC năm đúng thời hạn", one,
                        new ScoringRule.Levels(List.of(new Level("Ban hành đúng thời hạn", one),
                                new Level("Ban hành chậm", half), new Level("Không ban hành", BigDecimal.ZERO))),
                        "Ban hành trước ngày 31/12 của năm trước: 1 điểm; ban hành chậm: 0,5 điểm; không ban hành: 0 điểm.",
                        "Kế hoạch CCHC năm của UBND xã", "Công chức Văn phòng - Thống kê", Section.MAIN, List.of()),
                new CriterionNode("1.1.2", "Mức độ thực hiện kế hoạch CCHC", BigDecimal.valueOf(2),
                        new ScoringRule.Ratio(new BigDecimal("0.7"), null),
                        "Tỷ lệ b/a, a là số nhiệm vụ trong kế hoạch, b là số nhiệm vụ hoàn thành; dưới 70% không điểm.",
                        "Báo cáo kết quả thực hiện kế hoạch CCHC", "Công chức Văn phòng - Thống kê", Section.MAIN,
                        List.of()));
        List<CriterionNode> field = List.of(
                CriterionNode.parent("1.1", "Kế hoạch cải cách hành chính", BigDecimal.valueOf(3), plan),
                new CriterionNode("1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", BigDecimal.valueOf(2),
                        new ScoringRule.Deductions(half),
                        "Mỗi báo cáo chậm hoặc không đúng nội dung trừ 0,5 điểm.",
                        "Các báo cáo CCHC quý, 6 tháng, năm", "Công chức Văn phòng - Thống kê", Section.MAIN,
                        List.of()),
                new CriterionNode("1.3", "Sáng kiến trong triển khai công tác CCHC", BigDecimal.valueOf(2),
                        new ScoringRule.Manual(new BigDecimal("0.25")),
                        "Hội đồng chấm theo hiệu quả của sáng kiến.", "Quyết định công nhận sáng kiến", "",
                        Section.MAIN, List.of()),
                new CriterionNode("1.4", "Mức độ hài lòng của người dân (điều tra xã hội học)", BigDecimal.valueOf(3),
                        new ScoringRule.Given(), "Lấy theo kết quả điều tra xã hội học do tỉnh công bố.", "", "",
                        Section.MAIN, List.of()));
        CriterionNode root = CriterionNode.parent("1", "Công tác chỉ đạo, điều hành cải cách hành chính",
                BigDecimal.valueOf(10), field);
        return new CriteriaSet("mau-bo-tieu-chi", "Bộ tiêu chí mẫu (ví dụ cách ghi)", IssuingDecision.NONE,
                UnitLevel.COMMUNE, 2024, "1", List.of(root));
    }

    private static void writeGuide(XSSFWorkbook workbook) {
        Sheet guide = workbook.createSheet(GUIDE_SHEET);
        guide.setColumnWidth(0, 120 * 256);
        String[] lines = Messages.get("criteriaimport.template.guide").split("\\|");
        for (int i = 0; i < lines.length; i++) {
            guide.createRow(i).createCell(0).setCellValue(lines[i].strip());
        }
    }

    /**
     * Whether {@code set}'s printed codes are exactly those an import gives a numbering that restarts in each Roman
     * field ("1.1" for "I.1.1", every node under a field, some printed code in two fields). The sheet then prints them
     * as the province does, and reading it back gives the same keys and printed codes; any other printed codes would
     * not come back as keys, so the sheet keeps the keys.
     */
    static boolean restartsInEachField(CriteriaSet set) {
        Map<String, String> fieldOfPrinted = new HashMap<>();
        boolean repeats = false;
        for (CriterionNode root : set.roots()) {
            Labels.Label label = Labels.of(root.code());
            if (!root.printedCode().isEmpty() || label == null || label.kind() != SourceRow.Kind.ROMAN) {
                return false;
            }
            List<CriterionNode> below = new ArrayList<>(root.children());
            while (!below.isEmpty()) {
                CriterionNode node = below.remove(below.size() - 1);
                String prefix = root.code() + ".";
                if (!node.code().startsWith(prefix) || !node.printedCode().equals(node.code().substring(prefix.length()))) {
                    return false;
                }
                String earlier = fieldOfPrinted.putIfAbsent(node.printedCode(), root.code());
                repeats |= earlier != null && !earlier.equals(root.code());
                below.addAll(node.children());
            }
        }
        return repeats;
    }

    /** One sheet being written. */
    private static final class Layout {

        private final XSSFWorkbook workbook;
        private final CriteriaSet set;
        private final Sheet sheet;
        private final CellStyle plain;
        private final CellStyle bold;
        private final CellStyle centredBold;
        private final CellStyle italic;
        private final CellStyle headerCell;
        private final CellStyle text;
        private final CellStyle textBold;
        private final CellStyle points;
        private final CellStyle pointsBold;
        /** Whether the code column prints the province's codes (see {@link #restartsInEachField}). */
        private final boolean provinceCodes;
        private int next;

        Layout(XSSFWorkbook workbook, CriteriaSet set) {
            this.workbook = workbook;
            this.set = set;
            this.provinceCodes = restartsInEachField(set);
            this.sheet = workbook.createSheet(SHEET);
            Font regularFont = font(false, false);
            Font boldFont = font(true, false);
            Font italicFont = font(false, true);
            plain = style(regularFont, HorizontalAlignment.LEFT, false, false);
            bold = style(boldFont, HorizontalAlignment.CENTER, false, false);
            centredBold = style(boldFont, HorizontalAlignment.CENTER, false, false);
            italic = style(italicFont, HorizontalAlignment.CENTER, false, false);
            headerCell = style(boldFont, HorizontalAlignment.CENTER, true, true);
            text = style(regularFont, HorizontalAlignment.LEFT, true, true);
            textBold = style(boldFont, HorizontalAlignment.LEFT, true, true);
            points = style(regularFont, HorizontalAlignment.CENTER, true, true);
            pointsBold = style(boldFont, HorizontalAlignment.CENTER, true, true);
            short twoDecimals = workbook.createDataFormat().getFormat("0.00");
            points.setDataFormat(twoDecimals);
            pointsBold.setDataFormat(twoDecimals);
        }

        private Font font(boolean isBold, boolean isItalic) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) 12);
            font.setBold(isBold);
            font.setItalic(isItalic);
            return font;
        }

        private CellStyle style(Font font, HorizontalAlignment alignment, boolean bordered, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(wrap);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }

        void write() {
            int[] widths = {9, 50, 10, 32, 45, 32, 22};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            headerBlock();
            labelledLines();
            next++;
            table();
        }

        private void headerBlock() {
            String issuer = set.decision().issuer().isEmpty()
                    ? Messages.get("criteriaimport.template.authority") : set.decision().issuer().toUpperCase(Messages.VIETNAMESE);
            Row first = sheet.createRow(next++);
            merged(first, 0, 1, issuer, centredBold);
            merged(first, 3, 6, Messages.get("criteriaimport.template.nation"), centredBold);
            Row second = sheet.createRow(next++);
            merged(second, 3, 6, Messages.get("criteriaimport.template.motto"), centredBold);
            next++;
            merged(sheet.createRow(next++), 0, COLUMNS - 1, Messages.get("criteriaimport.template.appendix"), bold);
            merged(sheet.createRow(next++), 0, COLUMNS - 1, set.name().toUpperCase(Messages.VIETNAMESE), bold);
            String decision = decisionText(set.decision());
            if (!decision.isEmpty()) {
                merged(sheet.createRow(next++), 0, COLUMNS - 1,
                        Messages.get("criteriaimport.template.attachedTo", decision), italic);
            }
            next++;
        }

        private void labelledLines() {
            line("criteriaimport.template.name", set.name());
            line("criteriaimport.template.level", Messages.get(set.level().messageKey()));
            line("criteriaimport.template.year", String.valueOf(set.year()));
            line("criteriaimport.template.version", set.version());
            line("criteriaimport.template.id", set.id());
            String decision = decisionText(set.decision());
            line("criteriaimport.template.decision", decision.isEmpty() ? "" : "số " + decision);
        }

        private void line(String key, String value) {
            merged(sheet.createRow(next++), 0, COLUMNS - 1, Messages.get(key) + ": " + value, plain);
        }

        private static String decisionText(IssuingDecision decision) {
            if (decision.number().isEmpty()) {
                return "";
            }
            StringBuilder text = new StringBuilder(decision.number());
            if (decision.date() != null) {
                text.append(" ngày ").append(DATE.format(decision.date()));
            }
            if (!decision.issuer().isEmpty()) {
                text.append(" của ").append(decision.issuer());
            }
            return text.toString();
        }

        private void table() {
            Row header = sheet.createRow(next++);
            String[] keys = {"code", "title", "max", "rule", "guidance", "evidence", "department"};
            for (int c = 0; c < keys.length; c++) {
                cell(header, c, Messages.get("criteriaimport.template.column." + keys[c]), headerCell);
            }
            sheet.createFreezePane(0, next);
            for (CriterionNode root : set.roots()) {
                node(root, true);
            }
            Row total = sheet.createRow(next++);
            cell(total, 0, "", pointsBold);
            cell(total, 1, Messages.get("criteriaimport.template.total"), textBold);
            Cell sum = total.createCell(2);
            sum.setCellValue(set.mainMaximum().doubleValue());
            sum.setCellStyle(pointsBold);
            for (int c = 3; c < COLUMNS; c++) {
                cell(total, c, "", textBold);
            }
        }

        private void node(CriterionNode node, boolean top) {
            Row row = sheet.createRow(next++);
            boolean parent = !node.isLeaf();
            CellStyle words = parent ? textBold : text;
            cell(row, 0, provinceCodes ? node.shownCode() : node.code(), parent ? pointsBold : points);
            cell(row, 1, node.title(), words);
            Cell max = row.createCell(2);
            max.setCellValue(node.maxPoints().doubleValue());
            max.setCellStyle(parent ? pointsBold : points);
            cell(row, 3, ruleCell(node, top), text);
            cell(row, 4, node.guidance(), text);
            cell(row, 5, node.evidenceRequired(), text);
            cell(row, 6, node.defaultDepartment(), text);
            for (CriterionNode child : node.children()) {
                node(child, false);
            }
        }

        /** The rule of a leaf; a bonus or penalty group says so first ("Điểm thưởng; Chấm trực tiếp"). */
        private static String ruleCell(CriterionNode node, boolean top) {
            String rule = node.isLeaf() ? RuleText.format(node.rule()) : "";
            if (!top || node.section() == Section.MAIN) {
                return rule;
            }
            String section = Messages.get(node.section() == Section.BONUS
                    ? "criteriaimport.template.bonus" : "criteriaimport.template.penalty");
            return rule.isEmpty() ? section : section + "; " + rule;
        }

        private void cell(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private void merged(Row row, int from, int to, String value, CellStyle style) {
            cell(row, from, value, style);
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
            }
        }
    }
}

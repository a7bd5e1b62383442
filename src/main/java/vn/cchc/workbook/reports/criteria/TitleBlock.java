package vn.cchc.workbook.reports.criteria;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.cchc.workbook.domain.criteria.IssuingDecision;
import vn.cchc.workbook.domain.criteria.UnitLevel;

/**
 * What the rows above the table say about the set. The template writes labelled lines ("Tên bộ tiêu chí: …",
 * "Cấp: cấp xã", "Năm áp dụng: 2023", "Phiên bản: …", "Mã bộ tiêu chí: …", "Quyết định ban hành: số … ngày … của …");
 * a province's appendix is read for its title ("BỘ TIÊU CHÍ … CẤP XÃ NĂM 2023") and its
 * "(Kèm theo Quyết định số 1675/QĐ-UBND ngày 16/11/2022 của UBND tỉnh)" line.
 */
final class TitleBlock {

    private static final Pattern LABELLED = Pattern.compile(
            "^(ten bo tieu chi|cap ap dung|cap|nam ap dung|nam|phien ban|ma bo tieu chi|quyet dinh ban hanh)\\s*:\\s*");
    private static final Pattern DECISION = Pattern.compile(
            "(?:quyet dinh\\s*(?:so)?\\s*|^so\\s+)([0-9][^\\s,;)]*)(?:\\s+ngay\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*"
                    + "(\\d{4}))?(?:\\s+cua\\s+([^)]+))?");
    private static final Pattern YEAR = Pattern.compile("\\bnam\\s+(20\\d\\d)\\b");
    private static final Pattern SET_TITLE = Pattern.compile("bo tieu chi|bo chi so|chi so cai cach hanh chinh"
            + "|chi so cchc|tieu chi danh gia|tieu chi xac dinh");

    String name;
    UnitLevel level;
    Integer year;
    String version;
    String id;
    IssuingDecision decision = IssuingDecision.NONE;

    /** Reads the lines above the table: each row's non-empty cells joined by spaces. */
    static TitleBlock read(TableGrid grid, int headerRow) {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < headerRow; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c <= grid.lastColumn(r); c++) {
                String text = grid.text(r, c);
                if (!text.isEmpty()) {
                    line.append(line.isEmpty() ? "" : " ").append(Plain.oneLine(text));
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return read(lines);
    }

    static TitleBlock read(List<String> lines) {
        TitleBlock block = new TitleBlock();
        boolean labelledName = false;
        boolean labelledLevel = false;
        boolean labelledYear = false;
        for (String line : lines) {
            Folded folded = new Folded(line);
            String plain = folded.text();
            Matcher labelled = LABELLED.matcher(plain);
            if (labelled.find()) {
                String value = folded.quote(labelled.end(), line.length());
                switch (labelled.group(1)) {
                    case "ten bo tieu chi" -> {
                        block.name = value.isEmpty() ? null : value;
                        labelledName = block.name != null;
                    }
                    case "cap", "cap ap dung" -> {
                        block.level = level(Plain.fold(value));
                        labelledLevel = block.level != null;
                    }
                    case "nam", "nam ap dung" -> {
                        if (value.matches("\\d{4}")) {
                            block.year = Integer.parseInt(value);
                            labelledYear = true;
                        }
                    }
                    case "phien ban" -> block.version = value;
                    case "ma bo tieu chi" -> block.id = value.isEmpty() ? null : value;
                    case "quyet dinh ban hanh" -> block.decision = decision(new Folded(value));
                    default -> throw new IllegalStateException(labelled.group(1));
                }
                continue;
            }
            if (plain.contains("quyet dinh") && block.decision.equals(IssuingDecision.NONE)) {
                block.decision = decision(folded);
            }
            if (!labelledName && block.name == null && SET_TITLE.matcher(plain).find()) {
                block.name = line.strip();
            }
            if (!labelledLevel && block.level == null) {
                block.level = level(plain);
            }
            Matcher year = YEAR.matcher(plain);
            if (!labelledYear && block.year == null && year.find() && !plain.contains("quyet dinh")) {
                block.year = Integer.parseInt(year.group(1));
            }
        }
        return block;
    }

    static UnitLevel level(String plain) {
        if (plain.contains("cap xa") || plain.contains("xa, phuong") || plain.contains("xa phuong thi tran")
                || plain.equals("xa")) {
            return UnitLevel.COMMUNE;
        }
        if (plain.contains("cap huyen") || plain.contains("huyen, thi xa") || plain.contains("huyen thi xa")
                || plain.equals("huyen")) {
            return UnitLevel.DISTRICT;
        }
        if (plain.contains("so, ban, nganh") || plain.contains("so ban nganh") || plain.contains("so nganh")
                || plain.contains("so-nganh") || plain.contains("cac so")) {
            return UnitLevel.DEPARTMENT;
        }
        if (plain.contains("cap tinh") || plain.equals("tinh")) {
            return UnitLevel.PROVINCE;
        }
        return null;
    }

    private static IssuingDecision decision(Folded folded) {
        Matcher m = DECISION.matcher(folded.text());
        if (!m.find()) {
            return IssuingDecision.NONE;
        }
        String number = folded.quote(m.start(1), m.end(1));
        LocalDate date = null;
        if (m.group(2) != null) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)));
            } catch (DateTimeException impossible) {
                date = null;
            }
        }
        String issuer = m.group(5) == null ? "" : folded.quote(m.start(5), m.end(5));
        return new IssuingDecision(number, date, issuer);
    }
}
